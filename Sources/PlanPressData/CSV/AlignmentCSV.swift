import PlanPressAlign
import PlanPressValidate

/// `data/alignment.csv`: one row per plan item, with its roll-up, in plan order.
enum AlignmentCSV {
    static let table = CSVTable<ItemRollup>(columns: [
        .text("plan_id") { $0.item.planID },
        .text("code") { $0.item.code },
        .text("name") { $0.item.name },
        .number("depth") { String($0.item.depth) },
        .number("projects") { String($0.figures.projects) },
        .number("units") { String($0.figures.units) },
        .number("allocated") { $0.figures.allocated.plain },
        .number("spent") { $0.figures.spent.plain },
        .number("indicators_achieved") { String($0.figures.indicators.achieved) },
        .number("indicators_not_achieved") { String($0.figures.indicators.notAchieved) },
        .number("indicators_not_measured") { String($0.figures.indicators.notMeasured) },
    ])

    static func bytes(_ report: Report) -> [UInt8] {
        table.bytes(report.rollups)
    }
}
