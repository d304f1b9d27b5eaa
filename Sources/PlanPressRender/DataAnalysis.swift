import PlanPressAlign
import PlanPressCore

/// The two parts of `AlignmentAnalysis` that `report.json` and `report.xml` state: per plan, the
/// projects reaching more than one of its top-level items, and each strategic indicator's
/// assessment for the year, by `AlignmentAnalysis`' own functions, without the matrices and
/// flows the data files do not state. `DataAnalysisTests` compares the two.
struct DataAnalysis: Sendable {
    struct Assessment: Sendable {
        var code: String
        var value: DecimalNumber?
        var target: DecimalNumber?
        var status: AlignmentAnalysis.IndicatorStatus
    }

    var projectsServingSeveral: [String: Int]
    var indicators: [Assessment]

    init(_ report: Report) {
        projectsServingSeveral = AlignmentAnalysis.projectsServingSeveral(report, reached: report.allProjects.map { Set($0.alignedCodes) })
        indicators = AlignmentAnalysis.assessments(report).map {
            Assessment(code: $0.code, value: $0.value, target: $0.target, status: $0.status)
        }
    }

    /// The same two parts taken from a full analysis.
    init(_ analysis: AlignmentAnalysis) {
        projectsServingSeveral = analysis.projectsServingSeveral
        indicators = analysis.indicators.map { Assessment(code: $0.code, value: $0.value, target: $0.target, status: $0.status) }
    }

    func assessment(_ code: String) -> Assessment? { indicators.first { $0.code == code } }
}
