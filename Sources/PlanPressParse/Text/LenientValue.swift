import PlanPressCore

/// The lenient readings of Number, Money and Date that Thai documents need.
///
/// Each returns either the value or the reason it could not be read; the validator turns the
/// reason into a located diagnostic.
public enum LenientValue {
    /// Why a text is not a number.
    public enum NumberProblem: Error, Sendable, Equatable {
        case notANumber
        case percentNotAllowed
    }

    /// Reads a Number: a YAML/JSON number, or text with `,` thousands separators, Thai digits,
    /// and (when `allowPercent`) a trailing `%`.
    public static func number(_ scalar: Scalar, allowPercent: Bool) -> Result<DecimalNumber, NumberProblem> {
        var text = ThaiDigits.arabic(scalar.text).trimmingCharacters(in: " \t\u{00A0}")
        guard !text.isEmpty else { return .failure(.notANumber) }
        if text.hasSuffix("%") {
            guard allowPercent else { return .failure(.percentNotAllowed) }
            text = String(text.dropLast()).trimmingCharacters(in: " \t\u{00A0}")
        }
        // A byte search: where the text is ASCII it is the same as `contains(",")`, and a text with
        // any other character is not a number on either path.
        if text.utf8.contains(0x2C) {
            // Separators only in their right places: 1,250,000 or 1,250,000.50.
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return .failure(.notANumber) }
            var whole = parts[0]
            var sign = ""
            if whole.first == "-" {
                sign = "-"
                whole = whole.dropFirst()
            }
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 }),
                groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
            else { return .failure(.notANumber) }
            text = sign + groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        }
        guard text.unicodeScalars.allSatisfy({ $0.isASCII }), let n = DecimalNumber(ascii: Substring(text)) else {
            return .failure(.notANumber)
        }
        return .success(n)
    }

    /// Year, month and day of a text that is exactly 4 ASCII digits, `-`, 1–2 digits, `-`, 1–2 digits.
    static func isoDigits(_ text: String) -> (Int, Int, Int)? {
        var parts = (0, 0, 0)
        var part = 0
        var digits = 0
        for b in text.utf8 {
            if b == 0x2D {
                guard part < 2, digits == (part == 0 ? 4 : digits), digits >= 1, digits <= (part == 0 ? 4 : 2) else { return nil }
                part += 1
                digits = 0
                continue
            }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            digits += 1
            let v = Int(b - 0x30)
            switch part {
            case 0: parts.0 = parts.0 * 10 + v
            case 1: parts.1 = parts.1 * 10 + v
            default: parts.2 = parts.2 * 10 + v
            }
            if digits > (part == 0 ? 4 : 2) { return nil }
        }
        guard part == 2, digits >= 1 else { return nil }
        return parts
    }

    /// Why a text is not a date.
    public enum DateProblem: Error, Sendable, Equatable {
        case unreadable
        case noSuchDay
        case shortYear(Int)
    }

    /// Reads a Date: `YYYY-MM-DD` (a year ≥ 2400 is BE, a smaller one CE) or Thai text such as
    /// `20 ตุลาคม 2569`, `20 ต.ค. 2569`, `๒๐ ต.ค. พ.ศ. ๒๕๖๙`.
    public static func date(_ scalar: Scalar) -> Result<CalendarDate, DateProblem> {
        // `2569-10-01` in ASCII digits, read from its bytes: the same numbers the general path finds.
        if let (y, m, d) = isoDigits(scalar.text) {
            let ce = y >= 2400 ? y - 543 : y
            guard let date = CalendarDate(year: ce, month: m, day: d) else { return .failure(.noSuchDay) }
            return .success(date)
        }
        return dateInGeneral(scalar)
    }

    /// `date` without the shortcut for ASCII ISO dates.
    static func dateInGeneral(_ scalar: Scalar) -> Result<CalendarDate, DateProblem> {
        let text = ThaiDigits.arabic(scalar.text).trimmingCharacters(in: " \t\u{00A0}")
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, (1...2).contains(iso[1].count), (1...2).contains(iso[2].count),
            let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2])
        {
            let ce = y >= 2400 ? y - 543 : y
            guard let date = CalendarDate(year: ce, month: m, day: d) else { return .failure(.noSuchDay) }
            return .success(date)
        }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        words.removeAll { $0 == "พ.ศ." || $0 == "พ.ศ" }
        guard words.count == 3, let d = Int(words[0]), let y = Int(words[2]) else { return .failure(.unreadable) }
        let name = words[1]
        let month =
            ThaiMonths.full.firstIndex(of: name)
            ?? ThaiMonths.abbreviated.firstIndex(of: name)
            ?? ThaiMonths.abbreviated.firstIndex(of: name + ".")
            ?? ThaiMonths.abbreviated.map { $0.replacingOccurrences(of: ".", with: "") }.firstIndex(of: name)
        guard let month else { return .failure(.unreadable) }
        guard words[2].count == 4 else { return .failure(.shortYear(y)) }
        guard let date = CalendarDate(beYear: y, month: month + 1, day: d) else { return .failure(.noSuchDay) }
        return .success(date)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without the given characters at either end (no Foundation `CharacterSet`, so the
    /// same in every locale). Shared by the parse and validate stages.
    ///
    /// The characters are grapheme clusters, as before; the ends are looked at as UTF-8 bytes
    /// where that gives the same answer (see `TrimmedBytes`), and by clusters otherwise.
    public func trimmingCharacters(in set: String) -> String {
        // Most values have nothing to trim: say so from the first and last scalars, without
        // walking grapheme clusters or copying.
        let scalars = set.unicodeScalars
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !scalars.contains(first), !scalars.contains(last) {
            return self
        }
        if let trim = TrimSet(set) {
            let bytes = utf8.withContiguousStorageIfAvailable { trim.trim($0) } ?? nil
            switch bytes {
            case .some(.whole): return self
            case .some(.range(let lo, let hi)):
                return utf8.withContiguousStorageIfAvailable {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self)
                } ?? Self.trimmedByCharacters(Substring(self), set)
            case .some(.fromCharacters(let lo, let hi, let front)):
                let start = utf8.index(utf8.startIndex, offsetBy: lo)
                let end = utf8.index(utf8.startIndex, offsetBy: hi)
                return Self.trimmedByCharacters(self[start..<end], set, front: front)
            case .none: break
            }
        }
        return Self.trimmedByCharacters(Substring(self), set)
    }

    /// Whether trimming the characters of `set` leaves nothing, without making the trimmed text.
    public func isEmptyAfterTrimming(_ set: String) -> Bool {
        // For a set of blanks and `-`, a first scalar outside the set starts a cluster outside it
        // (no other character is canonically equal to one of them): the text is not blank, and
        // most texts are answered here. Other sets take the whole trimming.
        if let first = unicodeScalars.first, set.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x2D }),
            !set.unicodeScalars.contains(first)
        {
            return false
        }
        return trimmingCharacters(in: set).isEmpty
    }

    /// Trims by grapheme clusters: the reference rule (the back only, when `front` is false).
    static func trimmedByCharacters(_ text: Substring, _ set: String, front: Bool = true) -> String {
        let chars = Set(set)
        var s = text
        if front {
            while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        }
        while let l = s.last, chars.contains(l) { s = s[s.startIndex..<s.index(before: s.endIndex)] }
        return String(s)
    }
}
