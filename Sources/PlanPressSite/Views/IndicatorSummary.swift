/// A strategic indicator in a list of indicators (the analysis page, a plan's page): its year's
/// value and how it was made, in brief; the units' figures are on its item's page.
struct IndicatorSummary: Encodable {
    var code: String
    var name: String
    var href: String
    var baseline: String
    var target: String
    var value: String
    /// The year's value as the audit reads it (`indicator.CODE.value`); absent without a value.
    var valueRaw: String?
    var status: String
    var statusCode: String
    /// The percentage of the target achieved and the grade (one element, or none).
    var grade: [IndicatorGrade]
    /// The aggregation's name (`ผลรวม (sum)`).
    var aggregation: String
    /// How many units' entries make the value (`indicator.CODE.units`).
    var contributorUnits: String
    var contributorUnitsRaw: String
}
