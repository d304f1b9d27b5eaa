import PlanPressCore

/// A cell's place in a sheet: its column and row, both from 1, written `F12` (A1 style).
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The column, from 1 (`A` is 1, `Z` 26, `AA` 27); at most 16,384 (`XFD`), Excel's last.
    public var column: Int
    /// The row, from 1; at most 1,048,576, Excel's last.
    public var row: Int

    /// Excel's last column (`XFD`) and row.
    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `F12` (and `$F$12`); nil when the text is not a reference inside Excel's grid.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawRowDigit = false
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "$") { utf8 = utf8.dropFirst() }
        while let b = utf8.first, let letter = Self.letterValue(b) {
            column = column * 26 + letter
            guard column <= Self.maxColumn else { return nil }
            utf8 = utf8.dropFirst()
        }
        if utf8.first == UInt8(ascii: "$") { utf8 = utf8.dropFirst() }
        while let b = utf8.first, (0x30...0x39).contains(b) {
            row = row * 10 + Int(b - 0x30)
            guard row <= Self.maxRow else { return nil }
            sawRowDigit = true
            utf8 = utf8.dropFirst()
        }
        guard utf8.isEmpty, column >= 1, sawRowDigit, row >= 1 else { return nil }
        self.column = column
        self.row = row
    }

    /// The reference as Excel writes it: `F12`.
    public var a1: String { Self.columnName(column) + String(row) }

    /// `$F$12`, as in a formula that must not move.
    public var absolute: String { "$" + Self.columnName(column) + "$" + String(row) }

    public var description: String { a1 }

    /// The letters of column `column` (1 → `A`, 27 → `AA`).
    public static func columnName(_ column: Int) -> String {
        SourceLocation.columnName(column)
    }

    /// Row-major order, as cells are stored in a sheet.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    private static func letterValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x41...0x5A: return Int(b - 0x40)
        case 0x61...0x7A: return Int(b - 0x60)
        default: return nil
        }
    }
}
