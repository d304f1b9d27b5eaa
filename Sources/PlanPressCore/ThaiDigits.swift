/// Conversion between Arabic digits 0–9 and Thai digits ๐–๙ (U+0E50–U+0E59), one for one.
public enum ThaiDigits {
    /// Replaces every Arabic digit with its Thai digit.
    public static func thai(_ text: String) -> String {
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
