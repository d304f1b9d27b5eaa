/// One worksheet as read: its name, its non-empty cells in row-major order, its merged ranges.
public struct Sheet: Sendable, Hashable {
    public var name: String
    public var visibility: SheetVisibility
    /// The non-empty cells, sorted by row then column. Empty rows, blank cells and cells whose
    /// text is empty are absent.
    public var cells: [Cell]
    public var mergedRanges: [CellRange]

    public init(name: String, visibility: SheetVisibility = .visible, cells: [Cell] = [], mergedRanges: [CellRange] = []) {
        self.name = name
        self.visibility = visibility
        self.cells = cells
        self.mergedRanges = mergedRanges
    }

    /// True unless the sheet is hidden or very hidden.
    public var isHidden: Bool { visibility != .visible }

    /// The cell at `reference`, or nil when it is empty (a binary search: cells are sorted).
    public func cell(at reference: CellReference) -> Cell? {
        var low = 0
        var high = cells.count
        while low < high {
            let mid = (low + high) / 2
            if cells[mid].reference < reference { low = mid + 1 } else { high = mid }
        }
        return low < cells.count && cells[low].reference == reference ? cells[low] : nil
    }

    /// The cell at an A1 reference such as `"F12"`.
    public subscript(_ a1: String) -> Cell? {
        CellReference(a1).flatMap(cell(at:))
    }
}
