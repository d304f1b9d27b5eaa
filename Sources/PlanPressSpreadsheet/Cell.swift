/// One non-empty cell of a sheet.
public struct Cell: Sendable, Hashable {
    public var reference: CellReference
    public var value: CellValue
    /// True when the cell's number format shows a date or a time: a `.number` is then a serial
    /// day in the workbook's `DateSystem`.
    public var isDateFormatted: Bool
    /// The formula's text (without `=`) when the cell holds a formula; empty for a cell that
    /// shares a formula written in another cell.
    public var formula: String?

    public init(reference: CellReference, value: CellValue, isDateFormatted: Bool = false, formula: String? = nil) {
        self.reference = reference
        self.value = value
        self.isDateFormatted = isDateFormatted
        self.formula = formula
    }
}
