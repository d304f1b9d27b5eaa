import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressXML

/// `report.xml`'s `history`: a `historyYear` per year compared (the years of `content/history/`,
/// then this one), as `report.json`'s `history` gives them; empty when there is no earlier year.
extension ReportXML {
    static func history(_ trends: Trends?, _ e: Element) {
        guard let trends, trends.hasHistory else { return }
        for year in trends.years {
            let y = e.child("historyYear").attr("year", String(year)).attr("current", year == trends.currentYear ? "true" : "false")
            if let t = trends.totals.value(in: year) {
                let x = y.child("yearTotals")
                pastFigures(t, x)
                change(trends.totals.change(at: year), x)
            }
            for item in trends.items {
                guard let f = item.rollup.value(in: year) else { continue }
                let x = y.child("yearItem").attr("code", item.code).attr("plan", item.planID).attr("presence", item.presence.rawValue)
                pastFigures(f, x)
                x.child("name", text: item.name)
                change(item.rollup.change(at: year), x)
            }
            for unit in trends.units {
                guard let f = unit.figures.value(in: year) else { continue }
                let x = y.child("yearUnit").attr("id", unit.id).attr("presence", unit.presence.rawValue)
                pastFigures(f, x)
                x.child("name", text: unit.name)
                change(unit.figures.change(at: year), x)
            }
            for indicator in trends.indicators {
                guard let r = indicator.results.value(in: year) else { continue }
                let x = y.child("yearIndicator").attr("code", indicator.code).attr("item", indicator.itemCode)
                    .attr("plan", indicator.planID).attr("presence", indicator.presence.rawValue).attr("status", r.status.rawValue)
                    .attr("value", r.value?.description).attr("target", r.target?.description)
                x.child("name", text: indicator.name)
                if let delta = indicator.results.valueChange(at: year) {
                    x.child("change").attr("from", String(delta.from)).attr("value", delta.change.description)
                }
            }
        }
    }

    /// A year's change from `from` (later minus earlier; a fall is negative).
    static func change(_ c: (from: Int, change: FiguresChange)?, _ parent: Element) {
        guard let (from, c) = c else { return }
        parent.child("change").attr("from", String(from)).attr("projects", String(c.projects)).attr("units", String(c.units))
            .attr("allocated", c.allocated.plain).attr("spent", c.spent.plain)
            .attr("disbursementRate", c.disbursementRate?.formatted(fractionDigits: 2))
            .attr("indicatorsAchieved", String(c.indicators.achieved)).attr("indicatorsNotAchieved", String(c.indicators.notAchieved))
            .attr("indicatorsNotMeasured", String(c.indicators.notMeasured))
    }
}
