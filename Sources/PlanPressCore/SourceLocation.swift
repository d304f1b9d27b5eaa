/// A place in a source file: the path as given to the user and a 1-based line and column; in a
/// workbook, a sheet and a cell (the row as the line, the column's number as the column).
///
/// Columns count Unicode scalars, the way editors that show Thai text count characters.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The path relative to the working directory, as printed in diagnostics.
    public var path: String
    /// 1-based line (a workbook's row); 0 when the problem concerns the whole file (or sheet).
    public var line: Int
    /// 1-based column (a workbook's column: A is 1); 0 when unknown.
    public var column: Int
    /// The sheet of a workbook; nil in a text file.
    public var sheet: String?

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
        self.sheet = nil
    }

    /// A cell of a workbook's sheet (`row` 0: the whole sheet).
    public init(path: String, sheet: String, row: Int = 0, column: Int = 0) {
        self.path = path
        self.line = row
        self.column = column
        self.sheet = sheet
    }

    /// The cell's A1 name (`F12`), when the location is a cell of a sheet.
    public var cell: String? {
        guard sheet != nil, line > 0, column > 0 else { return nil }
        return Self.columnName(column) + String(line)
    }

    /// `path:line:column`, leaving out the parts that are unknown; `path:sheet!F12` in a workbook.
    public var description: String {
        if let sheet {
            if let cell { return "\(path):\(sheet)!\(cell)" }
            return line == 0 ? "\(path):\(sheet)" : "\(path):\(sheet)!\(line):\(line)"
        }
        if line == 0 { return path }
        if column == 0 { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }

    /// The letters of a column (1 → `A`, 27 → `AA`), as a spreadsheet names it.
    public static func columnName(_ column: Int) -> String {
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(65 + (n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.path, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}
