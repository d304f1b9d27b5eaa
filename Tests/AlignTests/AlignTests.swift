import Foundation
import Testing

@testable import PlanPressAlign
@testable import PlanPressCore
@testable import PlanPressParse
@testable import PlanPressValidate

/// A framework with a diamond: SPE.S1 supports both MP1.1 and MP2, which both reach NS1.
let diamondPlans = [
    """
    format: planpress/plan/1
    id: NS
    name: ยุทธศาสตร์ชาติ
    rank: 1
    items:
      - { code: NS1, name: ความมั่นคง }
      - { code: NS2, name: การแข่งขัน }
    """,
    """
    format: planpress/plan/1
    id: MP
    name: แผนแม่บท
    rank: 2
    items:
      - code: MP1
        name: หนึ่ง
        supports: [NS1]
        items:
          - { code: MP1.1, name: หนึ่งย่อย }
      - { code: MP2, name: สอง, supports: [NS1] }
      - { code: MP3, name: สาม, supports: [NS2] }
    """,
    """
    format: planpress/plan/1
    id: SPE
    name: แผนพัฒนาการศึกษาจังหวัด
    rank: 3
    items:
      - code: SPE.S1
        name: ยุทธศาสตร์ที่ 1
        supports: [MP1.1, MP2]
        items:
          - { code: SPE.S1.1, name: กลยุทธ์ 1.1 }
        indicators:
          - { code: SPE.S1.K1, name: ตัวชี้วัด, unit: ร้อยละ, baseline: { year: 2565, value: 30 }, targets: { 2569: 38, 2570: 40 } }
      - { code: SPE.S2, name: ยุทธศาสตร์ที่ 2, supports: [MP3] }
    """,
]

func framework(_ texts: [String]) -> (PlanFramework, [Diagnostic]) {
    FrameworkValidator.validate(
        texts.enumerated().map { i, t in DocumentLoader.parse(Array(t.utf8), displayPath: "f\(i).yaml", json: false) })
}

@Suite struct FrameworkGraphTests {
    @Test func closureFollowsNestingAndSupportsOnceThroughADiamond() {
        let (fw, d) = framework(diamondPlans)
        #expect(d.isEmpty)
        let graph = FrameworkGraph(fw)
        #expect(graph.closure(of: ["SPE.S1.1"]) == ["SPE.S1.1", "SPE.S1", "MP1.1", "MP1", "MP2", "NS1"])
        #expect(graph.closure(of: ["SPE.S2"]) == ["SPE.S2", "MP3", "NS2"])
        #expect(graph.closure(of: ["NOPE"]).isEmpty)
    }

    @Test func frameworkRulesAreChecked() {
        let bad = """
            format: planpress/plan/1
            id: BAD
            name: ผิด
            rank: 1
            items:
              - { code: NS1, name: ซ้ำ }
              - { code: X1, name: ชี้ลง, supports: [SPE.S1] }
              - { code: X2, name: ไม่มี, supports: [NOPE1] }
              - code: X3
                name: เป้าหมาย ค.ศ.
                indicators: [{ code: X3.K1, name: k, targets: { 2026: 5 } }]
            """
        let (_, d) = framework(diamondPlans + [bad])
        let codes = Set(d.map(\.code))
        #expect(codes.isSuperset(of: [.duplicateItemCode, .supportsRank, .supportsUnknown, .targetYear]))
        #expect(d.first { $0.code == .targetYear }?.hint?.en.contains("2569") == true)
        #expect(d.first { $0.code == .supportsUnknown }?.location.line == 8)
    }
}

/// Writes a content folder for the aligner and returns its URL.
func makeContent(units: [String: String], site: String? = nil) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pp-\(UUID().uuidString)")
    let fm = FileManager.default
    try fm.createDirectory(at: root.appendingPathComponent("framework"), withIntermediateDirectories: true)
    try fm.createDirectory(at: root.appendingPathComponent("units"), withIntermediateDirectories: true)
    for (i, p) in diamondPlans.enumerated() {
        try p.write(to: root.appendingPathComponent("framework/\(i).yaml"), atomically: true, encoding: .utf8)
    }
    let siteText =
        site ?? """
            format: planpress/site/1
            province: สตูล
            office: สำนักงานศึกษาธิการจังหวัดสตูล
            title: รายงานทดสอบ
            fiscal_year: 2569
            primary_plan: SPE
            deadline: 2569-10-31
            affiliations: [{ code: obec, name: สพฐ. }]
            districts: [{ code: mueang, name: เมือง }]
            """
    try siteText.write(to: root.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
    for (name, text) in units {
        try text.write(to: root.appendingPathComponent("units/\(name)"), atomically: true, encoding: .utf8)
    }
    return root
}

func unitYAML(_ id: String, projects: String, submitted: String = "2569-10-20") -> String {
    """
    format: planpress/unit-report/1
    fiscal_year: 2569
    unit: { id: \(id), name: หน่วย \(id), affiliation: obec }
    submitted_on: \(submitted)
    projects:
    \(projects)
    """
}

@Suite struct AlignerTests {
    @Test func rollupsCountEachProjectOncePerItemWithItsWholeBudget() throws {
        let a = unitYAML(
            "unit-a",
            projects: """
                  - id: P1
                    name: หนึ่ง
                    strategies: [SPE.S1.1, SPE.S1]
                    status: completed
                    budget: { allocated: "1,000.50", spent: 900.25 }
                    indicators:
                      - { name: a, unit: ร้อยละ, target: 70, actual: 70 }
                      - { name: b, target: 10, actual: 12, direction: decrease }
                  - id: P2
                    name: สอง
                    strategies: [SPE.S2]
                    also_supports: [NS1]
                    status: cancelled
                    budget: { allocated: 200 }
                    indicators: [{ name: c, target: 1, actual: 5 }]
                """)
        let b = unitYAML(
            "unit-b",
            projects: """
                  - id: P1
                    name: สาม
                    strategies: [SPE.S1]
                    status: ongoing
                    budget: { allocated: "๓๐๐", spent: 0.10 }
                    indicators: [{ name: q, kind: qualitative, target: ดี, actual: ดีมาก, achieved: true, contributes_to: SPE.S1.K1 }, { name: r, target: 5 }]
                """, submitted: "2569-11-02")
        let url = try makeContent(units: ["unit-a.yaml": a, "unit-b.yaml": b])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        #expect(content.diagnostics.filter { $0.severity == .error }.isEmpty, "\(content.diagnostics)")
        let (report, d) = Aligner(strict: false).align(content)
        let r = try #require(report)
        // P2's also_supports NS1 is not reached from SPE.S2 (which reaches NS2): a warning.
        #expect(d.map(\.code) == [.alsoSupportsNotReached])
        #expect(r.totals.projects == 3)
        #expect(r.totals.allocated.plain == "1500.50")
        #expect(r.totals.spent.plain == "900.35")
        #expect(r.totals.indicators.achieved == 2)  // a (equal to target), q (qualitative)
        #expect(r.totals.indicators.notAchieved == 1)  // b: 12 is above 10 where lower is better
        #expect(r.totals.indicators.notMeasured == 2)  // c (cancelled), r (no actual)
        // NS1 is reached by both of P1's codes and through the diamond, yet counts P1 once.
        let ns1 = try #require(r.rollup("NS1"))
        #expect(ns1.figures.projects == 3)
        #expect(ns1.figures.allocated.plain == "1500.50")
        #expect(ns1.figures.units == 2)
        #expect(try #require(r.rollup("SPE.S1.1")).figures.projects == 1)
        #expect(try #require(r.rollup("MP3")).figures.allocated.plain == "200.00")
        #expect(try #require(r.rollup("SPE.S1")).unitIDs == ["unit-a", "unit-b"])
        // NS2 is reached by P2 only; MP1 by the two S1 projects.
        #expect(r.rollups.filter(\.isGap).map(\.item.code) == [])
        #expect(r.units.map(\.isLate) == [false, true])
        let k1 = try #require(r.strategicIndicators.first { $0.indicator.code == "SPE.S1.K1" })
        #expect(k1.contributions.map(\.outcome) == [.achieved])
        #expect(r.projectsServingSeveralStrategies == 0)
    }

    @Test func gapsAndStrictConsistency() throws {
        let a = unitYAML(
            "unit-a",
            projects: """
                  - id: P1
                    name: หนึ่ง
                    strategies: [SPE.S2]
                    also_supports: [MP1]
                    status: ongoing
                    indicators: [{ name: a, target: 1 }]
                """)
        let url = try makeContent(units: ["unit-a.yaml": a])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        let (report, _) = Aligner(strict: false).align(content)
        let gaps = try #require(report).rollups.filter(\.isGap).map(\.item.code)
        #expect(gaps == ["NS1", "MP1.1", "MP2", "SPE.S1", "SPE.S1.1"] || Set(gaps) == ["MP1.1", "MP2", "SPE.S1", "SPE.S1.1"])
        let (strictReport, d) = Aligner(strict: true).align(content)
        #expect(d.map(\.severity) == [.error])
        #expect(strictReport?.units.isEmpty == true)
        #expect(strictReport?.rejected.map(\.unitID) == ["unit-a"])
    }
}
