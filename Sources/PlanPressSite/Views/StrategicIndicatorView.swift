/// A strategic indicator on its item's page: its chart with the chart's data as a table, its
/// targets, how its value for the year is made and from which units' figures, and the project
/// indicators that contribute to it.
struct StrategicIndicatorView: Encodable {
    /// The chart's data: the baseline, every yearly target, the year's value.
    var chartRows: [ChartRow]
    var chart: String
    var target: String
    var value: String
    /// The year's value as the audit reads it (`indicator.CODE.value`); absent without a value.
    var valueRaw: String?
    var status: String
    var statusCode: String
    /// The percentage of the target achieved and the grade (one element, or none without a value
    /// or a target for the year).
    var grade: [IndicatorGrade]
    var code: String
    var name: String
    var unit: String
    var direction: String
    var baseline: String
    var targets: [Target]
    /// The aggregation's name (`อัตราส่วน (ratio)`) and its formula in a sentence.
    var aggregation: String
    var formula: String
    /// A ratio's table has numerator, denominator and the unit's own rate instead of a value.
    var isRatio: Bool
    /// How many units' entries make the value (`indicator.CODE.units`).
    var contributorUnits: String
    var contributorUnitsRaw: String
    /// The entries the value is made from, in unit order.
    var contributors: [Contributor]
    var contributions: [Contribution]
    /// With earlier years: which years the indicator is in and the change of its value (one
    /// element, or none without history).
    var indicatorYears: [Years]

    /// A point of the chart.
    struct ChartRow: Encodable {
        var year: String
        var kind: String
        var value: String
        /// Whether the point is the report's year.
        var current: Bool
        /// An earlier year's value, marked for the audit (`history.YEAR.indicator.CODE.value`).
        var marked: Bool = false
        var auditKey: String = ""
        var raw: String = ""
    }

    /// The indicator over the years: `Presence`'s label when it is not in every year, and the
    /// change of its value from the latest earlier year that has it (when both years have one).
    struct Years: Encodable {
        var presenceNote: String
        var hasPresenceNote: Bool
        var indicatorChange: [YearFigure]
        /// The year the change is from (BE).
        var changeSince: String
    }

    /// The target of one year.
    struct Target: Encodable {
        var year: String
        var value: String
        var current: Bool
    }

    /// A unit's entry that the year's value is made from: its value, or a ratio's numerator,
    /// denominator and the unit's own rate; each figure marked for the audit under `key`
    /// (`indicator.CODE.N.UNIT`, N its place among the contributors).
    struct Contributor: Encodable {
        var unit: String
        var href: String
        var key: String
        var isRatio: Bool
        var value: String
        var valueRaw: String
        var numerator: String
        var numeratorRaw: String
        var denominator: String
        var denominatorRaw: String
        /// The unit's note; nil without one (the table shows `–`).
        var note: String?
        /// The date the figure stands at, a Thai date in the Buddhist Era, or `–`.
        var asOf: String
    }

    /// A project indicator that contributes to this one, and its outcome.
    struct Contribution: Encodable {
        var unit: String
        var href: String
        var indicator: String
        var result: String
    }
}
