import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPublish
import PlanPressValidate
import PlanPressXML

/// The data channel: `report.xml` (validated against `report.xsd`), `report.json`, the CSVs
/// (`projects`, `indicators`, `alignment`, `strategic_indicators`, `trends`), the schemas, the
/// stylesheet and the catalogue.
public struct DataRenderer: Sendable {
    /// The elements of `report.xml` to read in the pass that validates it and to remember for
    /// the next reader that asks for them (the channel audit's), so that it need not be parsed
    /// twice.
    public var xmlQuery: XMLEngine.ElementQuery?

    public init(readingAlong xmlQuery: XMLEngine.ElementQuery? = nil) {
        self.xmlQuery = xmlQuery
    }

    /// The XML did not validate against its schema: an internal error, named by element and line.
    public struct InvalidXML: LocatedError, CustomStringConvertible {
        public var problems: [XMLEngine.ValidationProblem]
        public var path: String? { OutputPath.reportXML }
        public var description: String {
            "\(OutputPath.reportXML) does not match \(OutputPath.reportXSD): "
                + problems.prefix(5).map(\.description).joined(separator: "; ")
        }
    }

    /// Renders the data channel and validates `report.xml` against `report.xsd` before anything
    /// is published.
    public func render(_ report: Report, trends: Trends? = nil) throws -> [OutputFile] {
        var files: [OutputFile] = []
        try render(report, trends: trends) { files.append($0) }
        return files
    }

    /// Renders the data channel file by file, handing each to `emit` as soon as it is made so that
    /// the caller can write it and let it go (at national scale the XML and JSON are a quarter
    /// of a gigabyte each). `report.xml` comes first and is validated against `report.xsd`
    /// before anything is emitted. With `staging`, `report.xml` and `report.json` are written
    /// straight into it a piece at a time, `report.xml` validated in parts as it is written
    /// (`ReportXMLParts`; when a part fails, the file is validated whole for libxml2's messages).
    /// `trends` sets this year beside the years of `content/history/` (`trends.csv`, the data
    /// files' `history`); without it there is no earlier year.
    public func render(
        _ report: Report, trends known: Trends? = nil, staging: StagingFolder? = nil, emit: (OutputFile) throws -> Void
    ) throws {
        // One analysis for both documents.
        let analysis = DataAnalysis(report)
        let trends = known ?? Trends(history: History(), report: report)
        let xsd = Array(ReportXSD.text.utf8)
        if let staging {
            try XMLEngine.shared.withParts(schema: Array(ReportXSD.partsText.utf8)) { validator in
                let parts = ReportXMLParts(validator, reading: xmlQuery ?? XMLEngine.ElementQuery(names: []))
                try staging.stream(
                    OutputPath.reportXML,
                    { flush in
                        var out: [UInt8] = []
                        ReportXML.write(report, data: analysis, trends: trends, into: &out, parts: parts, flush: flush)
                    },
                    check: { url in
                        if let elements = parts.validElements {
                            if let xmlQuery { XMLEngine.shared.remember(elements, of: xmlQuery, forFileAt: url.path) }
                            return
                        }
                        // A part failed: the whole file, validated as before, says where and why.
                        let problems = XMLEngine.shared.validate(fileAt: url.path, schema: xsd, reading: xmlQuery)
                        guard problems.isEmpty else { throw InvalidXML(problems: problems) }
                    })
            }
            try staging.stream(OutputPath.reportJSON) { flush in
                ReportJSON.document(report, data: analysis, trends: trends).serialize(flush: flush)
            }
        } else {
            let xml = ReportXML.document(report, data: analysis, trends: trends)
            let problems = XMLEngine.shared.validate(document: xml, schema: xsd, reading: xmlQuery)
            guard problems.isEmpty else { throw InvalidXML(problems: problems) }
            try emit(OutputFile(path: OutputPath.reportXML, bytes: consume xml))
            try emit(
                OutputFile(path: OutputPath.reportJSON, bytes: ReportJSON.document(report, data: analysis, trends: trends).serialized()))
        }
        try emit(OutputFile(path: OutputPath.projectsCSV, bytes: ProjectsCSV.bytes(report)))
        try emit(OutputFile(path: OutputPath.indicatorsCSV, bytes: IndicatorsCSV.bytes(report)))
        try emit(OutputFile(path: OutputPath.alignmentCSV, bytes: AlignmentCSV.bytes(report)))
        try emit(OutputFile(path: OutputPath.strategicIndicatorsCSV, bytes: StrategicIndicatorsCSV.bytes(report, data: analysis)))
        try emit(OutputFile(path: OutputPath.trendsCSV, bytes: TrendsCSV.bytes(trends)))
        try emit(OutputFile(path: OutputPath.reportXSD, bytes: xsd))
        try emit(OutputFile(path: OutputPath.reportXSL, bytes: Array(ReportXSL.text.utf8)))
        try emit(OutputFile(path: OutputPath.reportJSONSchema, bytes: Array(ReportJSONSchema.text.utf8)))
        try emit(DataCatalog.file(report))
    }
}
