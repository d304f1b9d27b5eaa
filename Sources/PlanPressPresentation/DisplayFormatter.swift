import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// Formats figures for readers of one channel: its digits, Thai dates in the Buddhist Era, baht.
public struct DisplayFormatter: Sendable {
    public var digits: NumeralStyle

    public init(digits: NumeralStyle) {
        self.digits = digits
    }

    public func text(_ s: String) -> String { ThaiDigits.apply(digits, to: s) }
    public func count(_ n: Int) -> String { text(NumberFormatting.group(String(n))) }
    public func money(_ m: Money) -> String { text(m.grouped) }
    public func number(_ n: DecimalNumber) -> String { text(n.description) }
    public func date(_ d: CalendarDate?) -> String { d.map { $0.thai(digits: digits) } ?? "–" }
    public func shortDate(_ d: CalendarDate?) -> String { d.map { $0.thai(abbreviated: true, digits: digits) } ?? "–" }

    /// `98.75` for a rate, or `–` when nothing was allocated.
    public func percent(_ p: DecimalNumber?) -> String {
        guard let p else { return "–" }
        return text(p.formatted(fractionDigits: 2))
    }

    /// `1.25 ล้านบาท` for headlines: millions with two decimals, rounded half up.
    public func millions(_ m: Money) -> String {
        let v = DecimalNumber(significand: m.satang, scale: 8)
        return text(v.formatted(fractionDigits: 2, grouping: true)) + " ล้านบาท"
    }
}
