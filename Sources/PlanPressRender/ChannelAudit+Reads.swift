import PlanPressAlign

extension ChannelAudit {
    /// The files `check` reads: a streaming build keeps only these in memory for the audit.
    public static func reads(_ path: String) -> Bool {
        switch path {
        case "data/projects.csv", "data/alignment.csv", "data/report.json", "data/report.xml", "index.html", "print/booklet.html":
            return true
        default:
            return AlignmentFigures.isAlignmentPage(path)
        }
    }
}

extension ChannelAudit {
    /// Throws `Failed` naming every figure that a channel among `files` states differently.
    public static func verify(_ report: Report, files: [OutputFile]) throws {
        let mismatches = check(HeadlineFigures(report), files: files, primaryPlan: report.site.primaryPlan)
        guard mismatches.isEmpty else { throw Failed(mismatches: mismatches) }
    }
}
