import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressValidate

/// Strategic indicators as parts ๓ and ๔ print them: the value for the year, how it is made
/// (the aggregation and its formula) and the units' entries it is made from, each figure marked
/// for the figure audit under the keys the site uses.
extension BookletModel {
    /// A unit's display name in print, also for an expected unit that did not report (a `single`
    /// indicator's reporter).
    func printedUnitName(_ id: String) -> String {
        txt.plain(unitsByID[id]?.submission.unit.displayName ?? report.site.expectedUnits.first { $0.id == id }?.name ?? id)
    }

    /// The value, the aggregation and the number of units whose entries make the value.
    func making(_ ind: StrategicIndicator, _ a: AlignmentAnalysis.IndicatorAssessment?) -> PrintedMaking {
        let text = a.map { AggregationText($0, indicator: ind, unitName: printedUnitName, fmt: fmt) }
        let units = IndicatorMarks.unitCount(a?.contributors ?? [])
        return PrintedMaking(
            value: a?.value.map { audited(IndicatorMarks.value(ind.code), $0.description, fmt.number($0)) } ?? PrintedFigure(text: "–"),
            aggregation: text?.name ?? "", formula: text?.formula ?? "",
            units: audited(IndicatorMarks.units(ind.code), String(units), fmt.count(units)), grade: grade(ind, a))
    }

    /// The percentage of the year's target achieved and the grade on the indicator's own plan's
    /// scale, marked `indicator.CODE.percent` and `indicator.CODE.rating` (the band's index; the
    /// label is what is shown); nil without a value and a target for the year.
    func grade(_ ind: StrategicIndicator, _ a: AlignmentAnalysis.IndicatorAssessment?) -> PrintedGrade? {
        guard let achievement = a?.achievement, let band = a?.rating else { return nil }
        return PrintedGrade(
            percent: audited(
                "indicator.\(ind.code).percent", achievement.percent.formatted(fractionDigits: 2), fmt.percent(achievement.percent)),
            rating: audited("indicator.\(ind.code).rating", String(achievement.band), txt.plain(band.label)))
    }

    /// The entries the value is made from, in unit order; `no` names the indicator in a table of
    /// several indicators' entries.
    func contributors(_ ind: StrategicIndicator, _ a: AlignmentAnalysis.IndicatorAssessment?, no: String = "") -> [PrintedContributor] {
        let isRatio = a?.aggregation == .ratio
        return (a?.contributors ?? []).enumerated().map { n, c in
            let key = IndicatorMarks.contributor(ind.code, number: n + 1, unitID: c.unitID)
            func figure(_ name: String, _ v: DecimalNumber?) -> PrintedFigure? {
                v.map { audited("\(key).\(name)", $0.description, fmt.number($0)) }
            }
            return PrintedContributor(
                no: no, unit: printedUnitName(c.unitID), isRatio: isRatio,
                value: audited("\(key).value", c.value.description, fmt.number(c.value)),
                numerator: isRatio ? figure("numerator", c.numerator) : nil,
                denominator: isRatio ? figure("denominator", c.denominator) : nil,
                note: c.note.map(txt.plain) ?? "", asOf: c.asOf.map { fmt.shortDate($0) })
        }
    }
}
