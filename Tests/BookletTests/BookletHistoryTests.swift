import Foundation
import PlanPressHistory
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressBooklet
@testable import PlanPressCore
@testable import PlanPressPublish

/// The booklet's comparison of the years and the grades of strategic indicators: the end-to-end
/// fixture (2569, Thai print digits) beside the hand-written 2567 and 2568 of
/// `Tests/Fixtures/history/two-years/`, every figure worked out here.
@Suite struct BookletHistoryTests {
    static let report: Report = try! Fixtures.report(Fixtures.base)
    static let trends: Trends = try! Fixtures.trends(report)

    static func html(trends: Trends?) async throws -> String {
        let files = try await BookletRenderer(templates: Fixtures.templates).render(report, trends: trends, content: Fixtures.base)
        return String(decoding: try #require(files.first { $0.path == BookletRenderer.htmlPath }).bytes, as: UTF8.self)
    }

    @Test func theSummaryComparesTheYearsByHand() throws {
        let model = BookletModel(report: Self.report, trends: Self.trends)
        let years = try #require(model.yearsSummary())
        #expect(years.rows.map(\.year) == ["๒๕๖๗", "๒๕๖๘", "๒๕๖๙"] && years.rows.map(\.current) == [false, false, true])
        let y2567 = years.rows[0]
        #expect(y2567.allocated.text == "๑,๐๐๐,๐๐๐.๐๐" && y2567.allocated.key == "history.2567.total.allocated")
        #expect(y2567.allocated.value == "1000000.00" && y2567.spent.value == "600000.50" && y2567.units.key == "history.2567.total.units")
        #expect(y2567.notMeasured.key == "history.2567.total.indicators.not_measured" && y2567.notMeasured.text == "๑")
        // This year's row is marked with this year's keys; its number of units is not a figure of the audit.
        #expect(years.rows[2].projects.key == "total.projects" && years.rows[2].units.key == nil && years.rows[2].units.text == "๓")
        // 2569 − 2568: 6 − 5 projects, 3 − 2 units, 1,982,346.42 − 1,500,000.00, 1,268,251.49 − 1,200,000.00.
        let change = years.change
        #expect(change.label == "เปลี่ยนแปลงจากปี ๒๕๖๘" && change.units == "+๑")
        #expect(change.projects.text == "+๑" && change.projects.key == "change.total.projects" && change.projects.value == "1")
        #expect(change.allocated.text == "+๔๘๒,๓๔๖.๔๒" && change.allocated.value == "482346.42")
        #expect(change.spent.text == "+๖๘,๒๕๑.๔๙")
        #expect([change.achieved, change.notAchieved, change.notMeasured] == ["+๑", "๐", "+๑"])
    }

    @Test func partFourComparesEachStrategyAndIndicatorByHand() throws {
        let model = BookletModel(report: Self.report, trends: Self.trends)
        let years = try #require(model.yearsAlignment())
        #expect(years.years.map(\.year) == ["๒๕๖๗", "๒๕๖๘", "๒๕๖๙"])
        // The primary plan's strategies: this year's three, then SPE.OLD, which is gone.
        #expect(years.strategies.map(\.presence) == ["มีทุกปี", "มีบางปี", "เพิ่งมีในปีนี้", "มีในปีก่อน ไม่มีในปีนี้"])
        #expect(years.strategies[0].label.hasPrefix("ประเด็นยุทธศาสตร์ที่ ๑ ") && years.strategies[3].label == "SPE.OLD ยุทธศาสตร์เดิมที่ยุบรวมแล้ว")
        // A year without the strategy has no figures (never a zero row).
        #expect(years.strategies[1].rows.map { $0.figures == nil } == [true, false, false])
        #expect(years.strategies[3].rows.map { $0.figures == nil } == [false, true, true])
        let s1 = years.strategies[0].rows
        #expect(s1[0].figures?.allocated.key == "history.2567.item.SPE.S1.allocated" && s1[0].figures?.allocated.text == "๙๐๐,๐๐๐.๐๐")
        #expect(s1[0].figures?.change == nil)
        #expect(
            s1[1].figures?.change?.from == "๒๕๖๗" && s1[1].figures?.change?.allocated.key == "history.2568.change.item.SPE.S1.allocated")
        #expect(s1[1].figures?.change?.allocated.text == "+๕๐๐,๐๐๐.๐๐")
        #expect(s1[2].figures?.projects.key == "item.SPE.S1.projects" && s1[2].figures?.change?.projects.text == "๐")
        #expect(
            s1[2].figures?.change?.allocated.key == "change.item.SPE.S1.allocated" && s1[2].figures?.change?.allocated.value == "400000.00")
        // The indicators year by year: a value, `–` without one, `ไม่มี` when it did not exist.
        let k1 = try #require(years.indicators.first { $0.name == "ร้อยละของนักเรียนที่อ่านออกเขียนได้" })
        #expect(k1.cells.map(\.text) == ["๓๐", "๓๔.๕", "๓๖.๒"] && k1.presence == "มีทุกปี")
        #expect(
            k1.cells.map(\.key) == [
                "history.2567.indicator.SPE.S1.K1.value", "history.2568.indicator.SPE.S1.K1.value", "indicator.SPE.S1.K1.value",
            ])
        #expect(k1.change.text == "+๑.๗" && k1.change.key == "change.indicator.SPE.S1.K1.value" && k1.target == "๓๕")
        let old = try #require(years.indicators.last)
        #expect(old.name == "ตัวชี้วัดเดิม" && old.cells.map(\.text) == ["๑๒.๕", "ไม่มี", "ไม่มี"] && old.change.text == "–")
        let dropout = try #require(years.indicators.first { $0.name == "ร้อยละของผู้เรียนที่ออกกลางคัน" })
        #expect(dropout.cells.map(\.text) == ["ไม่มี", "ไม่มี", "๐.๘"] && dropout.presence == "เพิ่งมีในปีนี้")
    }

    /// A strategic indicator's percentage of its target and grade beside met / not met, in parts ๓
    /// and ๔, marked for the audit.
    @Test func partsThreeAndFourGradeTheStrategicIndicators() async throws {
        let html = try await Self.html(trends: nil)
        // 36.2 of 35: 103.43 per cent, ดีเยี่ยม; 40 of 100: 40.00, the lowest band.
        let percent = #"<data data-audit="indicator.SPE.S1.K1.percent" value="103.43">๑๐๓.๔๓</data>"#
        let grade = #"<data data-audit="indicator.SPE.S2.K2.rating" value="4">ต้องปรับปรุงเร่งด่วน</data>"#
        #expect(html.components(separatedBy: percent).count == 3, "parts ๓ and ๔")
        #expect(html.components(separatedBy: grade).count == 3)
        #expect(html.contains("ระดับผลตามร้อยละของค่าเป้าหมายที่บรรลุ (แผนพัฒนาการศึกษาจังหวัด (ทดสอบ)): ดีเยี่ยม ๑๐๐ ขึ้นไป"))
    }

    /// Without an earlier year nothing of the comparison is made: the booklet rendered with a
    /// history of no year is the booklet rendered without one, byte for byte.
    @Test func withoutAnEarlierYearTheBookletIsAsItWas() async throws {
        let without = try await Self.html(trends: nil)
        let empty = try await Self.html(trends: Trends(history: History(), report: Self.report))
        #expect(without == empty)
        #expect(!without.contains("years-table\"") && !without.contains("history.") && !without.contains("change."))
        #expect(BookletModel(report: Self.report, trends: Trends(history: History(), report: Self.report)).yearsSummary() == nil)
        // With the history: the two tables of the years, and the summary's.
        let with = try await Self.html(trends: Self.trends)
        #expect(with.components(separatedBy: #"<table class="grid fixed years-table">"#).count == 4)
        #expect(with.contains(#"<data data-audit="change.total.allocated" value="482346.42">+๔๘๒,๓๔๖.๔๒</data>"#))
        #expect(with.contains("ไม่มีประเด็นนี้ในปีนั้น"))
    }
}
