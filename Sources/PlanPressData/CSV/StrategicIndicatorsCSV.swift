import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// `data/strategic_indicators.csv`: one row per strategic indicator for the fiscal year, in
/// framework order, with the value its `aggregation` makes and its grade.
enum StrategicIndicatorsCSV {
    struct Row {
        var indicator: StrategicIndicator
        var planID: String
        var year: Int
        var assessment: DataAnalysis.Assessment?
    }

    static let table = CSVTable<Row>(columns: [
        .text("code") { $0.indicator.code },
        .text("name") { $0.indicator.name },
        .text("plan_id") { $0.planID },
        .text("unit") { $0.indicator.unit ?? "" },
        .text("direction") { $0.indicator.direction.rawValue },
        .text("aggregation") { ($0.indicator.aggregation ?? .mean).rawValue },
        .number("year") { String($0.year) },
        .number("value") { $0.assessment?.value?.description ?? "" },
        .number("target") { $0.assessment?.target?.description ?? "" },
        .text("result") { ($0.assessment?.status ?? .noData).rawValue },
        .number("percent_of_target") { $0.assessment?.achievement?.percent.formatted(fractionDigits: 2) ?? "" },
        .text("rating") { $0.assessment?.rating?.label ?? "" },
        .number("units_reporting") { String(Set(($0.assessment?.contributors ?? []).map(\.unitID)).count) },
    ])

    static func bytes(_ report: Report, data analysis: DataAnalysis) -> [UInt8] {
        let rows = report.framework.plans.flatMap { plan in
            plan.flattenedItems.flatMap { item in
                item.indicators.map {
                    Row(indicator: $0, planID: plan.id, year: report.site.fiscalYear, assessment: analysis.assessment($0.code))
                }
            }
        }
        return table.bytes(rows)
    }
}
