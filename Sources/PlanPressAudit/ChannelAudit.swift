import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPublish
import PlanPressXML

/// Checks that every channel states the headline figures exactly as they were computed: the
/// site's home page, the booklet, `report.xml`, `report.json` and the CSVs, read back from the
/// bytes that are about to be published. The alignment section (the analysis page, the plan and
/// item pages) is held to `HeadlineFigures.alignment`: every item's roll-up, the matrices' cells,
/// the gaps and the projects serving several items, which the data channels state too. Every
/// strategic indicator's value for the year and the units' figures it is made from
/// (`IndicatorFigures`) are held alike wherever an indicator is shown: its item's page (every
/// figure), its plan's page and the analysis page (the value and the number of units), the
/// booklet, `report.xml` and `report.json` (every figure).
public enum ChannelAudit {
    /// One figure a channel states differently (or does not state).
    public struct Mismatch: Sendable, CustomStringConvertible {
        public var channel: String
        public var key: String
        public var expected: String
        public var found: String?

        public var description: String {
            "\(channel): \(key) is \(found ?? "missing"), expected \(expected)"
        }
    }

    public struct Failed: LocatedError, CustomStringConvertible {
        public var mismatches: [Mismatch]
        /// The first channel that disagrees.
        public var path: String? { mismatches.first?.channel }
        public var description: String {
            "the channels disagree: " + mismatches.prefix(8).map(\.description).joined(separator: "; ")
                + (mismatches.count > 8 ? " (and \(mismatches.count - 8) more)" : "")
        }
    }

    /// What one published file states of the figures: read from its bytes as soon as the file is
    /// made, so that the build need not keep the file (at national scale the files the audit reads
    /// are over a gigabyte).
    public struct Statement: Sendable {
        var stated: [String: String]
        var shown: [Shown] = []
        /// A page's grades as shown: `indicator.CODE.rating` → the label a reader sees.
        var labels: [String: String] = [:]

        public init(stated: [String: String]) {
            self.stated = stated
        }

        init(marks bytes: [UInt8]) {
            (stated, shown, labels) = ChannelAudit.fromMarks(bytes)
        }
    }

    /// The elements of `report.xml` the audit reads, and the parents whose attributes it reads
    /// with them.
    public static let xmlQuery = XMLEngine.ElementQuery(
        names: [
            "totals", "figures", "rollup", "plan", "item", "strategicIndicator", "contributor", "yearTotals", "yearItem", "yearUnit",
            "yearIndicator", "change",
        ], parents: ["report", "unit", "historyYear"])

    /// Reads what each file the audit reads states; the comparison comes later (`check`).
    public struct Reader: Sendable {
        let figures: HeadlineFigures
        let indicators: IndicatorFigures
        /// The years before and this year's change from them (`Trends`).
        let history: HistoryFigures
        /// Whether there is an earlier year: the data files list the years only then.
        let hasHistory: Bool
        let primaryPlan: String
        let fiscalYear: Int

        /// The figures of `report`, and of the years before as `trends` matches them (none
        /// without `trends`).
        public init(_ report: Report, trends: Trends? = nil) {
            let trends = trends ?? Trends(history: History(), report: report)
            self.init(
                figures: HeadlineFigures(report), indicators: IndicatorFigures(report), history: HistoryFigures(trends),
                hasHistory: trends.hasHistory, primaryPlan: report.site.primaryPlan, fiscalYear: report.site.fiscalYear)
        }

        init(
            figures: HeadlineFigures, indicators: IndicatorFigures, history: HistoryFigures, hasHistory: Bool, primaryPlan: String,
            fiscalYear: Int
        ) {
            self.figures = figures
            self.indicators = indicators
            self.history = history
            self.hasHistory = hasHistory
            self.primaryPlan = primaryPlan
            self.fiscalYear = fiscalYear
        }

        /// What `file` states; nil for a file the audit does not read.
        public func statement(_ file: OutputFile) -> Statement? {
            statement(StagedContent(path: file.path, bytes: file.bytes, url: nil))
        }

        /// What a staged file states; nil for a file the audit does not read. A streamed
        /// `report.xml` is read from its file (as its validation read it, when that was just now).
        public func statement(_ file: StagedContent) -> Statement? {
            guard ChannelAudit.reads(file.path) else { return nil }
            if file.path == OutputPath.reportXML, file.bytes == nil, let url = file.url {
                let elements = XMLEngine.shared.elements(ChannelAudit.xmlQuery, inFile: url.path)
                return Statement(stated: fromXML(elements: elements, planOfItem: figures.alignment.planOfItem))
            }
            let bytes = file.contents()
            switch file.path {
            case OutputPath.projectsCSV: return Statement(stated: fromProjectsCSV(bytes, figures: figures))
            case OutputPath.alignmentCSV: return Statement(stated: fromAlignmentCSV(bytes, figures: figures))
            case OutputPath.trendsCSV: return Statement(stated: fromTrendsCSV(bytes))
            case OutputPath.strategicIndicatorsCSV: return Statement(stated: fromStrategicIndicatorsCSV(bytes, indicators: indicators))
            case OutputPath.reportJSON: return Statement(stated: fromJSON(bytes, primaryPlan: primaryPlan))
            case OutputPath.reportXML:
                return Statement(stated: fromXML(bytes, primaryPlan: primaryPlan, planOfItem: figures.alignment.planOfItem))
            default: return Statement(marks: bytes)
            }
        }
    }

    static func add(_ out: inout [String: String], _ prefix: String, projects: Int, allocated: Money, spent: Money, counts: (Int, Int, Int))
    {
        out["\(prefix).projects"] = String(projects)
        out["\(prefix).allocated"] = allocated.plain
        out["\(prefix).spent"] = spent.plain
        out["\(prefix).indicators.achieved"] = String(counts.0)
        out["\(prefix).indicators.not_achieved"] = String(counts.1)
        out["\(prefix).indicators.not_measured"] = String(counts.2)
    }

    static func money(_ s: String?) -> Money {
        guard let s, let n = DecimalNumber(ascii: Substring(s)), let m = Money(n) else { return .zero }
        return m
    }
}
