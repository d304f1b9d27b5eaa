/// Exact sums and quotients of `DecimalNumber`s for the strategic indicators' values: integers
/// with a scale, never `Double`; a result that would not fit is nil rather than wrong.
extension DecimalNumber {
    /// An exact intermediate: `significand × 10^-scale`, wider than a `DecimalNumber`.
    public struct Exact: Sendable, Hashable {
        public var significand: Int128
        public var scale: Int

        public init(significand: Int128, scale: Int) {
            self.significand = significand
            self.scale = scale
        }

        public init(_ value: DecimalNumber) {
            self.init(significand: Int128(value.significand), scale: value.scale)
        }

        /// The significand at `digits` fraction digits (`digits >= scale`), nil on overflow.
        func widened(to digits: Int) -> Int128? {
            var v = significand
            for _ in 0..<max(0, digits - scale) {
                let (m, o) = v.multipliedReportingOverflow(by: 10)
                if o { return nil }
                v = m
            }
            return v
        }

        /// The exact product, nil on overflow.
        public func times(_ other: Exact) -> Exact? {
            let (m, o) = significand.multipliedReportingOverflow(by: other.significand)
            return o ? nil : Exact(significand: m, scale: scale + other.scale)
        }

        public var isZero: Bool { significand == 0 }
    }

    /// The exact sum of `values` (0 for none), nil on overflow.
    public static func exactSum(_ values: [DecimalNumber]) -> Exact? {
        let scale = values.map(\.scale).max() ?? 0
        var sum: Int128 = 0
        for v in values {
            guard let w = Exact(v).widened(to: scale) else { return nil }
            let (s, o) = sum.addingReportingOverflow(w)
            if o { return nil }
            sum = s
        }
        return Exact(significand: sum, scale: scale)
    }

    /// `dividend ÷ divisor` rounded half away from zero (half up for the positive values of the
    /// report) to two decimals, in one step; nil when `divisor` is zero or on overflow.
    public static func quotient(_ dividend: Exact, over divisor: Exact) -> DecimalNumber? {
        guard !divisor.isZero else { return nil }
        // value × 100 = (a × 10^-as) ÷ (b × 10^-bs) × 100 = a × 10^(bs + 2) ÷ (b × 10^as)
        guard let a = Exact(significand: dividend.significand, scale: 0).widened(to: divisor.scale + 2),
            let b = Exact(significand: divisor.significand, scale: 0).widened(to: dividend.scale)
        else { return nil }
        let negative = (a < 0) != (b < 0)
        let (ma, mb) = (a.magnitude, b.magnitude)
        let (twice, o1) = ma.multipliedReportingOverflow(by: 2)
        let (num, o2) = twice.addingReportingOverflow(mb)
        let (den, o3) = mb.multipliedReportingOverflow(by: 2)
        guard !o1, !o2, !o3 else { return nil }
        let q = num / den
        guard q <= UInt128(Int64.max) else { return nil }
        return DecimalNumber(significand: negative ? -Int64(q) : Int64(q), scale: 2)
    }

    /// The exact difference `self − other`, nil when it does not fit (more than 18 digits).
    public func minus(_ other: DecimalNumber) -> DecimalNumber? {
        let scale = Swift.max(self.scale, other.scale)
        guard let a = Exact(self).widened(to: scale), let b = Exact(other).widened(to: scale) else { return nil }
        let (d, o) = a.subtractingReportingOverflow(b)
        guard !o, d >= Int128(Int64.min), d <= Int128(Int64.max) else { return nil }
        return DecimalNumber(significand: Int64(d), scale: scale)
    }

    /// The value rounded half away from zero to two decimals (unchanged with two or fewer).
    public var roundedToHundredths: DecimalNumber {
        scale <= 2 ? self : Self.quotient(Exact(self), over: Exact(significand: 1, scale: 0)) ?? self
    }
}
