/// One worksheet to write.
public struct SheetDraft: Sendable, Hashable {
    /// At most 31 characters, none of `[ ] : * ? / \`, not starting or ending with `'`; Thai is
    /// fine.
    public var name: String
    /// The rows from row 1; in each, the cells from column A. Trailing and empty cells need not
    /// be given.
    public var rows: [[CellDraft]]
    /// Column widths in characters, by column (from 1). Thai needs more than Latin text of the
    /// same length in characters: its vowels and tone marks stack, but its letters are wide.
    public var columnWidths: [Int: Double]
    /// Rows kept in view when scrolling (a header), and columns.
    public var frozenRows: Int
    public var frozenColumns: Int
    public var protection: SheetProtection?
    public var validations: [DataValidationDraft]
    public var mergedRanges: [CellRange]
    public var isHidden: Bool

    public init(
        name: String, rows: [[CellDraft]] = [], columnWidths: [Int: Double] = [:], frozenRows: Int = 0, frozenColumns: Int = 0,
        protection: SheetProtection? = nil, validations: [DataValidationDraft] = [], mergedRanges: [CellRange] = [],
        isHidden: Bool = false
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.protection = protection
        self.validations = validations
        self.mergedRanges = mergedRanges
        self.isHidden = isHidden
    }
}
