/// A calendar day, stored in the Common Era (Gregorian) with its Buddhist Era year derived.
/// Dates carry their era explicitly: `year` is always CE.
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// Common Era year.
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date from CE parts, or nil when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date from a Buddhist Era year.
    public init?(beYear: Int, month: Int, day: Int) {
        self.init(year: beYear - 543, month: month, day: day)
    }

    /// Buddhist Era year (พ.ศ.).
    public var beYear: Int { year + 543 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 in the Common Era, for the data channels: `2026-10-20`.
    public var iso: String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `20 ตุลาคม 2569` (or `20 ต.ค. 2569` when `abbreviated`), in the given digits.
    public func thai(abbreviated: Bool = false, digits: NumeralStyle = .arabic) -> String {
        let name = abbreviated ? ThaiMonths.abbreviated[month - 1] : ThaiMonths.full[month - 1]
        return ThaiDigits.apply(digits, to: "\(day) \(name) \(beYear)")
    }

    /// `20 October 2026`.
    public var english: String {
        "\(day) \(ThaiMonths.english[month - 1]) \(year)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The date of a Unix timestamp (UTC), for `SOURCE_DATE_EPOCH`.
    public init(unixSeconds: Int64) {
        // Civil-from-days (H. Hinnant), exact for the proleptic Gregorian calendar.
        let z = Int(unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }
}

/// Thai month names, full and abbreviated, as in official documents.
public enum ThaiMonths {
    public static let full = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]
    public static let abbreviated = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    public static let english = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

/// The Thai government fiscal year N (BE): 1 October of BE N−1 to 30 September of BE N.
public struct FiscalYear: Sendable, Hashable {
    public let beYear: Int

    public init(beYear: Int) {
        self.beYear = beYear
    }

    public var start: CalendarDate { CalendarDate(beYear: beYear - 1, month: 10, day: 1)! }
    public var end: CalendarDate { CalendarDate(beYear: beYear, month: 9, day: 30)! }

    public func contains(_ date: CalendarDate) -> Bool {
        date >= start && date <= end
    }
}
