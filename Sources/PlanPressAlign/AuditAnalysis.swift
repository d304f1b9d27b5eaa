import PlanPressCore

/// The parts of `AlignmentAnalysis` that the channel audit expects the site to state: the two
/// matrices, the projects serving several top items per plan, and the number of strategic
/// indicators with no data. The same figures, but each matrix is summed in one pass over the
/// projects (grouped by unit id and by affiliation code) instead of one filter over all projects
/// per cell, O(units × strategies × projects): about 3 s of a national build's audit.
/// `AuditAnalysisTests` compares every cell with `AlignmentAnalysis`.
package struct AuditAnalysis {
    package struct Cell {
        package var projects = 0
        package var allocated = Money.zero
    }

    package struct Matrix {
        package var rows: [(id: String, label: String)]
        package var columns: [(code: String, label: String)]
        /// `cells[row][column]`.
        package var cells: [[Cell]]
    }

    package var unitsByStrategy: Matrix
    package var affiliationsByNational: Matrix
    package var projectsServingSeveral: [String: Int]
    package var indicatorGaps: Int

    package init(_ report: Report) {
        let primary = report.framework.plan(report.site.primaryPlan)?.items ?? []
        let national = report.framework.plans.first?.items ?? []
        let projects = report.allProjects
        let reached = projects.map { Set($0.alignedCodes) }
        let unitOf = Dictionary(report.units.map { ($0.submission.unit.id, $0.submission.unit) }, uniquingKeysWith: { a, _ in a })

        // A row's cells are the sums over the projects whose unit id (or whose unit's
        // affiliation) is the row's: summed once per project, then looked up per row.
        var byUnit: [String: [Cell]] = [:]
        var byAffiliation: [String: [Cell]] = [:]
        for (i, p) in projects.enumerated() {
            for (j, item) in primary.enumerated() where reached[i].contains(item.code) {
                byUnit[p.unitID, default: Array(repeating: Cell(), count: primary.count)][j].projects += 1
                byUnit[p.unitID, default: Array(repeating: Cell(), count: primary.count)][j].allocated += p.project.allocated
            }
            guard let affiliation = unitOf[p.unitID]?.affiliation else { continue }
            for (j, item) in national.enumerated() where reached[i].contains(item.code) {
                byAffiliation[affiliation, default: Array(repeating: Cell(), count: national.count)][j].projects += 1
                byAffiliation[affiliation, default: Array(repeating: Cell(), count: national.count)][j].allocated += p.project.allocated
            }
        }
        unitsByStrategy = Matrix(
            rows: report.units.map { ($0.submission.unit.id, $0.submission.unit.displayName) },
            columns: primary.map { ($0.code, $0.name) },
            cells: report.units.map { byUnit[$0.submission.unit.id] ?? Array(repeating: Cell(), count: primary.count) })
        let affiliations = report.site.affiliations.filter { a in report.units.contains { $0.submission.unit.affiliation == a.code } }
        affiliationsByNational = Matrix(
            rows: affiliations.map { ($0.code, $0.displayName) },
            columns: national.map { ($0.code, $0.name) },
            cells: affiliations.map { byAffiliation[$0.code] ?? Array(repeating: Cell(), count: national.count) })

        var several: [String: Int] = [:]
        for plan in report.framework.plans {
            let top = Set(plan.items.map(\.code))
            several[plan.id] = reached.filter { $0.intersection(top).count > 1 }.count
        }
        projectsServingSeveral = several
        indicatorGaps = report.strategicIndicators.filter { $0.reported.isEmpty && $0.contributions.isEmpty }.count
    }
}
