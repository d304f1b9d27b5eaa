@testable import PlanPressData

// The first, plain forms of code that has a faster form in the sources: the tests compare the
// two on many inputs. They live here, not in the sources, because nothing but the tests calls them.

extension CSVWriter {
    /// The first `row`, scalar by scalar: the tests' reference.
    static func referenceRow(_ cells: [Cell], to out: inout [UInt8]) {
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
}
