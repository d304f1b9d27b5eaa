import PlanPressAlign
import PlanPressCore

/// The exact change of a set of figures from one year to another: later minus earlier, so a
/// fall is negative. Money stays in satang, counts are whole numbers.
public struct FiguresChange: Sendable, Hashable {
    public var projects: Int
    public var units: Int
    public var allocated: Money
    public var spent: Money
    /// Per outcome, the change of the number of project indicators.
    public var indicators: IndicatorCounts
    /// The change of the disbursement rate in percentage points, nil when either year had
    /// nothing allocated.
    public var disbursementRate: DecimalNumber?

    public init(from earlier: Figures, to later: Figures) {
        projects = later.projects - earlier.projects
        units = later.units - earlier.units
        allocated = later.allocated - earlier.allocated
        spent = later.spent - earlier.spent
        var counts = IndicatorCounts()
        counts.achieved = later.indicators.achieved - earlier.indicators.achieved
        counts.notAchieved = later.indicators.notAchieved - earlier.indicators.notAchieved
        counts.notMeasured = later.indicators.notMeasured - earlier.indicators.notMeasured
        indicators = counts
        if let before = earlier.disbursementRate, let after = later.disbursementRate {
            disbursementRate = after.minus(before)
        } else {
            disbursementRate = nil
        }
    }
}

extension Figures {
    /// How these figures changed since `earlier`'s.
    public func change(from earlier: Figures) -> FiguresChange { FiguresChange(from: earlier, to: self) }
}

extension Trend where Value == Figures {
    /// This year's figures against `year`'s; nil when the code is absent in either.
    public func change(from year: Int) -> FiguresChange? {
        guard let now = current, let then = value(in: year) else { return nil }
        return now.change(from: then)
    }

    /// This year's figures against the latest earlier year that has the code.
    public var changeFromPrevious: FiguresChange? {
        guard let now = current, let then = previous?.value else { return nil }
        return now.change(from: then)
    }
}

extension Trend where Value == IndicatorYear {
    /// The exact change of the indicator's value since `year`; nil when either year has none.
    public func change(from year: Int) -> DecimalNumber? {
        guard let now = current, let then = value(in: year) else { return nil }
        return now.change(from: then)
    }
}
