import PlanPressAlign
import PlanPressCore

/// The figures of the years before, and each year's change from the one before, that every
/// channel showing them must state as `Trends` holds them (the audit's expected side). Keys, for
/// each year Y of the comparison (plain values: whole numbers, money with two decimals, indicator
/// values as `DecimalNumber.description`):
///
/// - `history.Y.total.projects|units|allocated|spent|indicators.achieved|indicators.not_achieved|indicators.not_measured`;
/// - `history.Y.item.CODE.<the same>` for every plan item present that year;
/// - `history.Y.unit.ID.projects|allocated|spent|indicators.…` for every unit present that year;
/// - `history.Y.indicator.CODE.value` when that year has a value;
/// - this year against the latest earlier year with the code (current − previous):
///   `change.total|item.CODE|unit.ID.projects|allocated|spent`, and `change.indicator.CODE.value`
///   where both years have a value; an earlier year's change from the year before it, as the data
///   files list it, is `history.Y.change.…` alike.
///
/// The earlier years' keys and this year's changes are those every channel shares; this year's
/// own `history.Y.` keys and the earlier years' changes are stated by the channels that list every
/// year alike (`trends.csv`, the data files' `history`).
public struct HistoryFigures: Sendable {
    /// Every figure by key.
    public var values: [String: String]
    /// `history.Y.total|item|unit.…` of every year compared, this one included, year by year:
    /// what `trends.csv` states.
    public var figureKeys: [String]
    /// `history.Y.indicator.CODE.value` of every year compared.
    public var indicatorKeys: [String]
    /// This year's `change.…` keys, then the earlier years' `history.Y.change.…`.
    public var changeKeys: [String]
    /// The earlier years' totals and this year's change of the totals: what a summary of the
    /// years states.
    public var totalKeys: [String]

    /// The prefixes of every key: a mark with one of them that the report does not have is a mismatch.
    public static let prefixes = ["history.", "change."]
    /// What is stated of the totals and of an item in a year.
    public static let figureSuffixes = [
        "projects", "units", "allocated", "spent", "indicators.achieved", "indicators.not_achieved", "indicators.not_measured",
    ]
    /// What is stated of a unit in a year (a unit is one unit).
    public static let unitSuffixes = figureSuffixes.filter { $0 != "units" }
    /// What is stated of a change of figures.
    public static let changeSuffixes = ["projects", "allocated", "spent"]

    public init(_ trends: Trends) {
        var values: [String: String] = [:]
        var figureKeys: [String] = []
        var indicatorKeys: [String] = []
        var totalKeys: [String] = []
        var changeKeys: [String] = []
        var earlierChanges: [String] = []
        for year in trends.years {
            let isCurrent = year == trends.currentYear
            func add(_ prefix: String, _ f: Figures, suffixes: [String], isTotal: Bool = false) {
                let all = Self.figureValues(f)
                for suffix in suffixes {
                    values["\(prefix).\(suffix)"] = all[suffix]
                    figureKeys.append("\(prefix).\(suffix)")
                    if !isCurrent && isTotal { totalKeys.append("\(prefix).\(suffix)") }
                }
            }
            // The change of `year` from the latest earlier year with the code: `change.` this year.
            func addChange(_ scope: String, _ change: (from: Int, change: FiguresChange)?) {
                guard let change, trends.hasHistory else { return }
                let all = Self.changeValues(change.change)
                for suffix in Self.changeSuffixes {
                    let key = Self.changePrefix(year: year, current: isCurrent) + "\(scope).\(suffix)"
                    values[key] = all[suffix]
                    if isCurrent { changeKeys.append(key) } else { earlierChanges.append(key) }
                    if isCurrent && scope == "total" { totalKeys.append(key) }
                }
            }
            if let t = trends.totals.value(in: year) {
                add(Self.prefix(year: year, "total"), t, suffixes: Self.figureSuffixes, isTotal: true)
            }
            addChange("total", trends.totals.change(at: year))
            for item in trends.items {
                guard let f = item.rollup.value(in: year) else { continue }
                add(Self.prefix(year: year, "item.\(item.code)"), f, suffixes: Self.figureSuffixes)
                addChange("item.\(item.code)", item.rollup.change(at: year))
            }
            for unit in trends.units {
                guard let f = unit.figures.value(in: year) else { continue }
                add(Self.prefix(year: year, "unit.\(unit.id)"), f, suffixes: Self.unitSuffixes)
                addChange("unit.\(unit.id)", unit.figures.change(at: year))
            }
            for indicator in trends.indicators {
                if let v = indicator.results.value(in: year)?.value {
                    let key = Self.prefix(year: year, "indicator.\(indicator.code)") + ".value"
                    values[key] = v.description
                    indicatorKeys.append(key)
                }
                if trends.hasHistory, let delta = indicator.results.valueChange(at: year)?.change {
                    let key = Self.changePrefix(year: year, current: isCurrent) + "indicator.\(indicator.code).value"
                    values[key] = delta.description
                    if isCurrent { changeKeys.append(key) } else { earlierChanges.append(key) }
                }
            }
        }
        self.values = values
        self.figureKeys = figureKeys
        self.indicatorKeys = indicatorKeys
        self.changeKeys = changeKeys + earlierChanges
        self.totalKeys = totalKeys
    }

    /// Every key the data files state when there is an earlier year.
    public var dataKeys: [String] { figureKeys + indicatorKeys + changeKeys }

    /// `change.` for this year's change, `history.Y.change.` for an earlier year's.
    public static func changePrefix(year: Int, current: Bool) -> String { current ? "change." : "history.\(year).change." }

    /// `history.Y.SCOPE` (`history.2568.total`, `history.2568.item.SPE.S1`).
    public static func prefix(year: Int, _ scope: String) -> String { "history.\(year).\(scope)" }

    /// A year's figures by suffix (`projects`, `allocated`, `indicators.achieved`, …), plain.
    public static func figureValues(_ f: Figures) -> [String: String] {
        [
            "projects": String(f.projects), "units": String(f.units), "allocated": f.allocated.plain, "spent": f.spent.plain,
            "indicators.achieved": String(f.indicators.achieved), "indicators.not_achieved": String(f.indicators.notAchieved),
            "indicators.not_measured": String(f.indicators.notMeasured),
        ]
    }

    /// A change of figures by suffix, plain (negative for a fall).
    public static func changeValues(_ c: FiguresChange) -> [String: String] {
        ["projects": String(c.projects), "units": String(c.units), "allocated": c.allocated.plain, "spent": c.spent.plain]
    }

    /// Whether `key` is one of these figures' keys (by its prefix).
    public static func isHistoryKey(_ key: String) -> Bool { prefixes.contains { key.hasPrefix($0) } }
}
