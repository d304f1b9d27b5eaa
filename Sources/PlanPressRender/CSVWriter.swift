import Foundation

/// Writes RFC 4180 CSV that spreadsheet programs open in Thai: UTF-8 with BOM, CRLF line ends,
/// quotes where needed, and a `'` before any text cell that a spreadsheet would run as a formula.
public struct CSVWriter: Sendable {
    private var out: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(header: [String]) {
        row(header.map { .text($0) })
    }

    /// A cell: text is guarded against formulas, numbers and dates are written as they are.
    public enum Cell: Sendable {
        case text(String)
        case number(String)
    }

    public mutating func row(_ cells: [Cell]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let value: String
            switch cell {
            case .text(let t):
                if let first = t.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                    value = "'" + t
                } else {
                    value = t
                }
            case .number(let n):
                value = n
            }
            // Decided on Unicode scalars: a `,` or `"` with a combining mark is one Swift Character.
            if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                out.append(UInt8(ascii: "\""))
                for b in value.utf8 {
                    if b == UInt8(ascii: "\"") { out.append(b) }
                    out.append(b)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: Array(value.utf8))
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    public var bytes: [UInt8] { out }
}
