import Foundation
import Testing

@testable import PlanPressAlign
@testable import PlanPressCore
@testable import PlanPressValidate

/// A strategic indicator's value by its `aggregation`, and the rules around it (PP512–PP514,
/// PP714–PP717), every figure worked out by hand.
@Suite struct IndicatorAggregateTests {
    static func d(_ s: String) -> DecimalNumber { DecimalNumber(ascii: Substring(s))! }

    static func indicator(
        _ aggregation: Aggregation?, unit: String? = nil, per: String? = nil, reportedBy: String? = nil
    ) -> StrategicIndicator {
        StrategicIndicator(
            code: "X.K1", name: "k", unit: unit, direction: .increase, baselineYear: nil, baselineValue: nil, targets: [],
            itemCode: "X", aggregation: aggregation, per: per.map(d),
            reportedBy: reportedBy.map { LocatedCode($0, at: SourceLocation(path: "f")) })
    }

    static func values(_ pairs: [(String, String)]) -> [StrategicIndicatorReport.Reported] {
        pairs.map { .init(unitID: $0.0, value: d($0.1), note: nil) }
    }

    static func parts(_ rows: [(String, String, String)]) -> [StrategicIndicatorReport.Reported] {
        rows.map { .init(unitID: $0.0, value: .init(0), note: nil, numerator: d($0.1), denominator: d($0.2)) }
    }

    @Test func sumAddsExactly() {
        let a = IndicatorAggregate(Self.indicator(.sum), reported: Self.values([("a", "1200"), ("b", "35.5"), ("c", "0.125")]))
        #expect(a.value?.description == "1235.63")  // 1235.625 rounded half up
        #expect(a.aggregation == .sum && a.isChosen)
        #expect(a.contributors.map(\.unitID) == ["a", "b", "c"])
    }

    @Test func meanIsTheDefaultAndRoundsHalfUpOnce() {
        let a = IndicatorAggregate(Self.indicator(nil), reported: Self.values([("a", "1"), ("b", "2"), ("c", "2")]))
        #expect(a.value?.description == "1.67")
        #expect(a.aggregation == .mean && !a.isChosen)
        #expect(a.reportingUnits == ["a", "b", "c"])
        // 1.2449 is below the half: one rounding gives 1.24 (rounding digit by digit would give 1.25).
        #expect(IndicatorAggregate.mean([Self.d("1.2449")])?.description == "1.24")
        #expect(IndicatorAggregate.mean([Self.d("0.005")])?.description == "0.01")
        #expect(IndicatorAggregate.mean([Self.d("2.5"), Self.d("2.515")])?.description == "2.51")  // 2.5075
        #expect(IndicatorAggregate.mean([]) == nil)
    }

    @Test func ratioWeightsByTheDenominators() {
        // 0.61 from 61/10000 and 0.38 from 38/10000 is 0.495; with 1000 students the second
        // weighs a tenth as much: 99/11000 = 0.9 per hundred.
        let same = IndicatorAggregate(
            Self.indicator(.ratio, unit: "ร้อยละ"), reported: Self.parts([("a", "61", "10000"), ("b", "38", "10000")]))
        #expect(same.value?.description == "0.5")  // 0.495 → 0.50
        #expect(same.per?.description == "100")
        let weighted = IndicatorAggregate(
            Self.indicator(.ratio, unit: "ร้อยละ"), reported: Self.parts([("a", "61", "10000"), ("b", "38", "1000")]))
        #expect(weighted.value?.description == "0.9")  // 99 / 11000 × 100 = 0.9
        #expect(IndicatorAggregate.mean([Self.d("0.61"), Self.d("3.8")])?.description == "2.21")  // what the mean would say
    }

    @Test func ratioPerDefaultsTo100ForPercentagesElse1() {
        let rows = Self.parts([("a", "1", "3")])
        #expect(IndicatorAggregate(Self.indicator(.ratio, unit: "ร้อยละ"), reported: rows).value?.description == "33.33")
        #expect(IndicatorAggregate(Self.indicator(.ratio, unit: "%"), reported: rows).value?.description == "33.33")
        #expect(IndicatorAggregate(Self.indicator(.ratio, unit: "คนต่อห้อง"), reported: rows).value?.description == "0.33")
        #expect(IndicatorAggregate(Self.indicator(.ratio), reported: rows).value?.description == "0.33")
        #expect(IndicatorAggregate(Self.indicator(.ratio, unit: "ต่อแสนคน", per: "100000"), reported: rows).value?.description == "33333.33")
        #expect(IndicatorAggregate(Self.indicator(.ratio, unit: "ร้อยละ", per: "1000"), reported: rows).value?.description == "333.33")
        // 2/3 × 100 = 66.666…: half up.
        #expect(
            IndicatorAggregate(Self.indicator(.ratio, unit: "ร้อยละ"), reported: Self.parts([("a", "2", "3")])).value?.description == "66.67"
        )
    }

    @Test func ratioWithAZeroDenominatorHasNoValue() {
        let zero = IndicatorAggregate(Self.indicator(.ratio, unit: "ร้อยละ"), reported: Self.parts([("a", "0", "0"), ("b", "0", "0")]))
        #expect(zero.value == nil && zero.hasZeroDenominator)
        // One unit's zero does not matter when the sum is not zero.
        let some = IndicatorAggregate(Self.indicator(.ratio, unit: "ร้อยละ"), reported: Self.parts([("a", "0", "0"), ("b", "1", "4")]))
        #expect(some.value?.description == "25" && !some.hasZeroDenominator)
        #expect(IndicatorAggregate(Self.indicator(.ratio), reported: []).value == nil)
    }

    @Test func singleTakesTheReportersValueOnly() {
        let reported = Self.values([("a", "10"), ("peo", "97.456"), ("b", "3")])
        let a = IndicatorAggregate(Self.indicator(.single, reportedBy: "peo"), reported: reported)
        #expect(a.value?.description == "97.46")
        #expect(a.contributors.map(\.unitID) == ["peo"])
        #expect(IndicatorAggregate(Self.indicator(.single, reportedBy: "nobody"), reported: reported).value == nil)
    }

    @Test func quotientsAreExact() {
        typealias E = DecimalNumber.Exact
        #expect(DecimalNumber.quotient(E(significand: 1, scale: 0), over: E(significand: 0, scale: 0)) == nil)
        #expect(DecimalNumber.quotient(E(significand: -5, scale: 3), over: E(significand: 1, scale: 0))?.description == "-0.01")
        #expect(DecimalNumber.quotient(E(significand: 123_456_789, scale: 4), over: E(significand: 1, scale: 0))?.description == "12345.68")
        #expect(DecimalNumber.exactSum([Self.d("0.1"), Self.d("0.02"), Self.d("3")]) == E(significand: 312, scale: 2))
        #expect(Self.d("1.005").roundedToHundredths.description == "1.01")
    }
}

/// The framework, submissions and aligner rules of `aggregation`, on a content folder.
@Suite struct AggregationRulesTests {
    static let site = """
        format: planpress/site/1
        province: สตูล
        office: สำนักงานศึกษาธิการจังหวัดสตูล
        title: รายงานทดสอบ
        fiscal_year: 2569
        primary_plan: SPE
        deadline: 2569-10-31
        affiliations: [{ code: obec, name: สพฐ. }]
        districts: [{ code: mueang, name: เมือง }]
        expected_units: [{ id: unit-a, name: ก }, { id: unit-b, name: ข }, { id: peo, name: ศธจ. }]
        """

    static func spe(_ indicators: String) -> String {
        """
        format: planpress/plan/1
        id: SPE
        name: แผนพัฒนาการศึกษาจังหวัด
        rank: 3
        items:
          - code: SPE.S1
            name: ยุทธศาสตร์ที่ 1
            supports: [MP1.1]
            indicators:
        \(indicators)
        """
    }

    static let standard = spe(
        """
              - { code: K.SUM, name: จำนวน, unit: คน, aggregation: sum, targets: { 2569: 100 } }
              - { code: K.RATE, name: อัตรา, unit: ร้อยละ, aggregation: ratio, direction: decrease, targets: { 2569: 1 } }
              - { code: K.ONE, name: ค่าจังหวัด, unit: คะแนน, aggregation: single, reported_by: peo, targets: { 2569: 50 } }
              - { code: K.MEAN, name: เฉลี่ย, unit: คะแนน, aggregation: mean }
              - { code: K.NONE, name: ไม่ระบุ, unit: คะแนน }
        """)

    static func content(spe: String = standard, units: [String: String]) throws -> URL {
        let url = try makeContent(units: units, site: site)
        try spe.write(to: url.appendingPathComponent("framework/2.yaml"), atomically: true, encoding: .utf8)
        return url
    }

    static func unit(_ id: String, results: String) -> String {
        unitYAML(id, projects: "  []") + "\nindicator_results:\n" + results + "\n"
    }

    @Test func theSumRatioSingleAndMeanOfAReport() throws {
        let url = try Self.content(units: [
            "unit-a.yaml": Self.unit(
                "unit-a",
                results: """
                      - { code: K.SUM, value: 60, as_of: 2569-06-10 }
                      - { code: K.RATE, numerator: 61, denominator: "10,000", note: ปีการศึกษา 2568 }
                      - { code: K.MEAN, value: 3 }
                      - { code: K.NONE, value: 1 }
                    """),
            "unit-b.yaml": Self.unit(
                "unit-b",
                results: """
                      - { code: K.SUM, value: 45 }
                      - { code: K.RATE, numerator: 38, denominator: 1000 }
                      - { code: K.MEAN, value: 4 }
                      - { code: K.NONE, value: 2 }
                    """),
            "peo.yaml": Self.unit("peo", results: "  - { code: K.ONE, value: 51.255 }"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        #expect(!content.hasErrors, "\(content.diagnostics)")
        let (report, d) = Aligner(strict: false).align(content)
        let analysis = AlignmentAnalysis(try #require(report))
        func a(_ code: String) throws -> AlignmentAnalysis.IndicatorAssessment { try #require(analysis.assessment(code)) }
        #expect(try a("K.SUM").value?.description == "105")
        #expect(try a("K.SUM").status == .met)
        #expect(try a("K.SUM").contributors.first?.asOf == CalendarDate(beYear: 2569, month: 6, day: 10))
        #expect(try a("K.RATE").value?.description == "0.9")  // 99 / 11,000 × 100
        #expect(try a("K.RATE").status == .met)
        #expect(try a("K.RATE").contributors.map { "\($0.numerator!)/\($0.denominator!)" } == ["61/10000", "38/1000"])
        #expect(try a("K.RATE").contributors.first?.note == "ปีการศึกษา 2568")
        // A unit's own rate is what its page states.
        #expect(try a("K.RATE").contributors.map(\.value.description) == ["0.61", "3.8"])
        #expect(try a("K.ONE").value?.description == "51.26")
        #expect(try a("K.ONE").aggregation == .single)
        #expect(try a("K.MEAN").value?.description == "3.5")
        #expect(try a("K.NONE").value?.description == "1.5")
        #expect(try !a("K.NONE").aggregationChosen)
        // The mean by default is a warning, once, at the indicator in the framework.
        #expect(d.map(\.code) == [.aggregationMissing], "\(d)")
        #expect(d.first?.location.path.hasSuffix("framework/2.yaml") == true)
        #expect(d.first?.location.line == 14)
        #expect(d.first?.severity == .warning)
        let strict = Aligner(strict: true).align(content).1
        #expect(strict.map(\.severity) == [.error])
    }

    @Test func aZeroDenominatorOverallIsAnErrorAtTheIndicator() throws {
        let url = try Self.content(units: [
            "unit-a.yaml": Self.unit("unit-a", results: "  - { code: K.RATE, numerator: 0, denominator: 0 }"),
            "unit-b.yaml": Self.unit("unit-b", results: "  - { code: K.RATE, numerator: 0, denominator: 0 }"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        #expect(!content.hasErrors, "\(content.diagnostics)")
        let (report, d) = Aligner(strict: false).align(content)
        #expect(d.map(\.code) == [.zeroDenominator], "\(d)")
        #expect(d.first?.location.line == 11)
        #expect(d.first?.severity == .error)
        #expect(d.first?.message.en.contains("unit-a, unit-b") == true)
        #expect(AlignmentAnalysis(try #require(report)).assessment("K.RATE")?.status == .noData)
    }

    @Test func submissionRulesOfTheAggregation() throws {
        let url = try Self.content(units: [
            "unit-a.yaml": Self.unit(
                "unit-a",
                results: """
                      - { code: K.RATE, value: 0.5 }
                      - { code: K.RATE, numerator: 1 }
                      - { code: K.RATE, numerator: 1, denominator: 3, value: 33 }
                      - { code: K.SUM, numerator: 1, denominator: 2, value: 5 }
                      - { code: K.ONE, value: 40 }
                      - { code: K.MEAN, value: 4, as_of: 31/02/2569 }
                    """)
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        let found = content.diagnostics.filter { $0.location.path.hasSuffix("unit-a.yaml") && $0.code != .emptyProjects }.map {
            "\($0.location.line) \($0.code.rawValue)"
        }
        #expect(found == ["8 PP512", "9 PP512", "10 PP512", "11 PP513", "11 PP513", "12 PP514", "13 PP207"], "\(content.diagnostics)")
        let missing = try #require(content.diagnostics.first { $0.location.line == 8 && $0.code == .ratioParts })
        #expect(missing.message.en.contains("numerator and denominator is missing"))
        #expect(missing.hint?.en.contains("numerator") == true && missing.hint?.en.contains("× 100") == true)
        let other = try #require(content.diagnostics.first { $0.code == .notTheReporter })
        #expect(other.message.en.contains("peo"))
    }

    @Test func frameworkRulesOfTheAggregation() throws {
        let spe = Self.spe(
            """
                  - { code: K.A, name: a, aggregation: single }
                  - { code: K.B, name: b, aggregation: sum, reported_by: peo }
                  - { code: K.C, name: c, per: 1000 }
                  - { code: K.D, name: d, aggregation: single, reported_by: pe0 }
                  - { code: K.E, name: e, aggregation: average }
            """)
        let url = try Self.content(spe: spe, units: [:])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        let found = content.diagnostics.filter { $0.location.path.hasSuffix("2.yaml") }.map { "\($0.location.line) \($0.code.rawValue)" }
        #expect(found == ["10 PP714", "11 PP714", "12 PP714", "13 PP715", "14 PP208"], "\(content.diagnostics)")
        #expect(content.hasGlobalErrors)
        #expect(content.diagnostics.first { $0.code == .unknownReporter }?.hint?.en.contains("\"peo\"") == true)
        #expect(content.diagnostics.first { $0.code == .badEnum }?.message.en.contains("ratio") == true)
    }
}
