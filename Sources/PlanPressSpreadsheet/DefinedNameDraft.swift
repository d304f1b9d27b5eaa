/// A defined name (`รายการหน่วยงาน` → `'รายการ'!$A$2:$A$40`), usable in formulas and data
/// validations.
public struct DefinedNameDraft: Sendable, Hashable {
    public var name: String
    /// The formula it stands for, without `=`.
    public var formula: String
    /// The index of the sheet it belongs to, or nil for the whole workbook.
    public var sheetIndex: Int?
    public var isHidden: Bool

    public init(name: String, formula: String, sheetIndex: Int? = nil, isHidden: Bool = false) {
        self.name = name
        self.formula = formula
        self.sheetIndex = sheetIndex
        self.isHidden = isHidden
    }
}
