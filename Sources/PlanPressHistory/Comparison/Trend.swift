/// One code's values over the years of a comparison: a point per year, oldest first, this
/// year's last; a year in which the code did not exist has no value (`nil`), never a zero.
public struct Trend<Value: Sendable>: Sendable {
    /// A year and the code's value in it, nil when the code did not exist that year.
    public struct Point: Sendable {
        public var year: Int
        public var value: Value?

        public init(year: Int, value: Value?) {
            self.year = year
            self.value = value
        }

        public var exists: Bool { value != nil }
    }

    /// Every year of the comparison, ascending; the last is this year.
    public var points: [Point]

    public init(points: [Point]) {
        self.points = points
    }

    /// This report's fiscal year.
    public var currentYear: Int { points.last?.year ?? 0 }
    /// This year's value; nil when the code is not in this year's report.
    public var current: Value? { points.last?.value }
    public var existsNow: Bool { current != nil }

    /// The value of `year`, nil when the code did not exist then or the year is not compared.
    public func value(in year: Int) -> Value? { points.first { $0.year == year }?.value }

    /// The year before this one, as the history holds it (its value nil when the code did not
    /// exist then); nil when the history has no report of that year.
    public var previousYear: Point? {
        guard let last = points.last, points.count > 1, points[points.count - 2].year == last.year - 1 else { return nil }
        return points[points.count - 2]
    }

    /// The latest earlier year in which the code existed, with its value.
    public var previous: (year: Int, value: Value)? {
        for point in points.dropLast().reversed() {
            if let value = point.value { return (point.year, value) }
        }
        return nil
    }

    /// The years with a value, ascending.
    public var yearsPresent: [Int] { points.compactMap { $0.value == nil ? nil : $0.year } }

    /// Whether the code exists in any earlier year.
    public var existedBefore: Bool { points.dropLast().contains { $0.value != nil } }

    /// Which years the code exists in.
    public var presence: Presence {
        let earlier = points.dropLast()
        if !existsNow { return .notNow }
        if earlier.allSatisfy({ $0.value != nil }) { return .everyYear }
        if earlier.allSatisfy({ $0.value == nil }) { return .onlyNow }
        return .someYears
    }
}
