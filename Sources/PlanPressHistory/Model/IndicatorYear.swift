import PlanPressAlign
import PlanPressCore

/// A strategic indicator's standing in one year: the value for the year (by its aggregation),
/// the year's target and whether it was met, as that year's report stated them.
public struct IndicatorYear: Sendable, Hashable {
    public var value: DecimalNumber?
    public var target: DecimalNumber?
    public var status: AlignmentAnalysis.IndicatorStatus

    public init(value: DecimalNumber?, target: DecimalNumber?, status: AlignmentAnalysis.IndicatorStatus) {
        self.value = value
        self.target = target
        self.status = status
    }

    /// The exact change of the value since `earlier`; nil when either year has no value.
    public func change(from earlier: IndicatorYear) -> DecimalNumber? {
        guard let value, let before = earlier.value else { return nil }
        return value.minus(before)
    }
}
