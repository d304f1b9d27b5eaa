import PlanPressCore
import PlanPressValidate

/// How far a result went toward its target, and its grade on a plan's rating scale.
public struct Achievement: Sendable, Hashable {
    /// The percentage of the target achieved, rounded half up to two decimals.
    public var percent: DecimalNumber
    /// The index of the grade in the scale's `bands`.
    public var band: Int

    public init(percent: DecimalNumber, band: Int) {
        self.percent = percent
        self.band = band
    }

    /// `value` against `target`, graded on `scale`; nil when the figure cannot be made (overflow).
    public init?(value: DecimalNumber, target: DecimalNumber, direction: Direction, scale: RatingScale) {
        guard let percent = Self.percent(value: value, target: target, direction: direction) else { return nil }
        self.init(percent: percent, band: scale.band(for: percent))
    }

    /// The percentage of `target` achieved, direction-aware: value ÷ target × 100 for `increase`,
    /// target ÷ value × 100 for `decrease` (a lower value is better). When the divisor is 0 the
    /// result is 100 if the target is met, else 0.
    public static func percent(value: DecimalNumber, target: DecimalNumber, direction: Direction) -> DecimalNumber? {
        let (dividend, divisor) = direction == .increase ? (value, target) : (target, value)
        if divisor.significand == 0 {
            let met = direction == .increase ? value >= target : value <= target
            return DecimalNumber(met ? 100 : 0)
        }
        guard let scaled = DecimalNumber.Exact(dividend).times(DecimalNumber.Exact(significand: 100, scale: 0)) else { return nil }
        return DecimalNumber.quotient(scaled, over: DecimalNumber.Exact(divisor))
    }
}

extension Indicator {
    /// A measured quantitative result against its target, graded on `scale`; nil when the
    /// indicator is not measured (no `actual`, a cancelled project) or qualitative.
    public func achievement(in status: ProjectStatus, scale: RatingScale) -> Achievement? {
        guard status != .cancelled, kind == .quantitative, case .number(let t) = target, case .number(let a)? = actual else {
            return nil
        }
        return Achievement(value: a, target: t, direction: direction, scale: scale)
    }
}
