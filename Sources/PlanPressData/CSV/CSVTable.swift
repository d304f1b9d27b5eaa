/// A CSV of the data channel as one table of columns: each column's name beside how its cell
/// is made from a row, so adding a column is one line in one place.
struct CSVTable<Row>: Sendable {
    struct Column: Sendable {
        var name: String
        var cell: @Sendable (Row) -> CSVWriter.Cell

        /// A text cell (guarded against formulas) named `name`.
        static func text(_ name: String, _ value: @escaping @Sendable (Row) -> String) -> Column {
            Column(name: name) { .text(value($0)) }
        }

        /// A number or date cell, written as it is, named `name`.
        static func number(_ name: String, _ value: @escaping @Sendable (Row) -> String) -> Column {
            Column(name: name) { .number(value($0)) }
        }
    }

    var columns: [Column]

    /// The header and one line per row.
    func bytes(_ rows: some Sequence<Row>) -> [UInt8] {
        var csv = CSVWriter(header: columns.map(\.name))
        for row in rows { csv.row(columns.map { $0.cell(row) }) }
        return csv.bytes
    }
}
