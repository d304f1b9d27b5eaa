import PlanPressAlign
import PlanPressCore
import PlanPressTestSupport
import Testing

@testable import PlanPressHistory

/// `Trends`: this year's report (the end-to-end fixture's, 2569) beside earlier years made by
/// hand, matched by code; presence and changes checked against figures worked out here.
@Suite struct TrendsTests {
    static let report: Report = try! Fixtures.report(Fixtures.base)

    static func figures(projects: Int, units: Int, allocated: Int64, spent: Int64, achieved: Int = 0) -> Figures {
        var f = Figures()
        f.projects = projects
        f.units = units
        f.allocated = Money(satang: allocated)
        f.spent = Money(satang: spent)
        f.indicators.achieved = achieved
        return f
    }

    static func result(_ value: String?, _ target: String?, _ status: AlignmentAnalysis.IndicatorStatus) -> IndicatorYear {
        IndicatorYear(
            value: value.flatMap { DecimalNumber(ascii: Substring($0)) }, target: target.flatMap { DecimalNumber(ascii: Substring($0)) },
            status: status)
    }

    /// 2567: alpha-school and old-unit; the item SPE.S1 and OLD.1; SPE.S1.K1 and OLD.K1.
    /// 2568: alpha-school and beta-college; SPE.S1 only; SPE.S1.K1 only.
    static let history = History(years: [
        HistoryYear(
            year: 2568, path: "content/history/2568/report.json", province: "สตูล",
            totals: figures(projects: 3, units: 2, allocated: report.totals.allocated.satang - 1_234_567, spent: 100_00),
            units: [
                HistoryUnit(
                    id: "alpha-school", name: "โรงเรียนอัลฟาวิทยา", figures: figures(projects: 2, units: 1, allocated: 50_000_00, spent: 0)),
                HistoryUnit(id: "beta-college", name: "วิทยาลัยเบตา", figures: figures(projects: 1, units: 1, allocated: 7_00, spent: 0)),
            ],
            items: [
                HistoryItem(
                    code: "SPE.S1", planID: "SPE", name: "ยุทธศาสตร์ที่ ๑ (เดิม)",
                    rollup: figures(projects: 2, units: 1, allocated: 10, spent: 5))
            ],
            indicators: [
                HistoryIndicator(
                    code: "SPE.S1.K1", itemCode: "SPE.S1", planID: "SPE", name: "ตัวชี้วัด", unit: "ร้อยละ", direction: .increase,
                    result: result("80.55", "80", .met))
            ]),
        HistoryYear(
            year: 2567, path: "content/history/2567/report.json", province: "สตูล",
            totals: figures(projects: 2, units: 2, allocated: 900_000_00, spent: 0),
            units: [
                HistoryUnit(id: "old-unit", name: "หน่วยงานเดิม", figures: figures(projects: 1, units: 1, allocated: 1_00, spent: 0)),
                HistoryUnit(id: "alpha-school", name: "โรงเรียนอัลฟา", figures: figures(projects: 1, units: 1, allocated: 2_00, spent: 0)),
            ],
            items: [
                HistoryItem(
                    code: "SPE.S1", planID: "SPE", name: "ยุทธศาสตร์ที่ ๑", rollup: figures(projects: 1, units: 1, allocated: 3, spent: 0)),
                HistoryItem(
                    code: "OLD.1", planID: "SPE", name: "กลยุทธ์ที่ยุบไปแล้ว", rollup: figures(projects: 1, units: 1, allocated: 4, spent: 0)),
            ],
            indicators: [
                HistoryIndicator(
                    code: "OLD.K1", itemCode: "OLD.1", planID: "SPE", name: "ตัวชี้วัดเดิม", direction: .decrease,
                    result: result(nil, "5", .noData))
            ]),
    ])

    static let trends = Trends(history: history, report: report)

    @Test func theYearsAreTheHistorysThenThisOne() {
        #expect(Self.trends.years == [2567, 2568, 2569])
        #expect(Self.trends.currentYear == 2569)
        #expect(Self.trends.earlierYears == [2567, 2568])
        #expect(Self.trends.hasHistory)
        #expect(!Trends(history: History(), report: Self.report).hasHistory)
    }

    @Test("totals: a point per year, this year's from the report, changes exact to the satang")
    func totals() throws {
        let totals = Self.trends.totals
        #expect(totals.points.map(\.year) == [2567, 2568, 2569])
        #expect(totals.current == Self.report.totals)
        #expect(totals.value(in: 2567)?.allocated == Money(satang: 900_000_00))
        let change = try #require(totals.change(from: 2568))
        #expect(change.allocated == Money(satang: 1_234_567))
        #expect(change.allocated.plain == "12345.67")
        #expect(change.projects == Self.report.totals.projects - 3)
        #expect(change.spent == Self.report.totals.spent - Money(satang: 100_00))
        #expect(totals.changeFromPrevious?.allocated == change.allocated)
        #expect(totals.previousYear?.year == 2568)
        // A fall is negative.
        let earlier = Self.figures(projects: 5, units: 1, allocated: 10_00, spent: 0)
        let later = Self.figures(projects: 2, units: 1, allocated: 2_50, spent: 0)
        #expect(later.change(from: earlier).allocated == Money(satang: -7_50))
        #expect(later.change(from: earlier).allocated.plain == "-7.50")
        #expect(later.change(from: earlier).projects == -3)
    }

    @Test("units are matched by id: every year, some years, now and not then, then and not now")
    func units() throws {
        let units = Self.trends.units
        #expect(units.map(\.id) == ["alpha-school", "beta-college", "gamma-office", "old-unit"])
        let alpha = try #require(Self.trends.unit("alpha-school"))
        #expect(alpha.presence == .everyYear)
        #expect(alpha.figures.points.map { $0.value?.allocated.satang } == [2_00, 50_000_00, alpha.figures.current?.allocated.satang])
        let beta = try #require(Self.trends.unit("beta-college"))
        #expect(beta.presence == .someYears)
        #expect(beta.figures.yearsPresent == [2568, 2569])
        let gamma = try #require(Self.trends.unit("gamma-office"))
        #expect(gamma.presence == .onlyNow)
        #expect(!gamma.figures.existedBefore)
        #expect(gamma.figures.previous == nil)
        #expect(gamma.figures.change(from: 2568) == nil)
        let old = try #require(Self.trends.unit("old-unit"))
        #expect(old.presence == .notNow)
        #expect(old.figures.current == nil)
        #expect(old.figures.yearsPresent == [2567])
        #expect(old.name == "หน่วยงานเดิม")
        // The name is this year's where the unit reports now.
        #expect(alpha.name == Self.report.units.first { $0.submission.unit.id == "alpha-school" }?.submission.unit.name)
    }

    @Test("items are matched by code: this year's in framework order, then those only earlier years had")
    func items() throws {
        let items = Self.trends.items
        #expect(Array(items.map(\.code).prefix(Self.report.rollups.count)) == Self.report.rollups.map(\.item.code))
        #expect(items.last?.code == "OLD.1")
        #expect(items.count == Self.report.rollups.count + 1)
        let old = try #require(Self.trends.item("OLD.1"))
        #expect(old.presence == .notNow)
        #expect(old.rollup.value(in: 2567)?.allocated == Money(satang: 4))
        let s1 = try #require(Self.trends.item("SPE.S1"))
        #expect(s1.presence == .everyYear)
        #expect(s1.name == Self.report.rollup("SPE.S1")?.item.name)
        #expect(s1.rollup.current?.allocated == Self.report.rollup("SPE.S1")?.figures.allocated)
        let s2 = try #require(Self.trends.item("SPE.S2"))
        #expect(s2.presence == .onlyNow)
        #expect(s2.rollup.points.map(\.exists) == [false, false, true])
    }

    @Test("strategic indicators are matched by code; their values change exactly")
    func indicators() throws {
        let k1 = try #require(Self.trends.indicator("SPE.S1.K1"))
        #expect(k1.presence == .someYears)
        #expect(k1.results.value(in: 2568)?.value == DecimalNumber(ascii: "80.55"))
        #expect(k1.results.value(in: 2568)?.status == .met)
        let now = AlignmentAnalysis.assessments(Self.report).first { $0.code == "SPE.S1.K1" }
        #expect(k1.results.current?.value == now?.value)
        #expect(k1.results.current?.status == now?.status)
        if let value = now?.value {
            let change = try #require(k1.results.change(from: 2568))
            #expect(value.minus(change) == DecimalNumber(ascii: "80.55"))
        }
        let old = try #require(Self.trends.indicator("OLD.K1"))
        #expect(old.presence == .notNow)
        #expect(old.direction == .decrease)
        #expect(old.itemCode == "OLD.1")
        #expect(Self.trends.indicators.last?.code == "OLD.K1")
        #expect(Self.trends.indicators.count == Self.report.strategicIndicators.count + 1)
    }

    @Test("previousYear is the year just before, only when the history holds it")
    func previousYear() {
        let gap = History(years: Self.history.years.filter { $0.year == 2567 })
        let trends = Trends(history: gap, report: Self.report)
        #expect(trends.totals.previousYear == nil)
        #expect(trends.totals.previous?.year == 2567)
        #expect(trends.unit("beta-college")?.presence == .onlyNow)
    }

    @Test("decimal and money differences are exact")
    func exactDifferences() {
        #expect(DecimalNumber(ascii: "0.3")!.minus(DecimalNumber(ascii: "0.1")!) == DecimalNumber(ascii: "0.2"))
        #expect(DecimalNumber(ascii: "1")!.minus(DecimalNumber(ascii: "1.25")!)?.description == "-0.25")
        #expect(DecimalNumber(significand: .max, scale: 0).minus(DecimalNumber(significand: -1, scale: 0)) == nil)
        #expect((Money(satang: 1_00) - Money(satang: 2_50)).plain == "-1.50")
        #expect(Self.result("72.5", nil, .noData).change(from: Self.result(nil, nil, .noData)) == nil)
    }
}
