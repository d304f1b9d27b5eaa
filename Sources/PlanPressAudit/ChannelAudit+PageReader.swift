import PlanPressAlign
import PlanPressCore

#if canImport(Glibc)
    import Glibc
#endif

/// The reader of the site's and the booklet's pages: the figures they mark.
extension ChannelAudit {
    /// The marks `<data data-audit="key" value="v">text</data>` of a page, in page order: a scan
    /// over the bytes (a page of the alignment section is read on every build, so no regex engine).
    static func marks(_ bytes: [UInt8]) -> [(key: String, value: String, text: String)] {
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
            guard j < n else { return nil }
            return bytes.withUnsafeBytes { raw in
                memchr(raw.baseAddress! + j, Int32(stop), n - j).map { $0 - UnsafeMutableRawPointer(mutating: raw.baseAddress!) }
            }
        }
        /// The index of the first occurrence of `token` from `j`, nil when there is none.
        func find(_ token: [UInt8], from j: Int) -> Int? {
            var k = j
            while let lt = scan(from: k, to: token[0]) {
                if match(token, at: lt) != nil { return lt }
                k = lt + 1
            }
            return nil
        }
        while i < n {
            // The next `<data data-audit="`, found by memchr (pages of the alignment section are
            // megabytes of HTML with a mark every few hundred bytes).
            guard let next = find(open, from: i) else { break }
            i = next + 1
            let keyStart = next + open.count
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

    /// A figure whose visible text differs from its `value`.
    struct Shown: Sendable {
        var key: String
        var value: String
        var shown: String
    }

    /// Reads `<data data-audit="key" value="v">shown</data>` marks: both the machine value and the
    /// text a reader sees (Thai digits and separators removed) must state the figure. A grade
    /// (`indicator.CODE.rating`) shows its band's label, not the index: its text is returned apart
    /// (`labels`), for the comparer to hold to the band's label.
    static func fromMarks(_ bytes: [UInt8]) -> (stated: [String: String], shown: [Shown], labels: [String: String]) {
        var stated: [String: String] = [:]
        var shown: [Shown] = []
        var labels: [String: String] = [:]
        for (key, value, text) in marks(bytes) {
            if let earlier = stated[key], earlier != value {
                shown.append(Shown(key: key, value: earlier, shown: value))
            }
            stated[key] = value
            if key.hasSuffix(Self.ratingSuffix) {
                if let earlier = labels[key], earlier != text { shown.append(Shown(key: key, value: earlier, shown: text)) }
                labels[key] = text
                continue
            }
            let plain = HeadlineFigures.plain(text)
            if plain != value { shown.append(Shown(key: key, value: value, shown: text)) }
        }
        return (stated, shown, labels)
    }

    /// The end of a grade's key: its value is a band's index, its text the band's label.
    static let ratingSuffix = ".rating"
}
