import PlanPressCore

/// One grade of a plan's rating: results achieving at least `from` percent of their target (and
/// less than the band above) get `label`.
public struct RatingBand: Sendable, Hashable {
    /// The lowest percentage of the target achieved in the band.
    public var from: DecimalNumber
    public var label: String
    public var labelEN: String?

    public init(from: DecimalNumber, label: String, labelEN: String? = nil) {
        self.from = from
        self.label = label
        self.labelEN = labelEN
    }
}

/// A plan's graded rating (`rating_bands:`), highest band first; the last band starts at 0 and
/// also takes a percentage below 0.
public struct RatingScale: Sendable, Hashable {
    /// The most bands a plan may give, so per-band counts fit a fixed-size vector.
    public static let maximumBands = 8

    public var bands: [RatingBand]
    /// Whether the plan wrote its own bands (false: `standard`).
    public var isWritten: Bool

    public init(bands: [RatingBand], isWritten: Bool) {
        self.bands = bands
        self.isWritten = isWritten
    }

    /// The bands without `rating_bands:`: the Education Council's cut points of the percentage
    /// achieved (50, 60, 75) with the target itself (100) on top.
    public static let standard = RatingScale(
        bands: [
            RatingBand(from: DecimalNumber(100), label: "ดีเยี่ยม", labelEN: "Excellent"),
            RatingBand(from: DecimalNumber(75), label: "ดี", labelEN: "Good"),
            RatingBand(from: DecimalNumber(60), label: "พอใช้", labelEN: "Fair"),
            RatingBand(from: DecimalNumber(50), label: "ต้องปรับปรุง", labelEN: "Needs improvement"),
            RatingBand(from: DecimalNumber(0), label: "ต้องปรับปรุงเร่งด่วน", labelEN: "Needs urgent improvement"),
        ], isWritten: false)

    /// The index in `bands` of the band `percent` falls in.
    public func band(for percent: DecimalNumber) -> Int {
        bands.firstIndex { percent >= $0.from } ?? bands.count - 1
    }
}
