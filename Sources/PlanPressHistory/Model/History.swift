/// The reports of earlier years that `content/history/` holds, read and checked: one
/// `HistoryYear` per year folder, oldest first. A year with any error is not here, and its
/// errors stop the build, so a year is never left out without a word.
public struct History: Sendable {
    /// The years, ascending; each earlier than this report's fiscal year.
    public var years: [HistoryYear]

    public init(years: [HistoryYear] = []) {
        self.years = years.sorted { $0.year < $1.year }
    }

    public var isEmpty: Bool { years.isEmpty }

    /// The report of `year`, if the history holds it.
    public func year(_ year: Int) -> HistoryYear? { years.first { $0.year == year } }
}
