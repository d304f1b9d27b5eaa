/// The audit keys under which the channels mark the figures of earlier years
/// (`<data data-audit="key" value="…">`), as the helpers' contract names them:
///
/// - `history.YEAR.SCOPE.FIGURE`: an earlier year's figure, where SCOPE is `total`,
///   `item.CODE` or `unit.ID` and FIGURE `projects`, `units` (total and items),
///   `allocated`, `spent`, `indicators.achieved`, `indicators.not_achieved` or
///   `indicators.not_measured`; `history.YEAR.indicator.CODE.value` for a strategic indicator's
///   value (only when that year has one);
/// - `change.SCOPE.FIGURE` (projects, allocated, spent) and `change.indicator.CODE.value`: this
///   year's figure minus that of the latest earlier year that has the code.
public enum HistoryMarks {
    /// The province's figures.
    public static let total = "total"
    public static func item(_ code: String) -> String { "item.\(code)" }
    public static func unit(_ id: String) -> String { "unit.\(id)" }

    public static func history(_ year: Int, _ scope: String, _ figure: String) -> String { "history.\(year).\(scope).\(figure)" }
    public static func change(_ scope: String, _ figure: String) -> String { "change.\(scope).\(figure)" }

    public static func indicatorValue(_ year: Int, _ code: String) -> String { "history.\(year).indicator.\(code).value" }
    public static func indicatorChange(_ code: String) -> String { "change.indicator.\(code).value" }
}
