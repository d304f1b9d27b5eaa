import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressValidate

/// `report.json`'s `history`: every year compared (the years of `content/history/`, then this
/// one), each with its figures as that year's report states them and its change from the year
/// before; an empty list when there is no earlier year.
extension ReportJSON {
    static func history(_ trends: Trends) -> JSONValue {
        guard trends.hasHistory else { return .array([]) }
        return .array(trends.years.map { year(trends, $0) })
    }

    /// One year: its totals, each item, unit and strategic indicator present that year (by code,
    /// with its presence over the years), and the changes from the latest earlier year with the code.
    static func year(_ trends: Trends, _ year: Int) -> JSONValue {
        var items: [(String, JSONValue)] = []
        for item in trends.items {
            guard let f = item.rollup.value(in: year) else { continue }
            items.append(
                (
                    item.code,
                    .object([
                        ("plan_id", .string(item.planID)), ("name", .string(item.name)), ("presence", .string(item.presence.rawValue)),
                        ("rollup", pastFigures(f)), ("change", change(item.rollup.change(at: year))),
                    ])
                ))
        }
        var units: [(String, JSONValue)] = []
        for unit in trends.units {
            guard let f = unit.figures.value(in: year) else { continue }
            units.append(
                (
                    unit.id,
                    .object([
                        ("name", .string(unit.name)), ("presence", .string(unit.presence.rawValue)), ("figures", pastFigures(f)),
                        ("change", change(unit.figures.change(at: year))),
                    ])
                ))
        }
        var indicators: [(String, JSONValue)] = []
        for indicator in trends.indicators {
            guard let r = indicator.results.value(in: year) else { continue }
            let delta = indicator.results.valueChange(at: year)
            indicators.append(
                (
                    indicator.code,
                    .object([
                        ("item_code", .string(indicator.itemCode)), ("plan_id", .string(indicator.planID)),
                        ("name", .string(indicator.name)), ("presence", .string(indicator.presence.rawValue)),
                        ("value", r.value.map { .number($0.description) } ?? .null),
                        ("target", r.target.map { .number($0.description) } ?? .null), ("status", .string(r.status.rawValue)),
                        (
                            "change",
                            delta.map { .object([("from_year", .number(String($0.from))), ("value", .number($0.change.description))]) }
                                ?? .null
                        ),
                    ])
                ))
        }
        return .object([
            ("year", .number(String(year))), ("current", .bool(year == trends.currentYear)),
            ("totals", trends.totals.value(in: year).map(pastFigures) ?? .null),
            ("change", change(trends.totals.change(at: year))),
            ("items", .object(items)), ("units", .object(units)), ("indicators", .object(indicators)),
        ])
    }

    /// A *figures* object as the reports of every year have it (without the grades by band,
    /// which earlier years' reports may not hold).
    static func pastFigures(_ f: Figures) -> JSONValue {
        .object([
            ("projects", .number(String(f.projects))),
            ("units", .number(String(f.units))),
            ("allocated", .number(f.allocated.plain)),
            ("spent", .number(f.spent.plain)),
            ("disbursement_rate", f.disbursementRate.map { .number($0.formatted(fractionDigits: 2)) } ?? .null),
            ("by_status", .object(ProjectStatus.allCases.map { ($0.rawValue, .number(String(f.byStatus[$0] ?? 0))) })),
            ("indicators", counts(f.indicators)),
        ])
    }

    /// Achieved, not achieved, not measured.
    static func counts(_ c: IndicatorCounts) -> JSONValue {
        .object([
            ("achieved", .number(String(c.achieved))), ("not_achieved", .number(String(c.notAchieved))),
            ("not_measured", .number(String(c.notMeasured))),
        ])
    }

    /// A year's change from `from` (later minus earlier; a fall is negative), or null.
    static func change(_ c: (from: Int, change: FiguresChange)?) -> JSONValue {
        guard let (from, c) = c else { return .null }
        return .object([
            ("from_year", .number(String(from))),
            ("projects", .number(String(c.projects))),
            ("units", .number(String(c.units))),
            ("allocated", .number(c.allocated.plain)),
            ("spent", .number(c.spent.plain)),
            ("disbursement_rate", c.disbursementRate.map { .number($0.formatted(fractionDigits: 2)) } ?? .null),
            ("indicators", counts(c.indicators)),
        ])
    }
}
