import PlanPressAlign
import PlanPressCore

/// The two parts of `AlignmentAnalysis` that `report.json` and `report.xml` state: per plan, the
/// projects reaching more than one of its top-level items, and each strategic indicator's
/// assessment for the year. Computed exactly as `AlignmentAnalysis` computes them (its `mean`
/// included), without the matrices and flows, which cost O(units × strategies × projects):
/// about 3 s per analysis at the national scale. `DataAnalysisTests` compares the two.
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
        let reached = report.allProjects.map { Set($0.alignedCodes) }
        var several: [String: Int] = [:]
        for plan in report.framework.plans {
            let top = Set(plan.items.map(\.code))
            several[plan.id] = reached.filter { $0.intersection(top).count > 1 }.count
        }
        projectsServingSeveral = several
        let year = report.site.fiscalYear
        indicators = report.strategicIndicators.map { r in
            let target = r.indicator.target(for: year)
            let value = AlignmentAnalysis.mean(r.reported.map(\.value))
            var status = AlignmentAnalysis.IndicatorStatus.noData
            if let value, let target {
                let met = r.indicator.direction == .increase ? value >= target : value <= target
                status = met ? .met : .notMet
            }
            return Assessment(code: r.indicator.code, value: value, target: target, status: status)
        }
    }

    /// The same two parts taken from a full analysis.
    init(_ analysis: AlignmentAnalysis) {
        projectsServingSeveral = analysis.projectsServingSeveral
        indicators = analysis.indicators.map { Assessment(code: $0.code, value: $0.value, target: $0.target, status: $0.status) }
    }

    func assessment(_ code: String) -> Assessment? { indicators.first { $0.code == code } }
}
