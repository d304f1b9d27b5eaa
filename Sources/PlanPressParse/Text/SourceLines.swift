/// A file's lines as `check` quotes them, found on the UTF-8 bytes.
///
/// The lines are exactly those of `text.split(omittingEmptySubsequences: false, whereSeparator:
/// \.isNewline)`, the grapheme-cluster split `check` used before (and the breaks YAML counts):
/// a line ends at LF, VT, FF, CR, CR LF (one break), NEL (U+0085), LS (U+2028) or PS (U+2029).
/// Each of these is a cluster of its own (a control never joins its neighbours), except CR LF,
/// which is one cluster, so no cluster has to be formed to find them. A BOM is not a break.
package enum SourceLines {
    /// The byte offsets of each line of `text` in its UTF-8, breaks left out.
    package static func ranges(of text: String) -> [Range<Int>] {
        if let ranges = text.utf8.withContiguousStorageIfAvailable({ ranges(in: $0) }) { return ranges }
        return Array(text.utf8).withUnsafeBufferPointer { ranges(in: $0) }
    }

    /// The lines as substrings of `text`.
    package static func substrings(of text: String) -> [Substring] {
        let utf8 = text.utf8
        return ranges(of: text).map { r in
            text[utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)]
        }
    }

    /// The lines as strings of their own.
    package static func strings(of text: String) -> [String] {
        substrings(of: text).map(String.init)
    }

    package static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = bytes.count
        var start = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            // Every break starts with a byte in 0x0A–0x0D, 0xC2 (NEL) or 0xE2 (LS, PS); Thai
            // letters start with 0xE0 and ASCII text with bytes above 0x0D.
            if b > 0x0D && b != 0xC2 && b != 0xE2 {
                i += 1
                continue
            }
            var width = 0
            switch b {
            case 0x0D: width = i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
            case 0x0A, 0x0B, 0x0C: width = 1
            case 0xC2: width = i + 1 < n && bytes[i + 1] == 0x85 ? 2 : 0
            case 0xE2: width = i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
            default: width = 0
            }
            if width == 0 {
                i += 1
                continue
            }
            result.append(start..<i)
            i += width
            start = i
        }
        result.append(start..<n)
        return result
    }
}
