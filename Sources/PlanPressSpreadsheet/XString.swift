/// OOXML's escape for characters XML cannot hold (ECMA-376 `ST_Xstring`): `_x000B_` stands for
/// U+000B, and a literal `_xHHHH_` in the text is written `_x005F_xHHHH_`.
enum XString {
    /// The text with `_xHHHH_` escapes replaced by their characters.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if let value = escape(in: scalars, at: i), let u = Unicode.Scalar(value) {
                out.append(u)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text with the characters XML 1.0 cannot hold written `_xHHHH_`, carriage returns too
    /// (a parser would turn a literal one into a line feed), and `_` escaped where it starts
    /// something that reads as an escape.
    static func encode(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || $0 == "_" }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, u) in scalars.enumerated() {
            if needsEscape(u) || (u == "_" && escape(in: scalars, at: i) != nil) {
                out.append(contentsOf: "_x\(hex4(u.value))_".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// The code of the escape `_xHHHH_` starting at `i`, or nil.
    private static func escape(in scalars: [Unicode.Scalar], at i: Int) -> UInt32? {
        guard i + 7 <= scalars.count, scalars[i] == "_", scalars[i + 1] == "x", scalars[i + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for u in scalars[i + 2..<i + 6] {
            guard let digit = hexValue(u) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private static func hexValue(_ u: Unicode.Scalar) -> UInt32? {
        switch u.value {
        case 0x30...0x39: return u.value - 0x30
        case 0x41...0x46: return u.value - 0x41 + 10
        case 0x61...0x66: return u.value - 0x61 + 10
        default: return nil
        }
    }

    private static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA: return false
        case 0x0...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    private static func hex4(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
