import Foundation
import Testing

@testable import PlanPressAlign
@testable import PlanPressCore

/// `AlignmentAnalysis.Sums` (the matrices and flows, summed in one pass) against the reference
/// it replaced: each cell filtered from the projects of its row.
@Suite(.serialized) struct AlignmentSumsTests {
    typealias Cell = AlignmentAnalysis.Cell

    /// The matrices and flows as they were first computed, one filter per cell.
    static func reference(_ report: Report) -> (units: [[Cell]], affiliations: [[Cell]], flows: [AlignmentAnalysis.Flow]) {
        let primary = report.framework.plan(report.site.primaryPlan)?.items ?? []
        let national = report.framework.plans.first?.items ?? []
        let projects = report.allProjects
        let reached = projects.map { Set($0.alignedCodes) }
        let unitOf = Dictionary(report.units.map { ($0.submission.unit.id, $0.submission.unit) }, uniquingKeysWith: { a, _ in a })
        func cell(_ indices: [Int]) -> Cell {
            var c = Cell()
            for i in indices {
                c.projects += 1
                c.allocated += projects[i].project.allocated
            }
            return c
        }
        let units = report.units.map { u in
            primary.map { item in
                cell(projects.indices.filter { projects[$0].unitID == u.submission.unit.id && reached[$0].contains(item.code) })
            }
        }
        let affiliations = report.site.affiliations.filter { a in report.units.contains { $0.submission.unit.affiliation == a.code } }
        let inAffiliation = { (code: String) in projects.indices.filter { unitOf[projects[$0].unitID]?.affiliation == code } }
        let byAffiliation = affiliations.map { a in
            national.map { item in cell(inAffiliation(a.code).filter { reached[$0].contains(item.code) }) }
        }
        var flows: [AlignmentAnalysis.Flow] = []
        for a in affiliations {
            for s in primary {
                let c = cell(inAffiliation(a.code).filter { reached[$0].contains(s.code) })
                if c.projects > 0 { flows.append(.init(from: a.code, to: s.code, allocated: c.allocated, projects: c.projects)) }
            }
        }
        for s in primary {
            for n in national {
                let c = cell(projects.indices.filter { reached[$0].contains(s.code) && reached[$0].contains(n.code) })
                if c.projects > 0 { flows.append(.init(from: s.code, to: n.code, allocated: c.allocated, projects: c.projects)) }
            }
        }
        return (units, byAffiliation, flows)
    }

    @Test func theSumsEqualTheReference() throws {
        for report in try DataAnalysisTests.reports() {
            let analysis = AlignmentAnalysis(report)
            let reference = Self.reference(report)
            #expect(analysis.unitsByStrategy.cells == reference.units)
            #expect(analysis.affiliationsByNational.cells == reference.affiliations)
            #expect(analysis.flows == reference.flows)
            #expect(analysis.unitsByStrategy.cells.joined().contains { $0.projects > 0 })
            #expect(analysis.affiliationsByNational.cells.joined().contains { $0.projects > 0 })
            #expect(analysis.flows.count > 1)
            #expect(analysis.unitsByStrategy.rows.map(\.id) == report.units.map(\.submission.unit.id))
        }
    }
}
