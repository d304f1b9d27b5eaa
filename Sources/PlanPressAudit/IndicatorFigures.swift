import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// The figures that make each strategic indicator's value for the year, which every channel
/// showing the indicator must state as `IndicatorAggregate` made them (through the analysis):
///
/// - `indicator.CODE.value`: the year's value (only when there is one);
/// - `indicator.CODE.units`: how many different units' entries make it;
/// - `indicator.CODE.N.UNIT.value`, and for a ratio `.numerator` and `.denominator`: the Nth
///   contributing entry (from 1, in unit order) of unit UNIT: its value (a ratio's own rate) and
///   parts. A channel that attributes a figure to another unit or place states another key.
/// - `indicator.CODE.percent` (the percentage of the year's target achieved, two decimals) and
///   `indicator.CODE.rating` (the index of its band on its plan's scale, from 0), when it has a
///   grade (`grades`).
///
/// `report.json`, `report.xml` and the booklet (part ๔ lists every indicator's entries) state
/// them all; an item's page those of its indicators; a plan's page and the analysis page each
/// indicator's value and units.
public struct IndicatorFigures: Sendable {
    /// Every figure by key.
    public var values: [String: String]
    /// Every key, indicator by indicator in the framework's order.
    public var keys: [String]
    /// Page path → the keys that page must mark.
    public var pages: [String: [String]]
    /// Every indicator's value (when it has one) and number of units, in the framework's order:
    /// what `strategic_indicators.csv` states besides the grades.
    public var summary: [String]
    /// The `.percent` and `.rating` keys of every graded indicator, in the framework's order:
    /// required of the data files, `strategic_indicators.csv` and the booklet.
    public var grades: [String]
    /// Indicator code → its plan's rating scale: the labels a channel shows or writes for a band.
    public var scales: [String: RatingScale]

    /// The prefix of every key: a mark with it that the report does not have is a mismatch.
    public static let prefix = "indicator."

    public init(_ report: Report) {
        summary = []
        var values: [String: String] = [:]
        var keys: [String] = []
        var summaryKeys: [String: [String]] = [:]
        var allKeys: [String: [String]] = [:]
        var grades: [String] = []
        var scales: [String: RatingScale] = [:]
        for plan in report.framework.plans {
            for item in plan.flattenedItems {
                for ind in item.indicators { scales[ind.code] = plan.ratingScale }
            }
        }
        for a in AlignmentAnalysis.assessments(report) {
            if let achievement = a.achievement, a.rating != nil {
                let percent = Self.prefix + "\(a.code).percent"
                let rating = Self.prefix + "\(a.code).rating"
                values[percent] = achievement.percent.formatted(fractionDigits: 2)
                values[rating] = String(achievement.band)
                grades += [percent, rating]
            }
            var summary: [String] = []
            if let value = a.value {
                values[Self.prefix + "\(a.code).value"] = value.description
                summary.append(Self.prefix + "\(a.code).value")
            }
            values[Self.prefix + "\(a.code).units"] = String(Set(a.contributors.map(\.unitID)).count)
            summary.append(Self.prefix + "\(a.code).units")
            var all = summary
            for (n, c) in a.contributors.enumerated() {
                let key = Self.prefix + "\(a.code).\(n + 1).\(c.unitID)"
                var figures = [("value", c.value)]
                if a.aggregation == .ratio, let numerator = c.numerator, let denominator = c.denominator {
                    figures += [("numerator", numerator), ("denominator", denominator)]
                }
                for (name, figure) in figures {
                    values["\(key).\(name)"] = figure.description
                    all.append("\(key).\(name)")
                }
            }
            summaryKeys[a.code] = summary
            allKeys[a.code] = all
            self.summary += summary
            keys += all
        }
        var pages: [String: [String]] = [:]
        var alignmentPage: [String] = []
        for plan in report.framework.plans {
            var planPage: [String] = []
            for item in plan.flattenedItems {
                pages[OutputPath.item(item.code)] = item.indicators.flatMap { allKeys[$0.code] ?? [] }
                planPage += item.indicators.flatMap { summaryKeys[$0.code] ?? [] }
            }
            pages[OutputPath.plan(plan.id)] = planPage
            alignmentPage += planPage
        }
        pages[OutputPath.alignment] = alignmentPage
        self.values = values
        self.keys = keys
        self.pages = pages
        self.grades = grades
        self.scales = scales
    }
}
