import Foundation

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressCore
@testable import PlanPressData
@testable import PlanPressPresentation
@testable import PlanPressXML

// The first, plain forms of code that has a faster form in the sources: the tests compare the
// two on many inputs (`TextFastPathTests`, `AuditFastPathTests`, `XMLWriterTests`, …). They live
// here, not in the sources, because nothing but the tests calls them.

extension ChannelAudit {
    /// The first `marks`, byte by byte: the tests' reference.
    static func referenceMarks(_ bytes: [UInt8]) -> [(key: String, value: String, text: String)] {
        let open = Array(#"<data data-audit=""#.utf8)
        let middle = Array(#"" value=""#.utf8)
        let close = Array("</data>".utf8)
        var out: [(String, String, String)] = []
        var i = 0
        let n = bytes.count
        /// The index just past `token` when it starts at `j`, else nil.
        func match(_ token: [UInt8], at j: Int) -> Int? {
            guard j + token.count <= n else { return nil }
            for k in 0..<token.count where bytes[j + k] != token[k] { return nil }
            return j + token.count
        }
        /// The index of the first `stop` byte from `j`, nil at the end.
        func scan(from j: Int, to stop: UInt8) -> Int? {
            var k = j
            while k < n {
                if bytes[k] == stop { return k }
                k += 1
            }
            return nil
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), let keyStart = match(open, at: i) else {
                i += 1
                continue
            }
            i += 1
            guard let keyEnd = scan(from: keyStart, to: UInt8(ascii: "\"")), keyEnd > keyStart,
                let valueStart = match(middle, at: keyEnd), let valueEnd = scan(from: valueStart, to: UInt8(ascii: "\"")),
                valueEnd + 1 < n, bytes[valueEnd + 1] == UInt8(ascii: ">"),
                let textEnd = scan(from: valueEnd + 2, to: UInt8(ascii: "<")), let after = match(close, at: textEnd)
            else { continue }
            out.append(
                (
                    String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self),
                    String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self),
                    String(decoding: bytes[(valueEnd + 2)..<textEnd], as: UTF8.self)
                ))
            i = after
        }
        return out
    }
}

extension JSONValue {
    /// The byte-by-byte `writeString`, kept as the tests' reference.
    static func referenceWriteString(_ s: String, _ out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x3C: out.append(contentsOf: Array("\\u003c".utf8))  // keeps `</script>` inert if embedded
            case 0..<0x20:
                let hex = String(b, radix: 16)
                out.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}

extension ThaiDigits {
    /// The scalar-by-scalar `thai`, kept as the tests' reference.
    static func referenceThai(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39, let t = Unicode.Scalar(s.value - 0x30 + 0x0E50) {
                scalars.append(t)
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}

extension ThaiDigits {
    /// The scalar-by-scalar `arabic`, kept as the tests' reference.
    static func referenceArabic(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x0E50 && s.value <= 0x0E59, let a = Unicode.Scalar(s.value - 0x0E50 + 0x30) {
                scalars.append(a)
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}

extension BidiIsolation {
    /// The first `display`, kept as the tests' reference.
    static func referenceDisplay(_ text: String) -> String {
        // One pass over the bytes clears nearly all text: no C0 control, no quote, angle bracket
        // or ampersand (which may carry a mark), and no E2 80/81 lead of a direction control.
        guard
            text.utf8.contains(where: { b in
                (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F || b == 0xE2 || b == 0x22 || b == 0x27 || b == 0x3C
                    || b == 0x3E || b == 0x26
            })
        else { return text }
        return isolate(detached(dropControls(text)))
    }
}

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

extension ReportXML {
    /// `document` serialised by libxml2, as it first was: the tests' reference for `XMLWriter`.
    static func referenceDocument(_ report: Report) -> [UInt8] {
        XMLEngine.shared.serialize(
            tree(report, data: DataAnalysis(AlignmentAnalysis(report))), namespace: ReportXSD.namespace, instructions: instructions)
    }
}
