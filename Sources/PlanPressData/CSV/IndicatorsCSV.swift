import PlanPressAlign
import PlanPressValidate

/// `data/indicators.csv`: one row per project indicator, in report order.
enum IndicatorsCSV {
    struct Row {
        var project: AlignedProject
        /// The indicator's place in its project.
        var index: Int
        var indicator: Indicator { project.project.indicators[index] }
    }

    static let table = CSVTable<Row>(columns: [
        .text("unit_id") { $0.project.unitID },
        .text("project_id") { $0.project.project.id },
        .number("indicator_no") { String($0.index + 1) },
        .text("name") { $0.indicator.name },
        .text("kind") { $0.indicator.kind.rawValue },
        .text("unit") { $0.indicator.unit ?? "" },
        .text("target") { $0.indicator.target.plain },
        .text("actual") { $0.indicator.actual?.plain ?? "" },
        .text("direction") { $0.indicator.direction.rawValue },
        .text("result") { $0.project.outcomes[$0.index].rawValue },
        .text("contributes_to") { $0.indicator.contributesTo?.code ?? "" },
    ])

    static func bytes(_ report: Report) -> [UInt8] {
        table.bytes(report.allProjects.lazy.flatMap { p in p.project.indicators.indices.lazy.map { Row(project: p, index: $0) } })
    }
}
