import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressValidate

/// The years before (`Trends`), as the executive summary and part ๔ compare them: every figure
/// of an earlier year marked for the audit under `history.YEAR.…`, this year's change under
/// `change.…`, in the print channel's digits and BE years. Nothing of this is made without an
/// earlier year, so such a booklet is the one it always was.
extension BookletModel {
    /// `+๓`, `-๓`, `๐`: a change, signed.
    func signed(_ n: Int) -> String { n > 0 ? "+" + fmt.count(n) : n < 0 ? "-" + fmt.count(-n) : fmt.count(0) }

    /// `+๑,๒๐๐.๐๐`, `-๑,๒๐๐.๐๐`: a change of an amount, signed.
    func signed(_ m: Money) -> String {
        m.satang > 0 ? "+" + fmt.money(m) : m.satang < 0 ? "-" + fmt.money(Money(satang: -m.satang)) : fmt.money(m)
    }

    /// A change of a strategic indicator's value, signed.
    func signed(_ d: DecimalNumber) -> String { d.significand > 0 ? "+" + fmt.number(d) : fmt.number(d) }

    /// `history.YEAR.SCOPE.NAME`, or this year's `SCOPE.NAME` (`total.projects`, `item.SPE.S1.spent`).
    func yearKey(_ year: Int, _ scope: String, _ name: String) -> String {
        year == report.site.fiscalYear ? "\(scope).\(name)" : HistoryFigures.prefix(year: year, scope) + ".\(name)"
    }

    // MARK: The executive summary

    /// Each year's totals and this year's change from the latest earlier year; nil without one.
    func yearsSummary() -> YearsSummary? {
        guard let trends, let previous = trends.totals.previous, let change = trends.totals.changeFromPrevious else { return nil }
        let rows = trends.years.compactMap { year -> YearTotalsRow? in
            guard let t = trends.totals.value(in: year) else { return nil }
            let current = year == trends.currentYear
            func mark(_ name: String, _ plain: String, _ shown: String) -> PrintedFigure {
                audited(yearKey(year, "total", name), plain, shown)
            }
            return YearTotalsRow(
                year: fmt.text(String(year)), current: current,
                units: current ? PrintedFigure(text: fmt.count(t.units)) : mark("units", String(t.units), fmt.count(t.units)),
                projects: mark("projects", String(t.projects), fmt.count(t.projects)),
                allocated: mark("allocated", t.allocated.plain, fmt.money(t.allocated)),
                spent: mark("spent", t.spent.plain, fmt.money(t.spent)),
                achieved: mark("indicators.achieved", String(t.indicators.achieved), fmt.count(t.indicators.achieved)),
                notAchieved: mark("indicators.not_achieved", String(t.indicators.notAchieved), fmt.count(t.indicators.notAchieved)),
                notMeasured: mark("indicators.not_measured", String(t.indicators.notMeasured), fmt.count(t.indicators.notMeasured)))
        }
        let key = { (name: String) in "change.total.\(name)" }
        return YearsSummary(
            rows: rows,
            change: YearChangeRow(
                label: "เปลี่ยนแปลงจากปี \(fmt.text(String(previous.year)))", units: signed(change.units),
                projects: audited(key("projects"), String(change.projects), signed(change.projects)),
                allocated: audited(key("allocated"), change.allocated.plain, signed(change.allocated)),
                spent: audited(key("spent"), change.spent.plain, signed(change.spent)),
                achieved: signed(change.indicators.achieved), notAchieved: signed(change.indicators.notAchieved),
                notMeasured: signed(change.indicators.notMeasured)))
    }

    // MARK: Part ๔

    /// Every strategy of the primary plan (this year's, then those only earlier years had) year
    /// by year, and every strategic indicator's value in each year; nil without an earlier year.
    func yearsAlignment() -> YearsAlignment? {
        guard let trends, trends.hasHistory else { return nil }
        let primary = report.site.primaryPlan
        let strategies = trends.items.filter { $0.planID == primary && $0.depth == 1 }.map { item in
            StrategyYears(
                label: itemsByCode[item.code].map(itemLabel) ?? "\(txt.plain(item.code)) \(txt.plain(item.name))",
                presence: item.presence.label.th,
                rows: trends.years.map { year in
                    StrategyYearRow(year: fmt.text(String(year)), figures: strategyYear(item, year))
                })
        }
        let indicators = trends.indicators.enumerated().map { i, ind in
            let change = ind.results.valueChange(at: trends.currentYear)
            return IndicatorYears(
                no: fmt.count(i + 1), name: txt.plain(ind.name), presence: ind.presence.label.th,
                cells: trends.years.map { year in
                    guard let r = ind.results.value(in: year) else { return PrintedFigure(text: "ไม่มี") }
                    guard let v = r.value else { return PrintedFigure(text: "–") }
                    let key =
                        year == trends.currentYear
                        ? IndicatorMarks.value(ind.code) : HistoryFigures.prefix(year: year, "indicator.\(ind.code)") + ".value"
                    return audited(key, v.description, fmt.number(v))
                },
                target: ind.results.current?.target.map(fmt.number) ?? "–",
                change: change.map { audited("change.indicator.\(ind.code).value", $0.change.description, signed($0.change)) }
                    ?? PrintedFigure(text: "–"))
        }
        return YearsAlignment(
            primaryPlan: txt.plain(primaryPlan?.name ?? primary), years: trends.years.map { YearHeading(year: fmt.text(String($0))) },
            strategies: strategies, indicators: indicators)
    }

    /// A strategy's figures in `year` and its change from the latest earlier year with it.
    func strategyYear(_ item: ItemTrend, _ year: Int) -> StrategyYearFigures? {
        guard let f = item.rollup.value(in: year) else { return nil }
        let scope = "item.\(item.code)"
        func mark(_ name: String, _ plain: String, _ shown: String) -> PrintedFigure { audited(yearKey(year, scope, name), plain, shown) }
        let change = item.rollup.change(at: year).map { from, c in
            let prefix = HistoryFigures.changePrefix(year: year, current: year == report.site.fiscalYear) + scope
            return PrintedChange(
                from: fmt.text(String(from)), projects: audited("\(prefix).projects", String(c.projects), signed(c.projects)),
                allocated: audited("\(prefix).allocated", c.allocated.plain, signed(c.allocated)))
        }
        return StrategyYearFigures(
            projects: mark("projects", String(f.projects), fmt.count(f.projects)),
            units: mark("units", String(f.units), fmt.count(f.units)),
            allocated: mark("allocated", f.allocated.plain, fmt.money(f.allocated)),
            spent: mark("spent", f.spent.plain, fmt.money(f.spent)),
            achieved: mark("indicators.achieved", String(f.indicators.achieved), fmt.count(f.indicators.achieved)),
            notAchieved: mark("indicators.not_achieved", String(f.indicators.notAchieved), fmt.count(f.indicators.notAchieved)),
            notMeasured: mark("indicators.not_measured", String(f.indicators.notMeasured), fmt.count(f.indicators.notMeasured)),
            change: change)
    }
}
