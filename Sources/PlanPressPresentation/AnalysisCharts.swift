import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// The charts of the alignment analysis, drawn from a report for one channel's digits; shared by
/// the site and the booklet so both show the same pictures.
public struct AnalysisCharts: Sendable {
    public let report: Report
    public let analysis: AlignmentAnalysis
    package let fmt: DisplayFormatter
    /// How a plan item is named in a chart (its code on the site; a numbered label in the booklet).
    package let label: @Sendable (String) -> String

    public init(report: Report, analysis: AlignmentAnalysis, digits: NumeralStyle, label: @escaping @Sendable (String) -> String = { $0 }) {
        self.report = report
        self.analysis = analysis
        fmt = DisplayFormatter(digits: digits)
        self.label = label
    }

    package var primaryItems: [PlanItem] { report.framework.plan(report.site.primaryPlan)?.items ?? [] }

    /// Budget allocated per strategy of the primary plan (bars).
    public func budgetByStrategy(id: String) -> String {
        let items = primaryItems.compactMap { item in report.rollup(item.code).map { (label(item.code), $0.figures.allocated) } }
        return SVGChart.bars(
            id: id, title: "งบประมาณตามประเด็นยุทธศาสตร์",
            desc: "งบประมาณที่ได้รับของโครงการที่สอดคล้องกับแต่ละประเด็นยุทธศาสตร์ของ\(planName) หน่วยเป็นล้านบาท: "
                + items.map { "\($0.0) \(fmt.millions($0.1))" }.joined(separator: ", "),
            items: items.map { ($0.0, $0.1, fmt.millions($0.1)) })
    }

    /// Indicator results per strategy of the primary plan (stacked bars).
    public func indicatorsByStrategy(id: String) -> String {
        let items = primaryItems.compactMap { item in
            report.rollup(item.code).map {
                (label(item.code), $0.figures.indicators.achieved, $0.figures.indicators.notAchieved, $0.figures.indicators.notMeasured)
            }
        }
        return SVGChart.stackedBars(
            id: id, title: "ผลการบรรลุตัวชี้วัดตามประเด็นยุทธศาสตร์",
            desc: "จำนวนตัวชี้วัดโครงการที่บรรลุ ไม่บรรลุ และยังไม่ได้วัดผล ในแต่ละประเด็นยุทธศาสตร์: "
                + items.map { "\($0.0) บรรลุ \(fmt.count($0.1)) ไม่บรรลุ \(fmt.count($0.2)) ยังไม่วัด \(fmt.count($0.3))" }.joined(
                    separator: ", "),
            items: items.map { (label: $0.0, achieved: $0.1, notAchieved: $0.2, notMeasured: $0.3) },
            legend: ("บรรลุ", "ไม่บรรลุ", "ยังไม่ได้วัดผล"), digits: fmt.digits)
    }

    /// Budget flowing from affiliations to primary strategies to national strategies (Sankey).
    public func budgetFlow(id: String) -> String {
        let affiliations = analysis.affiliationsByNational.rows.map { (id: $0.id, label: $0.label) }
        let strategies = primaryItems.map { (id: $0.code, label: label($0.code)) }
        let national = (report.framework.plans.first?.items ?? []).map { (id: $0.code, label: label($0.code)) }
        let flows = analysis.flows.map { (from: $0.from, to: $0.to, value: $0.allocated.satang) }
        return SVGChart.sankey(
            id: id, title: "เส้นทางงบประมาณ: สังกัด → ประเด็นยุทธศาสตร์จังหวัด → ยุทธศาสตร์ชาติ",
            desc: "ความกว้างของเส้นแทนงบประมาณของโครงการที่เชื่อมทั้งสองปลาย โครงการที่สอดคล้องหลายรายการนับเต็มจำนวนในทุกเส้น: "
                + analysis.flows.map { "\(label($0.from)) → \(label($0.to)) \(fmt.millions($0.allocated))" }.joined(separator: ", "),
            columns: [affiliations, strategies, national], flows: flows)
    }

    /// One strategic indicator: baseline and targets against the year's value, and with `history`
    /// (the values earlier years' reports give, ascending) the line of the values year by year.
    public func indicatorLine(_ indicator: StrategicIndicator, id: String, history: [(year: Int, value: DecimalNumber)] = []) -> String {
        let assessment = analysis.assessment(indicator.code)
        let baseline = indicator.baselineValue.flatMap { v in indicator.baselineYear.map { (year: $0, value: v) } }
        let value = assessment?.value.map { (year: report.site.fiscalYear, value: $0) }
        var desc = "ค่าฐาน \(baseline.map { "\($0.value) (\($0.year))" } ?? "ไม่มี") ค่าเป้าหมาย "
        desc += indicator.targets.map { "\($0.year): \($0.value)" }.joined(separator: ", ")
        if !history.isEmpty {
            desc += " ค่าที่รายงานในปีก่อน " + history.map { "\($0.year): \($0.value)" }.joined(separator: ", ")
        }
        desc += " ค่าที่รายงานปี \(report.site.fiscalYear): \(assessment?.value?.description ?? "ไม่มีข้อมูล")"
        return SVGChart.indicatorLine(
            id: id, title: "\(indicator.code) \(indicator.name)", desc: fmt.text(desc), baseline: baseline, targets: indicator.targets,
            value: value, history: history, digits: fmt.digits)
    }

    /// Budget allocated and spent in each year compared (grouped bars, millions of baht) of
    /// `subject` (the province, a unit, a plan item); a year without figures has no bars.
    public func budgetByYear(id: String, subject: String, years: [Int], figures: [(allocated: Money, spent: Money)?]) -> String {
        let labels = years.map { fmt.text(String($0)) }
        var desc = "งบประมาณที่ได้รับและที่ใช้จ่ายจริงของ\(subject)ในแต่ละปีงบประมาณ หน่วยเป็นล้านบาท: "
        desc += zip(labels, figures).map { year, f in
            f.map { "\(year) ได้รับ \(fmt.millionsFigure($0.allocated)) ใช้จ่าย \(fmt.millionsFigure($0.spent))" } ?? "\(year) ไม่มีข้อมูล"
        }.joined(separator: ", ")
        return SVGChart.yearBars(
            id: id, title: "งบประมาณรายปีของ\(subject) (ล้านบาท)", desc: desc, years: labels,
            current: years.firstIndex(of: report.site.fiscalYear),
            series: [
                SVGChart.YearSeries(
                    label: "งบประมาณที่ได้รับ", color: SVGChart.palette[0],
                    values: figures.map { $0.map { ($0.allocated, fmt.millionsFigure($0.allocated)) } }),
                SVGChart.YearSeries(
                    label: "ใช้จ่ายจริง", color: SVGChart.palette[1],
                    values: figures.map { $0.map { ($0.spent, fmt.millionsFigure($0.spent)) } }),
            ])
    }

    package var planName: String { fmt.text(report.framework.plan(report.site.primaryPlan)?.name ?? report.site.primaryPlan) }
}
