import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressTestSupport
import PlanPressValidate
import Testing

@testable import PlanPressSite

/// The grades on the site: each strategic indicator's percentage of its target and its band on its
/// own plan's scale (item pages, a plan's list, the analysis page), and the counts of graded
/// project indicators by band, each marked as the audit reads it.
@Suite struct SiteGradeTests {
    @Test("a strategic indicator's grade is its assessment's: the percentage with two decimals, the band of its plan")
    func strategicIndicatorGrades() throws {
        let report = try Fixtures.report()
        let model = SiteModel(report: report)
        let analysis = AlignmentAnalysis(report)
        var graded = 0
        for ind in report.framework.allIndicators {
            let a = try #require(analysis.assessment(ind.code))
            let view = model.strategicIndicatorView(ind)
            let summary = model.indicatorSummary(ind)
            guard let achievement = a.achievement else {
                #expect(view.grade.isEmpty && summary.grade.isEmpty, "\(ind.code)")
                continue
            }
            let plan = try #require(report.framework.plan(report.framework.allItems.first { $0.code == ind.itemCode }?.planID ?? ""))
            let label = plan.ratingScale.bands[achievement.band].label
            for grade in [view.grade, summary.grade] {
                #expect(grade.map(\.percentRaw) == [achievement.percent.formatted(fractionDigits: 2)], "\(ind.code)")
                #expect(grade.map(\.ratingRaw) == [String(achievement.band)], "\(ind.code)")
                #expect(grade.map(\.rating) == [label], "\(ind.code)")
                #expect(grade.map { HeadlineFigures.plain($0.percent) } == [achievement.percent.formatted(fractionDigits: 2)])
            }
            graded += 1
        }
        #expect(graded > 5)
    }

    @Test("the counts by band are marked under their scope: the report's, a unit's, an item's")
    func bandCounts() throws {
        let report = try Fixtures.report()
        let model = SiteModel(report: report)
        let bands = model.homeView().figures.bands
        #expect(bands.map(\.key) == report.ratingScale.bands.indices.map { "total.indicators.band.\($0)" })
        #expect(bands.map(\.raw) == report.ratingScale.bands.indices.map { String(report.totals.indicators.byBand[$0]) })
        let unit = try #require(report.units.first)
        let unitBands = model.unitRow(unit).figures.bands
        #expect(unitBands.first?.key == "unit.\(unit.submission.unit.id).indicators.band.0")
        #expect(unitBands.map(\.raw) == report.ratingScale.bands.indices.map { String(unit.figures.indicators.byBand[$0]) })
        let rollup = try #require(report.rollup("SPE.S2"))
        #expect(model.itemRow(rollup).figures.bands.last?.key == "item.SPE.S2.indicators.band.\(report.ratingScale.bands.count - 1)")
    }

    @Test("the pages show the grade and its label, the percentage, and the counts by band, marked")
    func renderedGrades() async throws {
        let report = try Fixtures.report()
        let files = try await SiteRenderer(templates: Fixtures.templates).render(report)
        func page(_ path: String) throws -> String {
            String(decoding: try #require(files.first { $0.path == path }).bytes, as: UTF8.self)
        }
        let a = try #require(AlignmentAnalysis(report).assessment("SPE.S2.K1"))
        let achievement = try #require(a.achievement)
        let label = try #require(a.rating?.label)
        let percent = "<data data-audit=\"indicator.SPE.S2.K1.percent\" value=\"\(achievement.percent.formatted(fractionDigits: 2))\">"
        let rating = "<data data-audit=\"indicator.SPE.S2.K1.rating\" value=\"\(achievement.band)\">\(label)</data>"
        for path in ["items/SPE.S2.html", "plans/SPE.html", "alignment.html"] {
            let html = try page(path)
            #expect(html.contains(percent) && html.contains(rating), "\(path)")
        }
        let home = try page("index.html")
        #expect(home.contains("<data data-audit=\"total.indicators.band.0\" value=\"\(report.totals.indicators.byBand[0])\">"))
    }
}
