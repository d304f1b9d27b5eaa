import PlanPressAlign
import PlanPressCore
import PlanPressPublish

extension ChannelAudit {
    /// The files `check` reads: a streaming build reads what these state as they are made.
    public static func reads(_ path: String) -> Bool {
        switch path {
        case OutputPath.projectsCSV, OutputPath.alignmentCSV, OutputPath.trendsCSV, OutputPath.strategicIndicatorsCSV,
            OutputPath.reportJSON, OutputPath.reportXML, OutputPath.home, OutputPath.bookletHTML:
            return true
        default:
            return OutputPath.isAlignmentPage(path)
        }
    }
}

extension ChannelAudit {
    /// Throws `Failed` naming every figure that a channel among `files` states differently.
    public static func verify(_ report: Report, files: [OutputFile]) throws {
        let mismatches = check(Reader(report), files: files)
        guard mismatches.isEmpty else { throw Failed(mismatches: mismatches) }
    }

    /// Throws `Failed` naming every figure that differs in what the files (by path) state.
    public static func verify(_ reader: Reader, statements: [String: Statement]) throws {
        let mismatches = check(reader, statements: statements)
        guard mismatches.isEmpty else { throw Failed(mismatches: mismatches) }
    }
}
