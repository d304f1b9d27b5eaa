/// A unit's entry that a strategic indicator's value for the year is made from, as printed:
/// its value, or a ratio's numerator and denominator beside the unit's own rate; each figure
/// marked for the audit (`indicator.CODE.N.UNIT.value`, `.numerator`, `.denominator`).
struct PrintedContributor: Encodable, Sendable {
    /// The indicator's number in part ๔'s table of indicators (a table of several indicators'
    /// contributors names it so); empty in part ๓, where each indicator lists its own.
    var no: String
    var unit: String
    var isRatio: Bool
    /// The value, or for a ratio the unit's own rate.
    var value: PrintedFigure
    var numerator: PrintedFigure?
    var denominator: PrintedFigure?
    var note: String
    /// The date the figure stands at, a short Thai date in the Buddhist Era; nil without one.
    var asOf: String?
}

/// How a strategic indicator's value for the year is made, as printed: the value (marked
/// `indicator.CODE.value` when there is one), the aggregation's name and formula, and how many
/// units' entries make it (marked `indicator.CODE.units`).
struct PrintedMaking: Encodable, Sendable {
    var value: PrintedFigure
    var aggregation: String
    var formula: String
    var units: PrintedFigure
    /// The percentage of the target and the grade; nil without a value and a target.
    var grade: PrintedGrade?
}

/// A strategic indicator's grade as printed beside met / not met: the percentage of the year's
/// target achieved (marked `indicator.CODE.percent`) and the band's label (marked
/// `indicator.CODE.rating` with the band's index).
struct PrintedGrade: Encodable, Sendable {
    var percent: PrintedFigure
    var rating: PrintedFigure
}
