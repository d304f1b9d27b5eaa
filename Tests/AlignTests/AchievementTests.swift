import Foundation
import Testing

@testable import PlanPressAlign
@testable import PlanPressCore
@testable import PlanPressValidate

/// The percentage of the target achieved, its grade on a plan's `rating_bands`, and the rule
/// that checks the bands (PP718), every figure worked out by hand.
@Suite struct AchievementTests {
    static func d(_ s: String) -> DecimalNumber { DecimalNumber(ascii: Substring(s))! }

    static func percent(_ value: String, _ target: String, _ direction: Direction) -> String? {
        Achievement.percent(value: d(value), target: d(target), direction: direction)?.description
    }

    @Test func increaseIsValueOverTarget() {
        #expect(Self.percent("45", "60", .increase) == "75")
        #expect(Self.percent("2", "3", .increase) == "66.67")
        #expect(Self.percent("120", "100", .increase) == "120")
    }

    @Test func decreaseIsTargetOverValueSoLowerIsBetter() {
        // A dropout rate of 0.9 against a target of 0.6: 66.67 % of the way.
        #expect(Self.percent("0.9", "0.6", .decrease) == "66.67")
        #expect(Self.percent("0.5", "0.6", .decrease) == "120")
        #expect(Self.percent("0.6", "0.6", .decrease) == "100")
    }

    @Test func aZeroDivisorIsAllOrNothing() {
        #expect(Self.percent("0", "25", .decrease) == "100")  // no cases where 25 were allowed
        #expect(Self.percent("0", "0", .decrease) == "100")
        #expect(Self.percent("3", "0", .increase) == "100")
        #expect(Self.percent("-1", "0", .increase) == "0")
    }

    @Test func theStandardBandsAndTheirEdges() {
        let s = RatingScale.standard
        let labels = ["100": "ดีเยี่ยม", "99.99": "ดี", "75": "ดี", "74.99": "พอใช้", "60": "พอใช้", "59.99": "ต้องปรับปรุง", "50": "ต้องปรับปรุง"]
        for (p, label) in labels { #expect(s.bands[s.band(for: Self.d(p))].label == label, "\(p)") }
        #expect(s.bands[s.band(for: Self.d("49.99"))].label == "ต้องปรับปรุงเร่งด่วน")
        #expect(s.band(for: Self.d("-5")) == s.bands.count - 1)
        #expect(s.band(for: Self.d("250")) == 0)
    }

    @Test func projectIndicatorsAreGradedWhenMeasuredAndQuantitative() {
        let scale = RatingScale.standard
        func indicator(_ kind: IndicatorKind, target: IndicatorValue, actual: IndicatorValue?) -> Indicator {
            Indicator(name: "i", kind: kind, unit: "คน", target: target, actual: actual, direction: .increase, achieved: true)
        }
        let measured = indicator(.quantitative, target: .number(Self.d("40")), actual: .number(Self.d("30")))
        #expect(measured.achievement(in: .completed, scale: scale) == Achievement(percent: Self.d("75"), band: 1))
        #expect(measured.achievement(in: .cancelled, scale: scale) == nil)
        #expect(indicator(.quantitative, target: .number(Self.d("40")), actual: nil).achievement(in: .completed, scale: scale) == nil)
        #expect(indicator(.qualitative, target: .text("ดี"), actual: .text("ดี")).achievement(in: .completed, scale: scale) == nil)
    }

    @Test func countsByBandAddUpTheRollups() {
        var a = IndicatorCounts()
        a.add(.achieved)
        a.add(Achievement(percent: Self.d("100"), band: 0))
        a.add(.notAchieved)
        a.add(Achievement(percent: Self.d("40"), band: 4))
        a.add(.notMeasured)
        a.add(nil)
        var total = IndicatorCounts()
        total.add(a)
        total.add(a)
        #expect(total.byBand[0] == 2 && total.byBand[4] == 2 && total.rated == 4 && total.unrated == 2)
    }

    static let bandsPlan = """
        format: planpress/plan/1
        id: SPE
        name: แผนพัฒนาการศึกษาจังหวัด
        rank: 3
        rating_bands:
        %@
        items:
          - code: SPE.S1
            name: ยุทธศาสตร์ที่ 1
            supports: [MP1.1]
            indicators:
              - { code: K.A, name: a, unit: ร้อยละ, aggregation: mean, targets: { 2569: 80 } }
        """

    static func check(_ bands: String) throws -> (ValidatedContent, [String]) {
        let spe = bandsPlan.replacingOccurrences(of: "%@", with: bands)
        let url = try AggregationRulesTests.content(
            spe: spe,
            units: [
                "unit-a.yaml": AggregationRulesTests.unit("unit-a", results: "  - { code: K.A, value: 56 }")
            ])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        let found = content.diagnostics.filter { $0.location.path.hasSuffix("2.yaml") }.map { "\($0.location.line) \($0.code.rawValue)" }
        return (content, found)
    }

    @Test func aPlanGradesByItsOwnBands() throws {
        let (content, found) = try Self.check(
            """
              - { from: 90, label: ผ่านดีมาก, label_en: Very good }
              - { from: 70, label: ผ่าน }
              - { from: 0, label: ไม่ผ่าน }
            """)
        #expect(found.isEmpty, "\(content.diagnostics)")
        let scale = try #require(content.framework.plan("SPE")?.ratingScale)
        #expect(scale.isWritten && scale.bands.map(\.label) == ["ผ่านดีมาก", "ผ่าน", "ไม่ผ่าน"] && scale.bands[0].labelEN == "Very good")
        let (report, _) = Aligner(strict: false).align(content)
        let aligned = try #require(report)
        let assessment = try #require(AlignmentAnalysis(aligned).assessment("K.A"))
        // 56 of 80 is 70 %: the second band.
        #expect(assessment.achievement == Achievement(percent: Self.d("70"), band: 1) && assessment.rating?.label == "ผ่าน")
    }

    @Test func bandsThatDoNotGradeEveryPercentageOnceArePP718() throws {
        let unordered = try Self.check(
            """
              - { from: 60, label: ก }
              - { from: 75, label: ข }
              - { from: 10, label: ค }
            """)
        #expect(unordered.1 == ["7 PP718", "8 PP718"], "\(unordered.0.diagnostics)")
        #expect(unordered.0.hasGlobalErrors)
        let one = try Self.check("  - { from: 0, label: ก }")
        #expect(one.1 == ["6 PP718"], "\(one.0.diagnostics)")
        let unreadable = try Self.check("  - { from: สูง, label: ก }\n  - { from: 0 }")
        #expect(unreadable.1 == ["6 PP206", "7 PP202"], "\(unreadable.0.diagnostics)")
    }

    @Test func withoutBandsAPlanUsesTheStandardScale() throws {
        let url = try AggregationRulesTests.content(units: [:])
        defer { try? FileManager.default.removeItem(at: url) }
        let content = ContentValidator(contentURL: url, displayBase: url, strict: false).validate()
        #expect(content.framework.plan("SPE")?.ratingScale == .standard)
    }
}
