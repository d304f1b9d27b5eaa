/// An exact decimal number: `significand × 10^-scale`. Used for indicator values and as the
/// carrier of money before it becomes satang; never converted through `Double`.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits as an integer (sign included).
    public let significand: Int64
    /// How many digits stand after the decimal point (0…18), trailing zeros removed.
    public let scale: Int

    public init(significand: Int64, scale: Int) {
        var s = significand
        var k = scale
        while k > 0, s % 10 == 0 {
            s /= 10
            k -= 1
        }
        self.significand = s
        self.scale = k
    }

    public init(_ integer: Int) {
        self.init(significand: Int64(integer), scale: 0)
    }

    /// Reads the plain ASCII form `-12.50`, `3`, `1e3`, `2.5E-1`: what YAML and JSON call a number.
    /// Returns nil for anything else or for more than 18 significant digits.
    public init?(ascii text: Substring) {
        var digits: [UInt8] = []
        var negative = false
        var fraction = 0
        var seenDot = false
        var exponent = 0
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var sawDigit = false
        while let b = bytes.first {
            if b >= 48 && b <= 57 {
                sawDigit = true
                if !(digits.isEmpty && b == 48) { digits.append(b - 48) }
                if seenDot { fraction += 1 }
            } else if b == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                break
            } else {
                return nil
            }
            bytes = bytes.dropFirst()
        }
        guard sawDigit else { return nil }
        if let b = bytes.first, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var expNegative = false
            if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
                expNegative = s == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty, bytes.count <= 4 else { return nil }
            for d in bytes {
                guard d >= 48 && d <= 57 else { return nil }
                exponent = exponent * 10 + Int(d - 48)
            }
            if expNegative { exponent = -exponent }
        }
        // Leading zeros of the fraction were dropped from `digits`, which keeps the value right:
        // the scale alone positions the point.
        var scale = fraction - exponent
        while scale < 0 {
            digits.append(0)
            scale += 1
        }
        // Trailing fractional zeros do not count towards the digit limit.
        while scale > 0, let last = digits.last, last == 0 {
            digits.removeLast()
            scale -= 1
        }
        guard digits.count <= 18, scale <= 18 else { return nil }
        var value: Int64 = 0
        for d in digits { value = value * 10 + Int64(d) }
        self.init(significand: negative ? -value : value, scale: scale)
    }

    /// The value scaled to `digits` fraction digits, or nil when that would lose digits or overflow.
    public func scaled(to digits: Int) -> Int64? {
        guard scale <= digits else { return nil }
        var v = Int128(significand)
        for _ in 0..<(digits - scale) { v *= 10 }
        guard v >= Int128(Int64.min), v <= Int128(Int64.max) else { return nil }
        return Int64(v)
    }

    public var isNegative: Bool { significand < 0 }

    private func aligned(to other: DecimalNumber) -> (Int128, Int128) {
        let s = max(scale, other.scale)
        var a = Int128(significand)
        var b = Int128(other.significand)
        for _ in 0..<(s - scale) { a *= 10 }
        for _ in 0..<(s - other.scale) { b *= 10 }
        return (a, b)
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let (a, b) = lhs.aligned(to: rhs)
        return a < b
    }

    public static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        lhs.significand == rhs.significand && lhs.scale == rhs.scale
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(significand)
        hasher.combine(scale)
    }

    /// The shortest plain form: `72.5`, `1250000`, `-0.25`.
    public var description: String {
        let negative = significand < 0
        let magnitude = String(significand.magnitude)
        var text: String
        if scale == 0 {
            text = magnitude
        } else {
            let padded = String(repeating: "0", count: max(0, scale + 1 - magnitude.count)) + magnitude
            let cut = padded.index(padded.endIndex, offsetBy: -scale)
            text = padded[..<cut] + "." + padded[cut...]
        }
        return negative ? "-" + text : text
    }

    /// The value with exactly `digits` fraction digits, rounded half away from zero, for display.
    public func formatted(fractionDigits digits: Int, grouping: Bool = false) -> String {
        var v = Int128(significand)
        var s = scale
        if s > digits {
            // Rounded half away from zero once, on all the dropped digits: 1.2449 is 1.24, where
            // rounding a digit at a time would give 1.245 and then 1.25.
            var divisor: Int128 = 1
            for _ in digits..<s { divisor *= 10 }
            let rem = v % divisor
            v /= divisor
            if rem.magnitude * 2 >= divisor.magnitude { v += rem < 0 ? -1 : 1 }
            s = digits
        }
        while s < digits {
            v *= 10
            s += 1
        }
        return NumberFormatting.fixed(v, fractionDigits: digits, grouping: grouping)
    }
}

/// Plain-ASCII number formatting shared by money and decimals; no locale is ever consulted.
public enum NumberFormatting {
    /// `value / 10^fractionDigits` written with `.` and, when asked, `,` between thousands.
    public static func fixed(_ value: Int128, fractionDigits: Int, grouping: Bool) -> String {
        let negative = value < 0
        var magnitude = String(value.magnitude)
        if magnitude.count <= fractionDigits {
            magnitude = String(repeating: "0", count: fractionDigits + 1 - magnitude.count) + magnitude
        }
        let cut = magnitude.index(magnitude.endIndex, offsetBy: -fractionDigits)
        var whole = String(magnitude[..<cut])
        let frac = String(magnitude[cut...])
        if grouping { whole = group(whole) }
        let text = fractionDigits > 0 ? whole + "." + frac : whole
        return negative ? "-" + text : text
    }

    /// Inserts `,` every three digits from the right.
    public static func group(_ digits: String) -> String {
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}
