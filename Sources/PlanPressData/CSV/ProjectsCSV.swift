import PlanPressAlign
import PlanPressValidate

/// `data/projects.csv`: one row per project, in report order.
enum ProjectsCSV {
    typealias Row = (unit: UnitReport, project: AlignedProject)

    static let table = CSVTable<Row>(columns: [
        .text("unit_id") { $0.project.unitID },
        .text("unit_name") { $0.unit.submission.unit.name },
        .text("project_id") { $0.project.project.id },
        .text("project_name") { $0.project.project.name },
        .text("status") { $0.project.project.status.rawValue },
        .number("allocated") { $0.project.project.allocated.plain },
        .number("spent") { $0.project.project.spent.plain },
        .text("source") { $0.project.project.budget?.source.rawValue ?? "" },
        .text("strategies") { $0.project.writtenCodes.joined(separator: ";") },
        .text("aligned_codes") { $0.project.alignedCodes.joined(separator: ";") },
        .number("indicators") { String($0.project.counts.total) },
        .number("indicators_achieved") { String($0.project.counts.achieved) },
        .number("indicators_not_achieved") { String($0.project.counts.notAchieved) },
        .number("indicators_not_measured") { String($0.project.counts.notMeasured) },
        .number("start") { $0.project.project.period?.start?.iso ?? "" },
        .number("end") { $0.project.project.period?.end?.iso ?? "" },
    ])

    static func bytes(_ report: Report) -> [UInt8] {
        table.bytes(report.units.lazy.flatMap { unit in unit.projects.lazy.map { (unit, $0) } })
    }
}
