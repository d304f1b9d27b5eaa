/// Conversion between Arabic digits 0–9 and Thai digits ๐–๙ (U+0E50–U+0E59), one for one.
public enum ThaiDigits {
    /// Replaces every Arabic digit with its Thai digit.
    public static func thai(_ text: String) -> String {
        // On bytes: an ASCII digit is one byte, and U+0E50–U+0E59 are E0 B9 90–99.
        var text = text
        let changed: [UInt8]? = text.withUTF8 { p in
            var count = 0
            for b in p where b >= 0x30 && b <= 0x39 { count += 1 }
            guard count > 0 else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(p.count + 2 * count)
            for b in p { appendThai(b, to: &out) }
            return out
        }
        guard let changed else { return text }
        return String(decoding: changed, as: UTF8.self)
    }

    /// Appends the byte `b`, or when it is an ASCII digit the UTF-8 of its Thai digit
    /// (U+0E50 + digit: E0 B9 90–99).
    @inline(__always)
    public static func appendThai(_ b: UInt8, to out: inout [UInt8]) {
        if b >= 0x30 && b <= 0x39 {
            out.append(0xE0)
            out.append(0xB9)
            out.append(0x90 + b - 0x30)
        } else {
            out.append(b)
        }
    }

    /// Replaces every Thai digit with its Arabic digit.
    public static func arabic(_ text: String) -> String {
        var text = text
        let changed: [UInt8]? = text.withUTF8 { p in
            let n = p.count
            var i = 0
            var first = -1
            while i + 2 < n {
                if p[i] == 0xE0 && p[i + 1] == 0xB9 && p[i + 2] >= 0x90 && p[i + 2] <= 0x99 {
                    first = i
                    break
                }
                i += 1
            }
            guard first >= 0 else { return nil }
            var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: p[0..<first]))
            out.reserveCapacity(n)
            i = first
            while i < n {
                if i + 2 < n && p[i] == 0xE0 && p[i + 1] == 0xB9 && p[i + 2] >= 0x90 && p[i + 2] <= 0x99 {
                    out.append(p[i + 2] - 0x90 + 0x30)
                    i += 3
                } else {
                    out.append(p[i])
                    i += 1
                }
            }
            return out
        }
        guard let changed else { return text }
        return String(decoding: changed, as: UTF8.self)
    }

    /// Applies the chosen numeral style to text that was written with Arabic digits.
    public static func apply(_ style: NumeralStyle, to text: String) -> String {
        style == .thai ? thai(text) : text
    }
}

/// Which digits a channel prints.
public enum NumeralStyle: String, Sendable, CaseIterable {
    case arabic
    case thai
}
