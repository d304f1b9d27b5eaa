@testable import PlanPressAudit

// The first, plain forms of code that has a faster form in the sources: the tests compare the
// two on many inputs. They live here, not in the sources, because nothing but the tests calls them.

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
