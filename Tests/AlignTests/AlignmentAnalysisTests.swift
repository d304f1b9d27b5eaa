import Foundation
import Testing

@testable import PlanPressAlign
@testable import PlanPressCore
@testable import PlanPressPresentation
@testable import PlanPressValidate
@testable import PlanPressXML

/// The analysis chapter on the diamond framework of `AlignTests`: every figure by hand.
@Suite(.serialized) struct AlignmentAnalysisTests {
    func report() throws -> Report {
        let a = unitYAML(
            "unit-a",
            projects: """
                  - id: P1
                    name: ลูกและแม่
                    strategies: [SPE.S1.1, SPE.S1]
                    status: completed
                    budget: { allocated: 1000.50 }
                    indicators: [{ name: a, target: 1, actual: 1 }]
                  - id: P2
                    name: สองประเด็น
                    strategies: [SPE.S1, SPE.S2]
                    status: ongoing
                    budget: { allocated: 200 }
                    indicators: [{ name: b, target: 1 }]
                """)
        let b =
            unitYAML(
                "unit-b",
                projects: """
                      - id: Q1
                        name: ประเด็นสอง
                        strategies: [SPE.S2]
                        status: completed
                        budget: { allocated: "๓๐"}
                        indicators: [{ name: c, target: 5, actual: 4 }]
                    """)
                + """

                indicator_results:
                  - { code: SPE.S1.K1, value: 37 }
                """
        let c = unitYAML("unit-c", projects: "  []") + "\nindicator_results: [{ code: SPE.S1.K1, value: 40.5 }]\n"
        let url = try makeContent(units: ["unit-a.yaml": a, "unit-b.yaml": b, "unit-c.yaml": c])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        #expect(!content.hasErrors, "\(content.diagnostics)")
        return try #require(Aligner(strict: false).align(content).0)
    }

    @Test func rollupsThroughDiamondsAndParentsCountOnce() throws {
        let r = try report()
        // P1 names SPE.S1.1 and its parent SPE.S1, and reaches NS1 through MP1.1 and MP2.
        #expect(r.rollup("SPE.S1")?.figures.projects == 2)
        #expect(r.rollup("SPE.S1")?.figures.allocated.plain == "1200.50")
        #expect(r.rollup("NS1")?.figures.projects == 2)
        #expect(r.rollup("NS1")?.figures.allocated.plain == "1200.50")
        #expect(r.rollup("MP2")?.figures.projects == 2)
        #expect(r.rollup("NS2")?.figures.projects == 2)  // P2 and Q1 through SPE.S2 → MP3 → NS2
        #expect(r.rollup("NS2")?.figures.allocated.plain == "230.00")
        #expect(r.rollup("SPE.S1.1")?.figures.allocated.plain == "1000.50")
        #expect(r.totals.allocated.plain == "1230.50")
    }

    @Test func matricesFlowsAndSeveral() throws {
        let r = try report()
        let a = AlignmentAnalysis(r)
        #expect(a.unitsByStrategy.columns.map(\.code) == ["SPE.S1", "SPE.S2"])
        #expect(a.unitsByStrategy.rows.map(\.id) == ["unit-a", "unit-b", "unit-c"])
        #expect(a.unitsByStrategy.cells[0].map(\.projects) == [2, 1])
        #expect(a.unitsByStrategy.cells[0].map(\.allocated.plain) == ["1200.50", "200.00"])
        #expect(a.unitsByStrategy.cells[1].map(\.projects) == [0, 1])
        #expect(a.unitsByStrategy.cells[2].map(\.projects) == [0, 0])
        #expect(a.affiliationsByNational.rows.map(\.id) == ["obec"])
        #expect(a.affiliationsByNational.cells[0].map(\.projects) == [2, 2])
        #expect(a.projectsServingSeveral["SPE"] == 1)  // P2
        #expect(a.projectsServingSeveral["NS"] == 1)  // P2 reaches NS1 and NS2
        let flow = a.flows.first { $0.from == "SPE.S1" && $0.to == "NS1" }
        #expect(flow?.allocated.plain == "1200.50")
        #expect(flow?.projects == 2)
        #expect(a.flows.first { $0.from == "obec" && $0.to == "SPE.S2" }?.projects == 2)
    }

    @Test func strategicIndicatorStatusUsesTheMeanAgainstThisYearsTarget() throws {
        let a = AlignmentAnalysis(try report())
        let k1 = try #require(a.assessment("SPE.S1.K1"))
        #expect(k1.value?.description == "38.75")  // (37 + 40.5) / 2
        #expect(k1.target?.description == "38")
        #expect(k1.status == .met)
        #expect(a.indicatorGaps.isEmpty)
        #expect(AlignmentAnalysis.mean([DecimalNumber(1), DecimalNumber(2), DecimalNumber(2)])?.description == "1.67")
        #expect(AlignmentAnalysis.mean([]) == nil)
    }

    @Test func chartsAreWellFormedAccessibleSVG() throws {
        let r = try report()
        let charts = AnalysisCharts(report: r, analysis: AlignmentAnalysis(r), digits: .thai)
        let ind = try #require(r.framework.allIndicators.first)
        for svg in [
            charts.budgetByStrategy(id: "b"), charts.indicatorsByStrategy(id: "i"), charts.budgetFlow(id: "f"),
            charts.indicatorLine(ind, id: "l"),
        ] {
            #expect(XMLEngine.shared.isWellFormed(Array(svg.utf8)), "\(svg.prefix(200))")
            #expect(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="))
        }
        #expect(charts.indicatorLine(ind, id: "l").contains("๓๘.๗๕"))
        #expect(SVGChart.bars(id: "x", title: "<&>", desc: "\"", items: []).contains("&lt;&amp;&gt;"))
    }

    @Test("the charts of the years before: budget by year, and an indicator's values year by year")
    func chartsOfTheYearsAreWellFormedAccessibleSVG() throws {
        let r = try report()
        let charts = AnalysisCharts(report: r, analysis: AlignmentAnalysis(r), digits: .thai)
        let ind = try #require(r.framework.allIndicators.first)
        let earlier = [(year: 2567, value: DecimalNumber(31)), (year: 2568, value: DecimalNumber(ascii: "35.5")!)]
        let line = charts.indicatorLine(ind, id: "l", history: earlier)
        let bars = charts.budgetByYear(
            id: "y", subject: "จังหวัด<สตูล>", years: [2567, 2568, 2569],
            figures: [(Money(satang: 150_000_000), Money(satang: 0)), nil, (r.totals.allocated, r.totals.spent)])
        for svg in [line, bars] {
            #expect(XMLEngine.shared.isWellFormed(Array(svg.utf8)), "\(svg.prefix(200))")
            #expect(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="))
        }
        // The earlier values are drawn (a solid line, a point each) and written in the site's digits.
        #expect(line.contains("๓๕.๕") && line.contains("๒๕๖๗: ๓๑"))
        #expect(line.contains("stroke=\"#b36200\" stroke-width=\"2\"/>"))
        // Without history the chart is the one drawn before history was read.
        #expect(charts.indicatorLine(ind, id: "l", history: []) == charts.indicatorLine(ind, id: "l"))
        #expect(!charts.indicatorLine(ind, id: "l").contains("stroke=\"#b36200\" stroke-width"))
        // Bars: two per year with figures, none for 2568, the years below in Thai digits.
        #expect(bars.components(separatedBy: "<rect").count - 1 == 4 + 2)
        #expect(bars.contains(">๑.๕๐</text>") && bars.contains(">๒๕๖๘</text>") && bars.contains("๒๕๖๘ ไม่มีข้อมูล"))
        #expect(bars.contains("จังหวัด&lt;สตูล&gt;"))
        #expect(bars.contains("font-weight=\"700\">๒๕๖๙</text>"))
    }
}
