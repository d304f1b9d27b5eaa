/// The text of a workbook's cells, kept to quote the row a problem is in, as the lines of a text
/// file are kept to quote its line.
public struct WorkbookText: Sendable, Hashable {
    /// Each sheet's cells: row → column → the text the cell shows.
    public var sheets: [String: [Int: [Int: String]]]

    public init(sheets: [String: [Int: [Int: String]]]) {
        self.sheets = sheets
    }

    /// One row of a sheet, with its sheet's headers (row 1), as a problem at `location` quotes it.
    public struct Row: Sendable, Hashable {
        public var sheet: String
        public var row: Int
        /// The cells quoted: column, the header above it and the cell's text (empty when blank).
        public var cells: [(column: Int, header: String, text: String)]
        /// The column of the cell the problem is at (0: the whole row).
        public var marked: Int

        public static func == (a: Row, b: Row) -> Bool {
            a.sheet == b.sheet && a.row == b.row && a.marked == b.marked
                && a.cells.map { "\($0.column)\u{1F}\($0.header)\u{1F}\($0.text)" }
                    == b.cells.map { "\($0.column)\u{1F}\($0.header)\u{1F}\($0.text)" }
        }

        public func hash(into h: inout Hasher) {
            h.combine(sheet)
            h.combine(row)
            h.combine(marked)
        }
    }

    /// The row of `location` (a cell of one of the sheets), with the cells around the marked one:
    /// at most `width` columns, the marked one among them; nil when there is nothing to quote.
    public func row(at location: SourceLocation, width: Int = 5) -> Row? {
        guard let sheet = location.sheet, let cells = sheets[sheet], location.line > 0 else { return nil }
        let values = cells[location.line] ?? [:]
        let headers = location.line == 1 ? [:] : (cells[1] ?? [:])
        let used = Set(values.keys).union(headers.keys).union(location.column > 0 ? [location.column] : []).sorted()
        guard !used.isEmpty else { return nil }
        var shown = used
        if shown.count > width {
            let at = shown.firstIndex(of: location.column) ?? 0
            let start = max(0, min(at - width / 2, shown.count - width))
            shown = Array(shown[start..<(start + width)])
        }
        return Row(
            sheet: sheet, row: location.line,
            cells: shown.map { (column: $0, header: headers[$0] ?? "", text: values[$0] ?? "") }, marked: location.column)
    }
}
