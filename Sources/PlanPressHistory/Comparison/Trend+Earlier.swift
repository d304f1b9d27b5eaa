import PlanPressAlign
import PlanPressCore

extension Trend {
    /// The latest year before `year` in which the code existed, with its value.
    public func previous(before year: Int) -> (year: Int, value: Value)? {
        for point in points.reversed() where point.year < year {
            if let value = point.value { return (point.year, value) }
        }
        return nil
    }
}

extension Trend where Value == Figures {
    /// `year`'s figures against the latest earlier year that has the code: that year and the
    /// change; nil when the code is absent in `year` or in every year before it.
    public func change(at year: Int) -> (from: Int, change: FiguresChange)? {
        guard let now = value(in: year), let then = previous(before: year) else { return nil }
        return (then.year, now.change(from: then.value))
    }
}

extension Trend where Value == IndicatorYear {
    /// The change of the value in `year` since the latest earlier year that has the indicator;
    /// nil when either of the two has no value.
    public func valueChange(at year: Int) -> (from: Int, change: DecimalNumber)? {
        guard let now = value(in: year), let then = previous(before: year), let delta = now.change(from: then.value) else {
            return nil
        }
        return (then.year, delta)
    }
}
