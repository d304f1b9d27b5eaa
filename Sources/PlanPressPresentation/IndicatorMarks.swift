import PlanPressAlign

/// The audit keys under which the site and the booklet mark a strategic indicator's figures
/// (`<data data-audit="key" value="…">`), as the figure audit expects them: the year's value
/// `indicator.CODE.value`, the number of contributing units `indicator.CODE.units`, and each
/// contributing entry's figures under `indicator.CODE.N.UNIT` (N its place among the
/// contributors, from 1): `.value`, and for a ratio `.numerator` and `.denominator`; a graded
/// indicator's `indicator.CODE.percent` and `indicator.CODE.rating` (its band's index).
public enum IndicatorMarks {
    public static func value(_ code: String) -> String { "indicator.\(code).value" }
    public static func units(_ code: String) -> String { "indicator.\(code).units" }
    /// The grade: the percentage of the year's target achieved (two decimals) and the band's index.
    public static func percent(_ code: String) -> String { "indicator.\(code).percent" }
    public static func rating(_ code: String) -> String { "indicator.\(code).rating" }
    public static func contributor(_ code: String, number: Int, unitID: String) -> String { "indicator.\(code).\(number).\(unitID)" }

    /// How many different units the entries come from.
    public static func unitCount(_ contributors: [StrategicIndicatorReport.Reported]) -> Int {
        Set(contributors.map(\.unitID)).count
    }
}
