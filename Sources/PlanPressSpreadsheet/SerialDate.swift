import PlanPressCore

/// The day a serial number stands for. Not a `CalendarDate`: serial 60 of the 1900 system is
/// 1900-02-29, a day that never was (`isFictitious`), and it must still be told apart.
public struct SerialDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `unixDay` days after 1970-01-01.
    init(unixDay: Int) {
        let date = CalendarDate(unixSeconds: Int64(unixDay) * 86_400)
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The date, or nil for 1900-02-29.
    public var calendarDate: CalendarDate? { CalendarDate(year: year, month: month, day: day) }

    /// True for the 1900 system's serial 60, 1900-02-29.
    public var isFictitious: Bool { calendarDate == nil }

    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's
    /// days-from-civil).
    static func unixDay(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
