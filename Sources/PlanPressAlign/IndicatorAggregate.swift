import PlanPressCore
import PlanPressValidate

/// A strategic indicator's value for the year, made from what units reported by the indicator's
/// `aggregation`: the one implementation behind `AlignmentAnalysis`, `DataAnalysis` and the
/// aligner's checks (PP716, PP717). Exact decimals, rounded half up to two decimals once.
public struct IndicatorAggregate: Sendable {
    /// The aggregation used: the framework's, or `mean` when it gives none.
    public var aggregation: Aggregation
    /// Whether the framework chose it (false: the mean by default).
    public var isChosen: Bool
    /// The factor of a ratio (nil for the other aggregations).
    public var per: DecimalNumber?
    /// The entries the value is made from, in unit order: every entry for `sum` and `mean`, the
    /// entries with both parts for `ratio`, the `reported_by` unit's entry for `single`.
    public var contributors: [StrategicIndicatorReport.Reported]
    /// The year's value, nil without contributors, with a zero Σ denominator, or on overflow.
    public var value: DecimalNumber?
    /// A ratio whose contributors' denominators add up to zero.
    public var hasZeroDenominator: Bool
    /// The different units that reported the indicator, in order of first entry.
    public var reportingUnits: [String]

    public init(_ indicator: StrategicIndicator, reported: [StrategicIndicatorReport.Reported]) {
        aggregation = indicator.aggregation ?? .mean
        isChosen = indicator.aggregation != nil
        per = aggregation == .ratio ? indicator.ratioPer : nil
        var seen = Set<String>()
        reportingUnits = reported.map(\.unitID).filter { seen.insert($0).inserted }
        hasZeroDenominator = false
        switch aggregation {
        case .sum:
            contributors = reported
            value = Self.sum(reported.map(\.value))
        case .mean:
            contributors = reported
            value = Self.mean(reported.map(\.value))
        case .single:
            contributors = Array(reported.filter { $0.unitID == indicator.reportedBy?.code }.prefix(1))
            value = contributors.first?.value.roundedToHundredths
        case .ratio:
            contributors = reported.filter { $0.numerator != nil && $0.denominator != nil }
            let numerators = DecimalNumber.exactSum(contributors.compactMap(\.numerator))
            let denominators = DecimalNumber.exactSum(contributors.compactMap(\.denominator))
            hasZeroDenominator = !contributors.isEmpty && denominators?.isZero == true
            value = Self.ratio(numerators, denominators, per: indicator.ratioPer)
        }
        if contributors.isEmpty { value = nil }
    }

    /// The exact sum rounded half up to two decimals; nil for no values.
    public static func sum(_ values: [DecimalNumber]) -> DecimalNumber? {
        guard !values.isEmpty, let s = DecimalNumber.exactSum(values) else { return nil }
        return DecimalNumber.quotient(s, over: DecimalNumber.Exact(significand: 1, scale: 0))
    }

    /// The exact mean rounded half up to two decimals; nil for no values.
    public static func mean(_ values: [DecimalNumber]) -> DecimalNumber? {
        guard !values.isEmpty, let s = DecimalNumber.exactSum(values) else { return nil }
        return DecimalNumber.quotient(s, over: DecimalNumber.Exact(significand: Int128(values.count), scale: 0))
    }

    /// Σ numerator ÷ Σ denominator × `per`, rounded half up to two decimals; nil for a zero
    /// denominator.
    public static func ratio(_ numerators: DecimalNumber.Exact?, _ denominators: DecimalNumber.Exact?, per: DecimalNumber) -> DecimalNumber?
    {
        guard let numerators, let denominators, let scaled = numerators.times(DecimalNumber.Exact(per)) else { return nil }
        return DecimalNumber.quotient(scaled, over: denominators)
    }
}
