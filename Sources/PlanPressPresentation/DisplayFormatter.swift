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
    /// A change of a count, `-1,250` for a fall (`count` would group the sign with the digits).
    public func change(_ n: Int) -> String { (n < 0 ? "-" : "") + text(NumberFormatting.group(String(n.magnitude))) }
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
    public func millions(_ m: Money) -> String { millionsFigure(m) + " ล้านบาท" }

    /// `1.25`: millions of baht with two decimals, rounded half up, for charts that name the unit.
    public func millionsFigure(_ m: Money) -> String {
        text(DecimalNumber(significand: m.satang, scale: 8).formatted(fractionDigits: 2, grouping: true))
    }
}
