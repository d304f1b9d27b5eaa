import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressData
@testable import PlanPressValidate

/// `DataAnalysis` (the data channel's part of the analysis, without the matrices) against
/// `AlignmentAnalysis`, and the data documents made from either.
@Suite(.serialized) struct DataAnalysisTests {
    static let sample = Fixtures.base.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    static func reports() throws -> [Report] {
        let sample = ContentValidator(contentURL: Self.sample, displayBase: Self.sample, strict: false).validate()
        return [try Fixtures.report(Fixtures.base), try #require(Aligner(strict: false).align(sample).0)]
    }

    @Test func theDataChannelsPartEqualsTheFullAnalysis() throws {
        for report in try Self.reports() {
            let full = AlignmentAnalysis(report)
            let data = DataAnalysis(report)
            #expect(data.projectsServingSeveral == full.projectsServingSeveral)
            #expect(!data.indicators.isEmpty)
            #expect(data.indicators.map(\.code) == full.indicators.map(\.code))
            #expect(data.indicators.map(\.status) == full.indicators.map(\.status))
            #expect(data.indicators.map { $0.value?.description } == full.indicators.map { $0.value?.description })
            #expect(data.indicators.map { $0.target?.description } == full.indicators.map { $0.target?.description })
            #expect(data.indicators.map(\.aggregation) == full.indicators.map(\.aggregation))
            #expect(data.indicators.map(\.aggregationChosen) == full.indicators.map(\.aggregationChosen))
            #expect(data.indicators.map { $0.per?.description } == full.indicators.map { $0.per?.description })
            #expect(data.indicators.map { $0.contributors.map(\.unitID) } == full.indicators.map { $0.contributors.map(\.unitID) })
            #expect(
                data.indicators.map {
                    $0.contributors.map { "\($0.value) \($0.numerator?.description ?? "-")/\($0.denominator?.description ?? "-")" }
                }
                    == full.indicators.map {
                        $0.contributors.map { "\($0.value) \($0.numerator?.description ?? "-")/\($0.denominator?.description ?? "-")" }
                    })
            #expect(ReportJSON.document(report).serialized() == ReportJSON.document(report, analysis: full).serialized())
            #expect(ReportXML.document(report) == ReportXML.document(report, analysis: full))
        }
    }
}
