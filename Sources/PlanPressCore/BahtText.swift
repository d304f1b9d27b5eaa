/// An amount of money in Thai words, as written under a total on official documents (บาทถ้วน),
/// following Excel's `BAHTTEXT` and the reference's rules:
///
/// - `21` → `ยี่สิบเอ็ดบาทถ้วน`, `11` → `สิบเอ็ดบาทถ้วน`, `101` → `หนึ่งร้อยเอ็ดบาทถ้วน`,
///   `20` → `ยี่สิบบาทถ้วน`, `0.50` → `ห้าสิบสตางค์`, `1,250,000.50` →
///   `หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์`.
/// - 1 in the ones place is `เอ็ด` when any higher digit of the same number is not zero
///   (`1,000,001` → `หนึ่งล้านเอ็ดบาทถ้วน`, `11,000,000` → `สิบเอ็ดล้านบาทถ้วน`), and `หนึ่ง` otherwise.
/// - 2 in the tens place is `ยี่สิบ`, 1 in the tens place is `สิบ` alone.
/// - Above a million the pattern repeats with `ล้าน` (`1,000,000,000,000` → `หนึ่งล้านล้านบาทถ้วน`).
/// - A whole amount ends in `บาทถ้วน`; satang are a number of their own (`0.01` → `หนึ่งสตางค์`),
///   and an amount under one baht has no `บาท` part. Zero is `ศูนย์บาทถ้วน`; a negative amount
///   starts with `ลบ`.
public enum BahtText {
    static let digitWords = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    /// Place names inside a group of six digits, from the ones upwards.
    static let placeWords = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

    /// The amount in words, e.g. `หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์`.
    public static func words(_ amount: Money) -> String {
        let negative = amount.satang < 0
        // Int64.min has no positive counterpart in Int64: work in UInt64.
        let magnitude = amount.satang.magnitude
        let baht = magnitude / 100
        let satang = magnitude % 100
        var out = negative ? "ลบ" : ""
        if baht == 0 && satang == 0 { return "ศูนย์บาทถ้วน" }
        if baht > 0 {
            out += number(baht) + "บาท"
        }
        out += satang == 0 ? "ถ้วน" : number(satang) + "สตางค์"
        return out
    }

    /// A positive whole number in words (`121` → `หนึ่งร้อยยี่สิบเอ็ด`).
    public static func number(_ value: UInt64) -> String {
        guard value > 0 else { return digitWords[0] }
        // Groups of six digits, most significant first: each group but the last is followed by ล้าน.
        var groups: [UInt64] = []
        var rest = value
        while rest > 0 {
            groups.append(rest % 1_000_000)
            rest /= 1_000_000
        }
        var out = ""
        var higherDigitSeen = false
        for (index, group) in groups.enumerated().reversed() {
            out += words(group: group, higherDigitSeen: higherDigitSeen)
            if group > 0 { higherDigitSeen = true }
            if index > 0 && higherDigitSeen { out += "ล้าน" }
        }
        return out
    }

    /// Words of one group of up to six digits; `higherDigitSeen` says whether a digit of an earlier
    /// (more significant) group was not zero, which makes a lone 1 in the ones place `เอ็ด`.
    static func words(group: UInt64, higherDigitSeen: Bool) -> String {
        var digits: [Int] = []
        var rest = group
        for _ in 0..<6 {
            digits.append(Int(rest % 10))
            rest /= 10
        }
        var out = ""
        var seen = higherDigitSeen
        for place in stride(from: 5, through: 0, by: -1) {
            let d = digits[place]
            guard d != 0 else { continue }
            switch place {
            case 1:
                out += d == 1 ? "" : d == 2 ? "ยี่" : digitWords[d]
                out += placeWords[1]
            case 0:
                out += d == 1 && seen ? "เอ็ด" : digitWords[d]
            default:
                out += digitWords[d] + placeWords[place]
            }
            seen = true
        }
        return out
    }
}
