import PlanPressCore

/// The day a workbook's serial numbers count from (`<workbookPr date1904="1"/>` in
/// `workbook.xml`): Excel for Windows, LibreOffice and Google Sheets write 1900, old Excel for
/// Mac wrote 1904.
public enum DateSystem: Sendable, Hashable {
    /// Serial 1 is 1900-01-01. Lotus 1-2-3's bug is kept for compatibility: 1900 is taken as a
    /// leap year, so serial 60 is the day 1900-02-29 that never was, and from serial 61
    /// (1900-03-01) on every serial is one more than the days since 1899-12-31.
    case from1900
    /// Serial 0 is 1904-01-01.
    case from1904

    /// Excel's last day, 9999-12-31, as a 1900 serial.
    private static let last1900Serial = 2_958_465

    /// The day of a serial number (its fraction, the time of day, is dropped); nil before the
    /// system's first day or after 9999-12-31.
    public func date(fromSerial serial: Double) -> SerialDate? {
        guard serial.isFinite else { return nil }
        let floor = serial.rounded(.down)
        guard floor >= -1e9, floor <= 1e9 else { return nil }
        let n = Int(floor)
        switch self {
        case .from1900:
            guard n >= 1, n <= Self.last1900Serial else { return nil }
            if n == 60 { return SerialDate(year: 1900, month: 2, day: 29) }
            // 1899-12-31 is day -25568 of the Unix epoch; after the fictitious day, one fewer.
            return SerialDate(unixDay: n < 60 ? n - 25_568 : n - 25_569)
        case .from1904:
            guard n >= 0, n <= Self.last1900Serial - 1462 else { return nil }
            return SerialDate(unixDay: n - 24_107)
        }
    }

    /// The day of a serial number written as text (`45292`, `45292.5`); nil when it is not a
    /// number or out of range.
    public func date(fromSerial text: String) -> SerialDate? {
        Double(text).flatMap(date(fromSerial:))
    }

    /// The serial number of `date` in this system; nil before the system's first day (for 1900,
    /// also on days before 1900-03-01, which Excel counts with its bug: they are not written).
    public func serial(of date: CalendarDate) -> Int? {
        let unixDay = SerialDate.unixDay(year: date.year, month: date.month, day: date.day)
        switch self {
        case .from1900:
            let n = unixDay + 25_569
            guard n >= 61, n <= Self.last1900Serial else { return nil }
            return n
        case .from1904:
            let n = unixDay + 24_107
            guard n >= 0, n <= Self.last1900Serial - 1462 else { return nil }
            return n
        }
    }
}
