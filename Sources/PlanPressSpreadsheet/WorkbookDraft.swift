/// A workbook to write with `XLSXWriter`: its sheets in tab order and its defined names.
public struct WorkbookDraft: Sendable, Hashable {
    public var sheets: [SheetDraft]
    public var definedNames: [DefinedNameDraft]

    public init(sheets: [SheetDraft], definedNames: [DefinedNameDraft] = []) {
        self.sheets = sheets
        self.definedNames = definedNames
    }
}
