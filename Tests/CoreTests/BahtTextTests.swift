import PlanPressTestSupport
import Testing

@testable import PlanPressCore

@Suite struct BahtTextTests {
    /// Amounts checked by hand against the rules of the reference (thai-conventions.md): เอ็ด for a
    /// 1 in the ones place after a higher digit, ยี่สิบ, a silent 1 before สิบ, ล้าน repeating,
    /// ถ้วน for whole baht, satang as their own number.
    static let table: [(String, String)] = [
        ("0", "ศูนย์บาทถ้วน"),
        ("0.01", "หนึ่งสตางค์"),
        ("0.05", "ห้าสตางค์"),
        ("0.10", "สิบสตางค์"),
        ("0.11", "สิบเอ็ดสตางค์"),
        ("0.21", "ยี่สิบเอ็ดสตางค์"),
        ("0.25", "ยี่สิบห้าสตางค์"),
        ("0.50", "ห้าสิบสตางค์"),
        ("0.99", "เก้าสิบเก้าสตางค์"),
        ("1", "หนึ่งบาทถ้วน"),
        ("1.01", "หนึ่งบาทหนึ่งสตางค์"),
        ("2", "สองบาทถ้วน"),
        ("10", "สิบบาทถ้วน"),
        ("11", "สิบเอ็ดบาทถ้วน"),
        ("12", "สิบสองบาทถ้วน"),
        ("20", "ยี่สิบบาทถ้วน"),
        ("21", "ยี่สิบเอ็ดบาทถ้วน"),
        ("22", "ยี่สิบสองบาทถ้วน"),
        ("31", "สามสิบเอ็ดบาทถ้วน"),
        ("99", "เก้าสิบเก้าบาทถ้วน"),
        ("100", "หนึ่งร้อยบาทถ้วน"),
        ("101", "หนึ่งร้อยเอ็ดบาทถ้วน"),
        ("110", "หนึ่งร้อยสิบบาทถ้วน"),
        ("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน"),
        ("120", "หนึ่งร้อยยี่สิบบาทถ้วน"),
        ("121.21", "หนึ่งร้อยยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"),
        ("200", "สองร้อยบาทถ้วน"),
        ("1000", "หนึ่งพันบาทถ้วน"),
        ("1001", "หนึ่งพันเอ็ดบาทถ้วน"),
        ("1011", "หนึ่งพันสิบเอ็ดบาทถ้วน"),
        ("2500.75", "สองพันห้าร้อยบาทเจ็ดสิบห้าสตางค์"),
        ("10000", "หนึ่งหมื่นบาทถ้วน"),
        ("15000", "หนึ่งหมื่นห้าพันบาทถ้วน"),
        ("100000", "หนึ่งแสนบาทถ้วน"),
        ("350000", "สามแสนห้าหมื่นบาทถ้วน"),
        ("348250.50", "สามแสนสี่หมื่นแปดพันสองร้อยห้าสิบบาทห้าสิบสตางค์"),
        ("999999.99", "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์"),
        ("1000000", "หนึ่งล้านบาทถ้วน"),
        ("1000000.01", "หนึ่งล้านบาทหนึ่งสตางค์"),
        ("1000001", "หนึ่งล้านเอ็ดบาทถ้วน"),
        ("1100000", "หนึ่งล้านหนึ่งแสนบาทถ้วน"),
        ("1250000.50", "หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์"),
        ("2000000", "สองล้านบาทถ้วน"),
        ("5000010", "ห้าล้านสิบบาทถ้วน"),
        ("10000000", "สิบล้านบาทถ้วน"),
        ("11000000", "สิบเอ็ดล้านบาทถ้วน"),
        ("15700141.99", "สิบห้าล้านเจ็ดแสนหนึ่งร้อยสี่สิบเอ็ดบาทเก้าสิบเก้าสตางค์"),
        ("21000021", "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน"),
        ("22242400.00", "ยี่สิบสองล้านสองแสนสี่หมื่นสองพันสี่ร้อยบาทถ้วน"),
        ("100000000", "หนึ่งร้อยล้านบาทถ้วน"),
        ("101000000", "หนึ่งร้อยเอ็ดล้านบาทถ้วน"),
        ("1000000000", "หนึ่งพันล้านบาทถ้วน"),
        ("1001000000", "หนึ่งพันเอ็ดล้านบาทถ้วน"),
        ("1000000000000", "หนึ่งล้านล้านบาทถ้วน"),
        ("1000001000000", "หนึ่งล้านเอ็ดล้านบาทถ้วน"),
        ("1000000000005", "หนึ่งล้านล้านห้าบาทถ้วน"),
        ("-1", "ลบหนึ่งบาทถ้วน"),
        ("-0.50", "ลบห้าสิบสตางค์"),
    ]

    @Test func handCheckedTable() {
        #expect(Self.table.count >= 40)
        for (amount, words) in Self.table {
            let money = Money(DecimalNumber(ascii: Substring(amount))!)!
            #expect(BahtText.words(money) == words, "\(amount)")
        }
    }

    @Test func extremesDoNotTrap() {
        let top = BahtText.words(Money(satang: .max))
        #expect(ThaiBahtWords.parse(top) == Int64.max)
        #expect(BahtText.words(Money(satang: .min)).hasPrefix("ลบ"))
    }

    /// Every whole amount from 0 to 20,000 baht, every satang value, and 5,000 random amounts
    /// up to 10¹⁵ baht: the words read back to the same amount by an independent reader that
    /// refuses non-canonical forms (หนึ่งสิบ, สองสิบ, a leading เอ็ด, เอ็ด for a lone 1…).
    @Test func wordsReadBackToTheAmount() {
        func check(_ satang: Int64) {
            let words = BahtText.words(Money(satang: satang))
            #expect(ThaiBahtWords.parse(words) == satang, "\(satang): \(words)")
            #expect(words.hasSuffix("ถ้วน") == (satang % 100 == 0), "\(satang): \(words)")
            #expect(words.contains("บาท") == (satang.magnitude >= 100 || satang == 0), "\(satang): \(words)")
            #expect(!words.contains("หนึ่งสิบ") && !words.contains("สองสิบ") && !words.hasPrefix("เอ็ด"), "\(words)")
        }
        for baht in Int64(0)...20_000 { check(baht * 100) }
        for satang in Int64(0)...99 { check(satang) }
        var rng = SplitMix64(seed: 0x5EED_2569)
        for _ in 0..<5_000 {
            // A random number of digits, so small and large amounts are drawn alike.
            let digits = Int(rng.next() % 18) + 1
            var limit: UInt64 = 1
            for _ in 0..<digits { limit *= 10 }
            check(Int64(rng.next() % limit))
        }
    }
}

/// Reads baht text back into satang, written apart from `BahtText` for the property test. Returns
/// nil for anything that is not the canonical form.
enum ThaiBahtWords {
    static let digits: [String: Int64] = [
        "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
    ]
    static let places: [String: Int64] = ["สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10_000, "แสน": 100_000]

    static func parse(_ text: String) -> Int64? {
        var s = Substring(text)
        var sign: Int64 = 1
        if s.hasPrefix("ลบ") {
            sign = -1
            s = s.dropFirst("ลบ".count)
        }
        if s == "ศูนย์บาทถ้วน" { return 0 }
        var baht: Int64 = 0
        var satang: Int64 = 0
        if let range = s.firstRange(of: "บาท") {
            guard let b = number(s[..<range.lowerBound]), b > 0 else { return nil }
            baht = b
            s = s[range.upperBound...]
            if s == "ถ้วน" { return sign * baht * 100 }
        }
        guard s.hasSuffix("สตางค์"), let st = number(s.dropLast("สตางค์".count)), st > 0, st < 100 else { return nil }
        satang = st
        let (product, overflow) = baht.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        return sign * (product + satang)
    }

    /// A positive number in words; ล้าน separates groups of six digits.
    static func number(_ text: Substring) -> Int64? {
        let groups = text.split(separator: "ล้าน", omittingEmptySubsequences: false)
        var value: Int64 = 0
        var higher = false
        for (i, g) in groups.enumerated() {
            guard let v = group(Substring(g), afterHigherDigit: higher) else { return nil }
            // Inner groups may be empty (หนึ่งล้านล้าน), the first one never.
            if i == 0 && v == 0 { return nil }
            let (m, o) = value.multipliedReportingOverflow(by: 1_000_000)
            guard !o else { return nil }
            value = m + v
            if v > 0 { higher = true }
        }
        return value > 0 ? value : nil
    }

    static func group(_ text: Substring, afterHigherDigit: Bool) -> Int64? {
        var s = text
        var value: Int64 = 0
        var pending: Int64?
        var lastPlace: Int64 = 1_000_000
        var seen = afterHigherDigit
        while !s.isEmpty {
            if s.hasPrefix("เอ็ด") {
                // เอ็ด only closes a group, only after a higher digit.
                guard pending == nil, seen, s == "เอ็ด" else { return nil }
                return value + 1
            }
            if s.hasPrefix("ยี่") {
                guard pending == nil, s.dropFirst("ยี่".count).hasPrefix("สิบ") else { return nil }
                pending = 2
                s = s.dropFirst("ยี่".count)
                continue
            }
            if let (word, d) = digits.first(where: { s.hasPrefix($0.key) }) {
                guard pending == nil else { return nil }
                // 1 in the ones place after a higher digit must be เอ็ด; 2 before สิบ must be ยี่.
                if d == 1 && seen && s == word { return nil }
                if d == 1 && s.dropFirst(word.count).hasPrefix("สิบ") { return nil }
                if d == 2 && s.dropFirst(word.count).hasPrefix("สิบ") { return nil }
                pending = d
                s = s.dropFirst(word.count)
                continue
            }
            if let (word, p) = places.first(where: { s.hasPrefix($0.key) }) {
                guard p < lastPlace else { return nil }
                guard let d = pending ?? (p == 10 ? 1 : nil) else { return nil }
                value += d * p
                pending = nil
                lastPlace = p
                seen = true
                s = s.dropFirst(word.count)
                continue
            }
            return nil
        }
        return value + (pending ?? 0)
    }
}
