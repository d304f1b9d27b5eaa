import PlanPressCore
import PlanPressValidate

/// The two parts of `AlignmentAnalysis` that `report.json` and `report.xml` state: per plan, the
/// projects reaching more than one of its top-level items, and each strategic indicator's
/// assessment for the year, by `AlignmentAnalysis`' own functions, without the matrices and
/// flows the data files do not state. `DataAnalysisTests` compares the two.
package struct DataAnalysis: Sendable {
    package struct Assessment: Sendable {
        package var code: String
        package var value: DecimalNumber?
        package var target: DecimalNumber?
        package var status: AlignmentAnalysis.IndicatorStatus
        package var aggregation: Aggregation
        package var aggregationChosen: Bool
        /// The factor of a ratio (nil for the other aggregations).
        package var per: DecimalNumber?
        /// The entries the value is made from (unit, value or numerator and denominator, note, as_of).
        package var contributors: [StrategicIndicatorReport.Reported]
        package var achievement: Achievement?
        package var rating: RatingBand?
    }

    package var projectsServingSeveral: [String: Int]
    package var indicators: [Assessment]

    package init(_ report: Report) {
        projectsServingSeveral = AlignmentAnalysis.projectsServingSeveral(report, reached: report.allProjects.map { Set($0.alignedCodes) })
        indicators = AlignmentAnalysis.assessments(report).map(Self.assessment)
    }

    /// The same two parts taken from a full analysis.
    package init(_ analysis: AlignmentAnalysis) {
        projectsServingSeveral = analysis.projectsServingSeveral
        indicators = analysis.indicators.map(Self.assessment)
    }

    static func assessment(_ a: AlignmentAnalysis.IndicatorAssessment) -> Assessment {
        Assessment(
            code: a.code, value: a.value, target: a.target, status: a.status, aggregation: a.aggregation,
            aggregationChosen: a.aggregationChosen, per: a.per, contributors: a.contributors, achievement: a.achievement,
            rating: a.rating)
    }

    package func assessment(_ code: String) -> Assessment? { indicators.first { $0.code == code } }
}
