/// A set of characters to trim, looked at as UTF-8 bytes.
///
/// Only sets made of space, tab, `\n`, `\r`, `\r\n`, `-` and no-break space qualify. For them the
/// grapheme cluster at either end of a text can be told from a byte or two: a control (tab, LF,
/// CR) is always a cluster of its own (Unicode's rules GB4 and GB5; `\r\n` is one cluster, GB3);
/// a space or `-` is one when the byte after it (at the front) or before it (at the back) is ASCII,
/// since only non-ASCII scalars extend a cluster (Extend, SpacingMark, ZWJ, Prepend); and no
/// non-ASCII cluster is canonically equivalent to one of these ASCII characters. Anything else
/// (a non-ASCII byte next to a space, a no-break space in the set) is left to the cluster walk.
struct TrimSet {
    /// Where trimming by bytes got to.
    enum Outcome {
        /// Nothing to trim.
        case whole
        /// The text is the bytes `lo..<hi`.
        case range(Int, Int)
        /// Bytes `lo..<hi` remain, and their ends must be trimmed by clusters (the back only when
        /// `front` is false).
        case fromCharacters(Int, Int, front: Bool)
    }

    /// Bit `b` set for each single-byte member `b` (all of them are below 64).
    private var members: UInt64 = 0
    private var crlf = false
    private var noBreakSpace = false

    /// Nil when the set holds a character this reader does not handle.
    init?(_ set: String) {
        let bytes = Array(set.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                crlf = true
                i += 2
                continue
            case 0x09, 0x0A, 0x0D, 0x20, 0x2D:
                members |= 1 << UInt64(b)
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0:
                noBreakSpace = true
                i += 2
                continue
            default:
                return nil
            }
            i += 1
        }
    }

    /// Trims `buffer` (valid UTF-8) as far as bytes allow; nil when the cluster walk must do all of it.
    func trim(_ buffer: UnsafeBufferPointer<UInt8>) -> Outcome? {
        var lo = 0
        var hi = buffer.count
        // The front.
        while lo < hi {
            let b = buffer[lo]
            if b >= 0x80 {
                if noBreakSpace { return .fromCharacters(lo, hi, front: true) }
                break
            }
            if b == 0x0D, lo + 1 < hi, buffer[lo + 1] == 0x0A {
                guard crlf else { break }
                lo += 2
                continue
            }
            guard b < 64, members & (1 << UInt64(b)) != 0 else { break }
            if b < 0x20 || lo + 1 == hi || buffer[lo + 1] < 0x80 {
                lo += 1
                continue
            }
            return .fromCharacters(lo, hi, front: true)
        }
        // The back.
        while hi > lo {
            let b = buffer[hi - 1]
            if b >= 0x80 {
                if noBreakSpace { return .fromCharacters(lo, hi, front: false) }
                break
            }
            if b == 0x0A, hi - 2 >= lo, buffer[hi - 2] == 0x0D {
                guard crlf else { break }
                hi -= 2
                continue
            }
            guard b < 64, members & (1 << UInt64(b)) != 0 else { break }
            if b < 0x20 || hi - 1 == lo || buffer[hi - 2] < 0x80 {
                hi -= 1
                continue
            }
            return .fromCharacters(lo, hi, front: false)
        }
        if lo == 0 && hi == buffer.count { return .whole }
        return .range(lo, hi)
    }
}
