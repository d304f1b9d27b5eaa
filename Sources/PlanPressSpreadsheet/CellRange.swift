/// A rectangle of cells, written `A1:C3` (one cell: `A1`).
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    /// The top-left cell.
    public var start: CellReference
    /// The bottom-right cell.
    public var end: CellReference

    /// The range between two corners, in any order.
    public init(_ a: CellReference, _ b: CellReference) {
        start = CellReference(column: min(a.column, b.column), row: min(a.row, b.row))
        end = CellReference(column: max(a.column, b.column), row: max(a.row, b.row))
    }

    /// Reads `A1:C3`, `$A$1:$C$3` or `A1`; nil otherwise.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let a = CellReference(parts[0]) else { return nil }
        guard let b = parts.count == 2 ? CellReference(parts[1]) : a else { return nil }
        self.init(a, b)
    }

    /// `A1:C3`, or `A1` for one cell.
    public var a1: String { start == end ? start.a1 : start.a1 + ":" + end.a1 }

    /// `$A$1:$C$3`, for a formula or a data validation's source.
    public var absolute: String { start == end ? start.absolute : start.absolute + ":" + end.absolute }

    public var description: String { a1 }

    /// True when `reference` lies inside the range.
    public func contains(_ reference: CellReference) -> Bool {
        (start.column...end.column).contains(reference.column) && (start.row...end.row).contains(reference.row)
    }
}
