import Foundation
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressBooklet
@testable import PlanPressCore
@testable import PlanPressData
@testable import PlanPressPresentation
@testable import PlanPressPublish
@testable import PlanPressSite
@testable import PlanPressTemplates
@testable import PlanPressValidate
@testable import PlanPressValidationReport
@testable import PlanPressXML

/// `AuditAnalysis` (the audit's matrices, summed in one pass) against `AlignmentAnalysis`.
@Suite(.serialized) struct AuditAnalysisTests {
    static func flat(_ m: AuditAnalysis.Matrix) -> [String] {
        m.rows.map { "row \($0.id) \($0.label)" } + m.columns.map { "column \($0.code) \($0.label)" }
            + m.cells.flatMap { $0.map { "\($0.projects) \($0.allocated.plain)" } }
    }

    static func flat(_ m: AlignmentAnalysis.Matrix) -> [String] {
        m.rows.map { "row \($0.id) \($0.label)" } + m.columns.map { "column \($0.code) \($0.label)" }
            + m.cells.flatMap { $0.map { "\($0.projects) \($0.allocated.plain)" } }
    }

    @Test func theAuditsAnalysisEqualsTheFullOne() throws {
        for report in try DataAnalysisTests.reports() {
            let full = AlignmentAnalysis(report)
            let audit = AuditAnalysis(report)
            #expect(Self.flat(audit.unitsByStrategy) == Self.flat(full.unitsByStrategy))
            #expect(Self.flat(audit.affiliationsByNational) == Self.flat(full.affiliationsByNational))
            #expect(audit.unitsByStrategy.cells.joined().contains { $0.projects > 0 })
            #expect(audit.affiliationsByNational.cells.joined().contains { $0.projects > 0 })
            #expect(audit.projectsServingSeveral == full.projectsServingSeveral)
            #expect(audit.indicatorGaps == full.indicatorGaps.count)
        }
    }
}
