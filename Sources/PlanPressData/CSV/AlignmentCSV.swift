import PlanPressAlign
import PlanPressValidate

/// `data/alignment.csv`: one row per plan item, with its roll-up, in plan order.
enum AlignmentCSV {
    static let table = CSVTable<ItemRollup>(
        columns: [
            .text("plan_id") { $0.item.planID },
            .text("code") { $0.item.code },
            .text("name") { $0.item.name },
            .number("depth") { String($0.item.depth) },
        ] + CSVTable<ItemRollup>.Column.figures(\.figures))

    static func bytes(_ report: Report) -> [UInt8] {
        table.bytes(report.rollups)
    }
}
