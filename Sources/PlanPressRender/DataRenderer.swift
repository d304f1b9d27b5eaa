import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// The data channel's first cut: `projects.csv`, `indicators.csv`, `alignment.csv`, `report.json`.
public struct DataRenderer: Sendable {
    public init() {}

    /// The XML did not validate against its schema: an internal error, named by element and line.
    public struct InvalidXML: Error, CustomStringConvertible {
        public var problems: [XMLEngine.ValidationProblem]
        public var description: String {
            "data/report.xml does not match data/report.xsd: " + problems.prefix(5).map(\.description).joined(separator: "; ")
        }
    }

    /// Runs the cross-channel audit over everything that is about to be published and adds the
    /// manifest; throws when any channel states a headline figure differently. (A build does the
    /// same through its `StagingFolder`, whose files are hashed as they are made.)
    public func seal(_ files: [OutputFile], report: Report) throws -> [OutputFile] {
        try ChannelAudit.verify(report, files: files)
        return files + [Manifest.file(for: files)]
    }

    /// Renders the data channel and validates `report.xml` against `report.xsd` before anything
    /// is published.
    public func render(_ report: Report) throws -> [OutputFile] {
        // One analysis for both documents; `report.xml` (built and validated by libxml2) is made
        // beside the JSON and the CSVs.
        let analysis = DataAnalysis(report)
        let xsd = Array(ReportXSD.text.utf8)
        let parts = Parallel.map([0, 1]) { job -> (files: [[UInt8]], problems: [XMLEngine.ValidationProblem]) in
            if job == 0 {
                let xml = ReportXML.document(report, data: analysis)
                return ([xml], XMLEngine.shared.validate(document: xml, schema: xsd))
            }
            return (
                [
                    projectsCSV(report), indicatorsCSV(report), alignmentCSV(report),
                    ReportJSON.document(report, data: analysis).serialized(),
                ],
                []
            )
        }
        guard parts[0].problems.isEmpty else { throw InvalidXML(problems: parts[0].problems) }
        let xml = parts[0].files[0]
        let other = parts[1].files
        return [
            OutputFile(path: "data/projects.csv", bytes: other[0]),
            OutputFile(path: "data/indicators.csv", bytes: other[1]),
            OutputFile(path: "data/alignment.csv", bytes: other[2]),
            OutputFile(path: "data/report.json", bytes: other[3]),
            OutputFile(path: "data/report.xml", bytes: xml),
            OutputFile(path: "data/report.xsd", bytes: xsd),
            OutputFile(path: "data/report.xsl", bytes: Array(ReportXSL.text.utf8)),
            OutputFile(path: "data/report.schema.json", bytes: Array(ReportJSONSchema.text.utf8)),
            DataCatalog.file(report),
        ]
    }

    static let projectColumns = [
        "unit_id", "unit_name", "project_id", "project_name", "status", "allocated", "spent", "source", "strategies",
        "aligned_codes", "indicators", "indicators_achieved", "indicators_not_achieved", "indicators_not_measured", "start", "end",
    ]

    func projectsCSV(_ report: Report) -> [UInt8] {
        var csv = CSVWriter(header: Self.projectColumns)
        for unit in report.units {
            for p in unit.projects {
                let project = p.project
                csv.row([
                    .text(p.unitID), .text(unit.submission.unit.name), .text(project.id), .text(project.name),
                    .text(project.status.rawValue), .number(project.allocated.plain), .number(project.spent.plain),
                    .text(project.budget?.source.rawValue ?? ""), .text(p.writtenCodes.joined(separator: ";")),
                    .text(p.alignedCodes.joined(separator: ";")), .number(String(p.counts.total)),
                    .number(String(p.counts.achieved)), .number(String(p.counts.notAchieved)), .number(String(p.counts.notMeasured)),
                    .number(project.period?.start?.iso ?? ""), .number(project.period?.end?.iso ?? ""),
                ])
            }
        }
        return csv.bytes
    }

    static let indicatorColumns = [
        "unit_id", "project_id", "indicator_no", "name", "kind", "unit", "target", "actual", "direction", "result", "contributes_to",
    ]

    func indicatorsCSV(_ report: Report) -> [UInt8] {
        var csv = CSVWriter(header: Self.indicatorColumns)
        for p in report.allProjects {
            for (i, ind) in p.project.indicators.enumerated() {
                csv.row([
                    .text(p.unitID), .text(p.project.id), .number(String(i + 1)), .text(ind.name), .text(ind.kind.rawValue),
                    .text(ind.unit ?? ""), .text(ind.target.plain), .text(ind.actual?.plain ?? ""), .text(ind.direction.rawValue),
                    .text(p.outcomes[i].rawValue), .text(ind.contributesTo?.code ?? ""),
                ])
            }
        }
        return csv.bytes
    }

    static let alignmentColumns = [
        "plan_id", "code", "name", "depth", "projects", "units", "allocated", "spent", "indicators_achieved",
        "indicators_not_achieved", "indicators_not_measured",
    ]

    func alignmentCSV(_ report: Report) -> [UInt8] {
        var csv = CSVWriter(header: Self.alignmentColumns)
        for r in report.rollups {
            let f = r.figures
            csv.row([
                .text(r.item.planID), .text(r.item.code), .text(r.item.name), .number(String(r.item.depth)),
                .number(String(f.projects)), .number(String(f.units)), .number(f.allocated.plain), .number(f.spent.plain),
                .number(String(f.indicators.achieved)), .number(String(f.indicators.notAchieved)),
                .number(String(f.indicators.notMeasured)),
            ])
        }
        return csv.bytes
    }
}
