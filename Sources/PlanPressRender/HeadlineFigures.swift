import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// The figures every channel must state identically, computed once from the report: totals,
/// projects by status, indicator results, per unit and per strategy of the primary plan.
///
/// Keys are stable names (`total.allocated`, `unit.spm-satun.spent`, `strategy.SPE.S1.projects`);
/// values are plain ASCII (`22242400.00`, `132`).
public struct HeadlineFigures: Sendable {
    public var values: [(key: String, value: String)]

    public init(_ report: Report) {
        var v: [(String, String)] = []
        Self.add(&v, "total", report.totals, statuses: true)
        for u in report.units { Self.add(&v, "unit.\(u.submission.unit.id)", u.figures, statuses: false) }
        for item in report.framework.plan(report.site.primaryPlan)?.items ?? [] {
            if let r = report.rollup(item.code) { Self.add(&v, "strategy.\(item.code)", r.figures, statuses: false) }
        }
        values = v
    }

    static func add(_ v: inout [(String, String)], _ prefix: String, _ f: Figures, statuses: Bool) {
        v.append(("\(prefix).projects", String(f.projects)))
        v.append(("\(prefix).allocated", f.allocated.plain))
        v.append(("\(prefix).spent", f.spent.plain))
        v.append(("\(prefix).indicators.achieved", String(f.indicators.achieved)))
        v.append(("\(prefix).indicators.not_achieved", String(f.indicators.notAchieved)))
        v.append(("\(prefix).indicators.not_measured", String(f.indicators.notMeasured)))
        if statuses {
            for s in ProjectStatus.allCases { v.append(("\(prefix).status.\(s.rawValue)", String(f.byStatus[s] ?? 0))) }
        }
    }

    public func value(_ key: String) -> String? { values.first { $0.key == key }?.value }

    /// Normalises a number as a reader sees it (Thai digits, `,` separators) to the plain form.
    public static func plain(_ shown: String) -> String {
        ThaiDigits.arabic(shown).filter { $0 != "," && !$0.isWhitespace }
    }
}
