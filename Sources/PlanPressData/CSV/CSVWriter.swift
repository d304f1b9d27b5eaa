import Foundation
import PlanPressCore

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
            switch cell {
            case .text(let t): Self.append(t, guarded: true, to: &out)
            case .number(let n): Self.append(n, guarded: false, to: &out)
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// One cell on bytes. The formula marks and the characters that need quotes are ASCII, so
    /// "the first scalar is one of them" is "the first byte is", and a `,` or `"` is found as a
    /// byte even when a combining mark follows it (one Swift `Character`, two scalars).
    static func append(_ value: String, guarded: Bool, to out: inout [UInt8]) {
        SimpleText.withBytes(value) { p in
            var quote = false
            for b in p where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
                quote = true
                break
            }
            if let first = p.first, guarded,
                first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
            {
                if quote { out.append(0x22) }
                out.append(0x27)
            } else if quote {
                out.append(0x22)
            }
            guard quote else {
                out.append(contentsOf: p)
                return
            }
            for b in p {
                if b == 0x22 { out.append(b) }
                out.append(b)
            }
            out.append(0x22)
        }
    }

    public var bytes: [UInt8] { out }
}
