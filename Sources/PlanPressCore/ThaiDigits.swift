/// Conversion between Arabic digits 0–9 and Thai digits ๐–๙ (U+0E50–U+0E59), one for one.
public enum ThaiDigits {
    /// Replaces every Arabic digit with its Thai digit.
    public static func thai(_ text: String) -> String {
        // A text without an Arabic digit is returned as it is, without rebuilding it.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
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

    /// Replaces every Thai digit with its Arabic digit.
    public static func arabic(_ text: String) -> String {
        // A text without a Thai digit (E0 B9 90–99 in UTF-8) is returned as it is.
        guard containsThaiDigit(text) else { return text }
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

    static func containsThaiDigit(_ text: String) -> Bool {
        func scan<C: Collection<UInt8>>(_ bytes: C) -> Bool where C.Index == Int {
            var i = bytes.startIndex
            let end = bytes.endIndex
            while i + 2 < end {
                if bytes[i] == 0xE0 && bytes[i + 1] == 0xB9 && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0x99 { return true }
                i += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(Array(text.utf8))
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
