import PlanPressAlign
import PlanPressValidate

/// `data/indicators.csv`: one row per project indicator, in report order.
enum IndicatorsCSV {
    struct Row {
        var project: AlignedProject
        /// The indicator's place in its project.
        var index: Int
        /// The grades of project indicators (`Report.ratingScale`).
        var scale: RatingScale
        var indicator: Indicator { project.project.indicators[index] }
        var achievement: Achievement? { project.achievements[index] }
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
        .number("percent_of_target") { $0.achievement?.percent.formatted(fractionDigits: 2) ?? "" },
        .text("rating") { row in row.achievement.map { row.scale.bands[$0.band].label } ?? "" },
    ])

    static func bytes(_ report: Report) -> [UInt8] {
        let scale = report.ratingScale
        return table.bytes(
            report.allProjects.lazy.flatMap { p in p.project.indicators.indices.lazy.map { Row(project: p, index: $0, scale: scale) } })
    }
}
