/// An amount of baht, held exactly as a whole number of satang (1 baht = 100 satang).
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var satang: Int64

    public static let zero = Money(satang: 0)

    public init(satang: Int64) {
        self.satang = satang
    }

    /// Money from a decimal with at most two fraction digits; nil when it has more or overflows.
    public init?(_ number: DecimalNumber) {
        guard let s = number.scaled(to: 2) else { return nil }
        self.satang = s
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(satang: lhs.satang + rhs.satang)
    }

    public static func += (lhs: inout Money, rhs: Money) {
        lhs.satang += rhs.satang
    }

    /// The difference of two amounts, negative when `rhs` is larger (a change from one year to
    /// the next). Amounts are bounded far below `Int64`'s range, so it cannot overflow.
    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(satang: lhs.satang - rhs.satang)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.satang < rhs.satang
    }

    /// `1250000.00`: the data channels' form (no separators, two decimals).
    public var plain: String {
        NumberFormatting.fixed(Int128(satang), fractionDigits: 2, grouping: false)
    }

    /// `1,250,000.00`: the tables' form.
    public var grouped: String {
        NumberFormatting.fixed(Int128(satang), fractionDigits: 2, grouping: true)
    }

    public var description: String { plain }

    /// `spent / allocated` as a percentage with two decimals, or nil when nothing was allocated.
    public func percent(of whole: Money) -> DecimalNumber? {
        guard whole.satang > 0 else { return nil }
        // Round half up at two decimals using integer arithmetic only.
        let scaled = (Int128(satang) * 100_000) / Int128(whole.satang)
        let rounded = (scaled + 5) / 10
        return DecimalNumber(significand: Int64(rounded), scale: 2)
    }
}
