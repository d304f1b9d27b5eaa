import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressTestSupport
import PlanPressValidate
import Testing

@testable import PlanPressSite
@testable import PlanPressTemplates

/// The years before on the site's views: the sample's history (2567, 2568, made by PlanPress) and a
/// small history made by hand beside the end-to-end fixture. Every earlier year's figure is
/// Trends' to the satang under its `history.` key, every change this year's minus the previous
/// year present's under its `change.` key, codes of some years only are said to be so; without an
/// earlier year the views are exactly those of a report without history.
@Suite struct SiteHistoryTests {
    /// The sample with its history, as a build reads it.
    static let sample: (report: Report, trends: Trends) = {
        let report = try! Fixtures.report()
        let (history, diagnostics) = HistoryReader(
            contentURL: Fixtures.sample, displayBase: Fixtures.packageRoot, engine: DiagnosticEngine(strict: true)
        ).read(site: report.site)
        precondition(diagnostics.isEmpty && history.years.map(\.year) == [2567, 2568], "the sample's history: \(diagnostics)")
        return (report, Trends(history: history, report: report))
    }()

    static func figures(projects: Int, units: Int = 1, allocated: Int64, spent: Int64 = 0, achieved: Int = 0) -> Figures {
        var f = Figures()
        f.projects = projects
        f.units = units
        f.allocated = Money(satang: allocated)
        f.spent = Money(satang: spent)
        f.indicators.achieved = achieved
        return f
    }

    static func result(_ value: String?) -> IndicatorYear {
        IndicatorYear(value: value.flatMap { DecimalNumber(ascii: Substring($0)) }, target: nil, status: value == nil ? .noData : .met)
    }

    /// Beside the end-to-end fixture (2569): 2567 has alpha-school and old-unit, the items SPE.S1,
    /// SPE.S2 and OLD.1 (a strategy of the primary plan then, gone now), SPE.S1.K1 = 30.5 and
    /// OLD.K1 (an indicator of SPE.S1 then); 2568 has alpha-school and beta-college, SPE.S1 only
    /// (more projects than now), SPE.S1.K1 without a value.
    static let handMade: (report: Report, trends: Trends) = {
        let report = try! Fixtures.report(Fixtures.base)
        let history = History(years: [
            HistoryYear(
                year: 2567, path: "content/history/2567/report.json", province: "สตูล",
                totals: figures(projects: 4, units: 2, allocated: 900_000_00, spent: 12_50),
                units: [
                    HistoryUnit(id: "alpha-school", name: "โรงเรียนอัลฟา", figures: figures(projects: 1, allocated: 2_00)),
                    HistoryUnit(id: "old-unit", name: "หน่วยงานเดิม", shortName: "หน่วยเดิม", figures: figures(projects: 3, allocated: 1_00)),
                ],
                items: [
                    HistoryItem(code: "SPE.S1", planID: "SPE", name: "ยุทธศาสตร์ที่ ๑", rollup: figures(projects: 2, allocated: 3)),
                    HistoryItem(code: "SPE.S2", planID: "SPE", name: "ยุทธศาสตร์ที่ ๒", rollup: figures(projects: 1, allocated: 5_00)),
                    HistoryItem(code: "OLD.1", planID: "SPE", name: "ยุทธศาสตร์ที่ยุบไปแล้ว", rollup: figures(projects: 1, allocated: 4)),
                ],
                indicators: [
                    HistoryIndicator(
                        code: "SPE.S1.K1", itemCode: "SPE.S1", planID: "SPE", name: "ตัวชี้วัด", direction: .increase, result: result("30.5")),
                    HistoryIndicator(
                        code: "OLD.K1", itemCode: "SPE.S1", planID: "SPE", name: "ตัวชี้วัดเดิม", unit: "คน", direction: .decrease,
                        result: result("4")),
                ]),
            HistoryYear(
                year: 2568, path: "content/history/2568/report.json", province: "สตูล",
                totals: figures(projects: 40, units: 2, allocated: 1_000_000_00, spent: 0),
                units: [
                    HistoryUnit(id: "alpha-school", name: "โรงเรียนอัลฟา", figures: figures(projects: 2, allocated: 50_000_00)),
                    HistoryUnit(id: "beta-college", name: "วิทยาลัยเบตา", figures: figures(projects: 1, allocated: 7_00)),
                ],
                items: [HistoryItem(code: "SPE.S1", planID: "SPE", name: "ยุทธศาสตร์ที่ ๑", rollup: figures(projects: 30, allocated: 9_99))],
                indicators: [
                    HistoryIndicator(
                        code: "SPE.S1.K1", itemCode: "SPE.S1", planID: "SPE", name: "ตัวชี้วัด", direction: .increase, result: result(nil))
                ]),
        ])
        return (report, Trends(history: history, report: report))
    }()

    /// A cell's marked figures as (key, raw, shown, before, after); `nil` for `–`.
    static func parts(_ cell: HistoryTable.Cell) -> [(key: String, raw: String, shown: String, before: String, after: String)]? {
        cell.absent ? nil : cell.parts.map { ($0.marked ? $0.key : "", $0.raw, $0.shown, $0.before, $0.after) }
    }

    static func row(_ table: HistoryTable, _ label: String) -> HistoryTable.Row? {
        table.rows.first { $0.rowLabel == label || $0.rowLabel.hasPrefix(label + " ") }
    }

    // MARK: The sample

    @Test("the home page: the province's figures of every year as Trends has them, the change from the previous year")
    func sampleHome() throws {
        let (report, trends) = Self.sample
        let home = SiteModel(report: report, trends: trends).homeView()
        let years = try #require(home.totalYears.first)
        let table = years.table
        #expect(table.rows.map(\.rowLabel) == ["2567", "2568", "2569 (ปีนี้)", "เปลี่ยนแปลงจากปี 2568"])
        #expect(table.columns.count == 5)
        for year in [2567, 2568] {
            let f = try #require(trends.totals.value(in: year))
            let cells = try #require(Self.row(table, String(year))).cells.map(Self.parts)
            #expect(cells[0]?.map(\.key) == ["history.\(year).total.projects"])
            #expect(cells[0]?.map(\.raw) == [String(f.projects)])
            #expect(cells[1]?.map(\.raw) == [String(f.units)])
            #expect(cells[1]?.map(\.key) == ["history.\(year).total.units"])
            #expect(cells[2]?.map(\.raw) == [f.allocated.plain])
            #expect(cells[2]?.map(\.shown) == [f.allocated.grouped])
            #expect(cells[3]?.map(\.raw) == [f.spent.plain])
            #expect(
                cells[4]?.map(\.key) == [
                    "history.\(year).total.indicators.achieved", "history.\(year).total.indicators.not_achieved",
                    "history.\(year).total.indicators.not_measured",
                ])
            #expect(cells[4]?.map(\.raw) == [f.indicators.achieved, f.indicators.notAchieved, f.indicators.notMeasured].map(String.init))
            #expect(cells[4]?.map(\.before) == ["", " / ", " / "])
        }
        // This year's row is shown, not marked again (its figures are marked above on the page).
        let now = try #require(Self.row(table, "2569"))
        #expect(now.isCurrent)
        #expect(now.cells.allSatisfy { $0.parts.allSatisfy { !$0.marked } })
        #expect(now.cells[2].parts.first?.raw == report.totals.allocated.plain)
        // The change: this year's minus 2568's, exact, on projects, allocated and spent only.
        let then = try #require(trends.totals.value(in: 2568))
        let change = try #require(table.rows.last).cells.map(Self.parts)
        #expect(change[0]?.first?.key == "change.total.projects")
        #expect(change[0]?.first?.raw == String(report.totals.projects - then.projects))
        #expect(change[1]?.isEmpty == true)
        let allocated = report.totals.allocated - then.allocated
        #expect(change[2]?.first?.key == "change.total.allocated")
        #expect(change[2]?.first?.raw == allocated.plain)
        #expect(change[2]?.first?.before == (allocated.satang > 0 ? "+" : ""))
        #expect(change[3]?.first?.raw == (report.totals.spent - then.spent).plain)
        #expect(change[4]?.isEmpty == true)
        // The chart of the budget by year names every year's figures in its description.
        #expect(years.chart.contains("<title id=\"home-years-t\">"))
        #expect(years.chart.contains("2567 ได้รับ 20.18"))
        #expect(years.table.tableID == "home-years-table")
    }

    @Test("the home page: each strategy of the primary plan by year, with the change")
    func sampleStrategies() throws {
        let (report, trends) = Self.sample
        let home = SiteModel(report: report, trends: trends).homeView()
        #expect(
            home.strategyYears.map(\.tableID) == ["home-strategies-projects", "home-strategies-allocated", "home-strategies-indicators"])
        let allocated = home.strategyYears[1]
        let top = report.framework.plan("SPE")?.items.map(\.code) ?? []
        #expect(allocated.rows.map { String($0.rowLabel.prefix { $0 != " " }) } == top)
        #expect(allocated.columns == ["2567", "2568", "2569 (ปีนี้)", "เปลี่ยนแปลงจากปีก่อน"])
        for (code, row) in zip(top, allocated.rows) {
            let trend = try #require(trends.item(code))
            #expect(row.rowHref == "items/\(code).html")
            for (i, point) in trend.rollup.points.enumerated() {
                let cell = Self.parts(row.cells[i])
                #expect(cell?.first?.raw == point.value?.allocated.plain, "\(code) \(point.year)")
                #expect(cell?.first?.key == (point.year == 2569 ? "" : "history.\(point.year).item.\(code).allocated"))
            }
            let change = try #require(trend.rollup.changeFromPrevious)
            #expect(Self.parts(row.cells[3])?.first?.raw == change.allocated.plain)
            #expect(Self.parts(row.cells[3])?.first?.key == "change.item.\(code).allocated")
        }
        // The indicators' table gives the three counts per year and no change.
        let indicators = home.strategyYears[2]
        #expect(indicators.columns.count == 3)
        #expect(Self.parts(indicators.rows[0].cells[0])?.count == 3)
    }

    @Test("the units: every unit of any year, pao-satun (then, not now) and satun-pattana (not in 2567) said so")
    func sampleUnits() throws {
        let (report, trends) = Self.sample
        let model = SiteModel(report: report, trends: trends)
        let tables = model.unitsView().unitsYears
        #expect(tables.map(\.tableID) == ["units-years-projects", "units-years-allocated", "units-years-spent"])
        let spent = tables[2]
        #expect(spent.rows.count == report.units.count + 1)
        let pao = try #require(spent.rows.last)
        #expect(pao.rowLabel == "อบจ.สตูล")
        #expect(!pao.rowLinked && pao.rowNote == "มีในปีก่อน ไม่มีในปีนี้")
        let paoTrend = try #require(trends.unit("pao-satun"))
        #expect(Self.parts(pao.cells[1])?.first?.raw == paoTrend.figures.value(in: 2568)?.spent.plain)
        #expect(Self.parts(pao.cells[1])?.first?.key == "history.2568.unit.pao-satun.spent")
        #expect(Self.parts(pao.cells[2]) == nil)
        #expect(Self.parts(pao.cells[3])?.isEmpty == true)
        let pattana = try #require(spent.rows.first { $0.rowHref == "units/satun-pattana.html" })
        #expect(pattana.rowNote == "มีบางปี")
        #expect(Self.parts(pattana.cells[0]) == nil)
        let trend = try #require(trends.unit("satun-pattana"))
        let change = try #require(trend.figures.changeFromPrevious)
        #expect(Self.parts(pattana.cells[3])?.first?.raw == change.spent.plain)
        // A unit's own page: its figures by year, without a units column.
        let unit = try #require(report.units.first { $0.submission.unit.id == "satun-pattana" })
        let years = try #require(model.unitView(unit).unitYears.first)
        #expect(years.presence == "มีบางปี")
        #expect(years.table.columns == ["โครงการ", "งบประมาณ (บาท)", "ใช้จ่าย (บาท)", "ตัวชี้วัด บรรลุ / ไม่บรรลุ / ยังไม่วัด"])
        #expect(years.table.rows[0].rowNote == "ไม่มีในปีนั้น" && years.table.rows[0].cells.allSatisfy(\.absent))
        #expect(Self.parts(years.table.rows[1].cells[1])?.first?.key == "history.2568.unit.satun-pattana.allocated")
        #expect(Self.parts(years.table.rows[3].cells[1])?.first?.key == "change.unit.satun-pattana.allocated")
    }

    @Test("a plan's page lists the items of earlier years only, and their strategic indicators, with their last figures")
    func samplePlan() throws {
        let (report, trends) = Self.sample
        let model = SiteModel(report: report, trends: trends)
        let plan = try #require(report.framework.plan("SPE"))
        let view = model.planView(plan)
        let projects = try #require(view.planYears.first)
        let gone = try #require(projects.rows.last)
        #expect(gone.rowLabel.hasPrefix("SPE.S3.5 "))
        #expect(!gone.rowLinked && gone.rowNote == "มีในปีก่อน ไม่มีในปีนี้")
        let trend = try #require(trends.item("SPE.S3.5"))
        #expect(Self.parts(gone.cells[1])?.first?.raw == trend.rollup.value(in: 2568).map { String($0.projects) })
        #expect(Self.parts(gone.cells[2]) == nil)
        let added = try #require(projects.rows.first { $0.rowLabel.hasPrefix("SPE.S2.3 ") })
        #expect(added.rowNote == "มีบางปี" && Self.parts(added.cells[0]) == nil)
        let k4 = try #require(view.goneIndicators.first { $0.code == "SPE.S3.K4" })
        let value = try #require(trends.indicator("SPE.S3.K4")?.results.value(in: 2568)?.value)
        #expect(k4.year == "2568")
        #expect(k4.lastValue.map(\.raw) == [value.description])
        #expect(k4.lastValue.map(\.key) == ["history.2568.indicator.SPE.S3.K4.value"])
        #expect(k4.presence == "มีในปีก่อน ไม่มีในปีนี้")
        // Its item is still there: the indicator is listed on the item's page too.
        let item = try #require(report.framework.allItems.first { $0.code == "SPE.S3" })
        #expect(model.itemView(item)?.goneIndicators.map(\.code) == ["SPE.S3.K4"])
    }

    @Test("a strategic indicator: each earlier year's value in the chart's table, marked, and the change of its value")
    func sampleIndicator() throws {
        let (report, trends) = Self.sample
        let model = SiteModel(report: report, trends: trends)
        let ind = try #require(report.framework.allIndicators.first { $0.code == "SPE.S2.K1" })
        let view = model.strategicIndicatorView(ind)
        let trend = try #require(trends.indicator("SPE.S2.K1"))
        let earlier = view.chartRows.filter(\.marked)
        #expect(earlier.map(\.auditKey) == ["history.2567.indicator.SPE.S2.K1.value", "history.2568.indicator.SPE.S2.K1.value"])
        #expect(earlier.map(\.raw) == [2567, 2568].map { trend.results.value(in: $0)?.value?.description ?? "?" })
        // Each earlier year's value follows its year's target; this year's value stays last.
        let order = view.chartRows.map { "\($0.year) \($0.kind)" }
        #expect(order.firstIndex(of: "2567 ค่าที่รายงาน") == order.firstIndex(of: "2567 ค่าเป้าหมาย").map { $0 + 1 })
        #expect(view.chartRows.last?.current == true)
        let years = try #require(view.indicatorYears.first)
        let change = try #require(trend.results.change(from: 2568))
        #expect(years.changeSince == "2568")
        #expect(years.indicatorChange.map(\.raw) == [change.description])
        #expect(years.indicatorChange.map(\.key) == ["change.indicator.SPE.S2.K1.value"])
        #expect(!years.hasPresenceNote)
        // The chart draws the years' values as a line: the earlier values are written in it.
        for v in earlier { #expect(view.chart.contains(">\(v.value)</text>")) }
        #expect(view.chart.contains("ค่าที่รายงานในปีก่อน 2567: "))
        // SPE.S2.K2 came with the 2568 revision.
        let k2 = try #require(report.framework.allIndicators.first { $0.code == "SPE.S2.K2" })
        #expect(model.strategicIndicatorView(k2).indicatorYears.first?.presenceNote == "มีบางปี")
    }

    @Test("every history mark of the sample's pages names an earlier year's figure Trends has, and every change is now − before")
    func sampleMarksAreTrends() throws {
        let (report, trends) = Self.sample
        let model = SiteModel(report: report, trends: trends)
        var tables: [HistoryTable] =
            model.homeView().totalYears.map(\.table) + model.homeView().strategyYears + model.unitsView().unitsYears
        for plan in report.framework.plans { tables += model.planView(plan).planYears }
        for item in report.framework.allItems { tables += model.itemView(item)?.itemYears.map(\.table) ?? [] }
        for unit in report.units { tables += model.unitView(unit).unitYears.map(\.table) }
        var checked = 0
        for figure in tables.flatMap(\.rows).flatMap(\.cells).flatMap(\.parts) where figure.marked {
            let parts = figure.key.split(separator: ".").map(String.init)
            if parts[0] == "history" {
                let year = try #require(Int(parts[1]))
                let (scope, figureName) = Self.scope(parts.dropFirst(2))
                let f = try #require(Self.figures(trends, scope, year: year), "\(figure.key)")
                #expect(figure.raw == Self.plain(f, figureName), "\(figure.key)")
            } else {
                let (scope, figureName) = Self.scope(parts.dropFirst(1))
                let trend = try #require(Self.trend(trends, scope))
                let change = try #require(trend.changeFromPrevious)
                let expected = ["projects": String(change.projects), "allocated": change.allocated.plain, "spent": change.spent.plain]
                #expect(figure.raw == expected[figureName], "\(figure.key)")
            }
            // As shown, the figure is its plain value (the audit reads both); a rise has its `+` before it.
            #expect(HeadlineFigures.plain(figure.shown) == figure.raw, "\(figure.key)")
            let rises = parts[0] == "change" && !figure.raw.hasPrefix("-") && figure.raw.contains { $0 != "0" && $0 != "." }
            #expect((figure.before == "+") == rises, "\(figure.key)")
            checked += 1
        }
        #expect(checked > 1000)
    }

    /// `total.projects`, `item.SPE.S1.indicators.achieved` → the scope and the figure.
    static func scope(_ parts: ArraySlice<String>) -> (scope: [String], figure: String) {
        let p = Array(parts)
        let figureLength = p.suffix(2).first == "indicators" ? 2 : 1
        let scopeParts = Array(p.dropLast(figureLength))
        return (scopeParts, p.suffix(figureLength).joined(separator: "."))
    }

    static func trend(_ trends: Trends, _ scope: [String]) -> Trend<Figures>? {
        switch scope.first {
        case "total": return trends.totals
        case "item": return trends.item(scope.dropFirst().joined(separator: "."))?.rollup
        case "unit": return trends.unit(scope.dropFirst().joined(separator: "."))?.figures
        default: return nil
        }
    }

    static func figures(_ trends: Trends, _ scope: [String], year: Int) -> Figures? { trend(trends, scope)?.value(in: year) }

    static func plain(_ f: Figures, _ figure: String) -> String? {
        switch figure {
        case "projects": return String(f.projects)
        case "units": return String(f.units)
        case "allocated": return f.allocated.plain
        case "spent": return f.spent.plain
        case "indicators.achieved": return String(f.indicators.achieved)
        case "indicators.not_achieved": return String(f.indicators.notAchieved)
        case "indicators.not_measured": return String(f.indicators.notMeasured)
        default: return nil
        }
    }

    // MARK: A history made by hand

    @Test("a fall is shown with its minus and no plus; a change from a year that is not the one before says which")
    func handMadeChanges() throws {
        let (report, trends) = Self.handMade
        let model = SiteModel(report: report, trends: trends)
        let home = model.homeView()
        let change = try #require(home.totalYears.first?.table.rows.last)
        #expect(change.rowLabel == "เปลี่ยนแปลงจากปี 2568")
        let projects = try #require(Self.parts(change.cells[0])?.first)
        #expect(projects.raw == String(report.totals.projects - 40))
        #expect(report.totals.projects < 40)
        #expect(projects.before == "" && projects.shown == "-" + String(40 - report.totals.projects))
        // Strategies: SPE.S1 fell from 30 projects; SPE.S2 was not in 2568, so its change is from 2567.
        let table = home.strategyYears[0]
        #expect(table.rows.map { String($0.rowLabel.prefix { $0 != " " }) } == ["SPE.S1", "SPE.S2", "SPE.S3", "OLD.1"])
        let s1 = try #require(report.rollup("SPE.S1")).figures
        #expect(Self.parts(table.rows[0].cells[3])?.first?.raw == String(s1.projects - 30))
        #expect(Self.parts(table.rows[0].cells[3])?.first?.after == "")
        let s2 = try #require(report.rollup("SPE.S2")).figures
        let s2Change = try #require(Self.parts(table.rows[1].cells[3])?.first)
        #expect(s2Change.raw == String(s2.projects - 1))
        #expect(s2Change.after == " (จากปี 2567)")
        #expect(table.rows[1].rowNote == "มีบางปี")
        #expect(table.rows[2].rowNote == "เพิ่งมีในปีนี้" && Self.parts(table.rows[2].cells[3])?.isEmpty == true)
        let old = table.rows[3]
        #expect(old.rowNote == "มีในปีก่อน ไม่มีในปีนี้" && !old.rowLinked)
        #expect(Self.parts(old.cells[0])?.first?.key == "history.2567.item.OLD.1.projects")
        #expect(Self.parts(old.cells[1]) == nil && Self.parts(old.cells[2]) == nil)
        // Money falls keep their satang: alpha-school had 50,000.00 in 2568.
        let units = model.unitsView().unitsYears[1]
        let alpha = try #require(units.rows.first { $0.rowHref == "units/alpha-school.html" })
        let now = try #require(report.units.first { $0.submission.unit.id == "alpha-school" }).figures.allocated
        let fall = now - Money(satang: 50_000_00)
        #expect(Self.parts(alpha.cells[3])?.first?.raw == fall.plain)
        #expect(Self.parts(alpha.cells[3])?.first?.shown == fall.grouped)
        #expect(Self.parts(alpha.cells[3])?.first?.before == (fall.satang > 0 ? "+" : ""))
        let gone = try #require(units.rows.last)
        #expect(gone.rowLabel == "หน่วยเดิม" && gone.rowNote == "มีในปีก่อน ไม่มีในปีนี้")
    }

    @Test("an indicator: an earlier year without a value has no point and gives no change; one that went is listed under its item")
    func handMadeIndicators() throws {
        let (report, trends) = Self.handMade
        let model = SiteModel(report: report, trends: trends)
        let k1 = try #require(report.framework.allIndicators.first { $0.code == "SPE.S1.K1" })
        let view = model.strategicIndicatorView(k1)
        #expect(view.chartRows.filter(\.marked).map(\.auditKey) == ["history.2567.indicator.SPE.S1.K1.value"])
        #expect(view.chartRows.filter(\.marked).map(\.raw) == ["30.5"])
        let years = try #require(view.indicatorYears.first)
        // 2568 had the indicator without a value: no change to state.
        #expect(years.indicatorChange.isEmpty && years.changeSince == "")
        let item = try #require(report.framework.allItems.first { $0.code == "SPE.S1" })
        let gone = try #require(model.itemView(item)?.goneIndicators.first)
        #expect(gone.code == "OLD.K1" && gone.year == "2567" && gone.unitNote == " (คน)")
        #expect(gone.lastValue.map(\.key) == ["history.2567.indicator.OLD.K1.value"])
        #expect(gone.itemLinked && gone.itemHref == "items/SPE.S1.html")
    }

    @Test("Thai digits where the site asks for them: years, figures and changes")
    func thaiDigits() throws {
        var report = Self.handMade.report
        let trends = Self.handMade.trends
        report.site.siteNumerals = .thai
        let home = SiteModel(report: report, trends: trends).homeView()
        let table = try #require(home.totalYears.first?.table)
        #expect(table.rows.map(\.rowLabel) == ["๒๕๖๗", "๒๕๖๘", "๒๕๖๙ (ปีนี้)", "เปลี่ยนแปลงจากปี ๒๕๖๘"])
        let allocated = try #require(Self.parts(table.rows[0].cells[2])?.first)
        #expect(allocated.shown == "๙๐๐,๐๐๐.๐๐" && allocated.raw == "900000.00")
        #expect(HeadlineFigures.plain(allocated.shown) == allocated.raw)
        #expect(try #require(Self.parts(table.rows[3].cells[0])?.first).shown.hasPrefix("-"))
    }

    // MARK: Without history

    @Test("without an earlier year every page's view is the view of a report without history")
    func withoutHistoryNothingChanges() async throws {
        let report = try Fixtures.report(Fixtures.base)
        let plain = SiteModel(report: report)
        let empty = SiteModel(report: report, trends: Trends(history: History(), report: report))
        #expect(empty.history == nil)
        let pages = SiteRenderer.pages(report, plain)
        let emptyPages = SiteRenderer.pages(report, empty)
        #expect(pages.map(\.path) == emptyPages.map(\.path))
        for (a, b) in zip(pages, emptyPages) {
            let frame = SiteRenderer.frame(a, site: .text("s"), description: .text("d"), report: report)
            #expect(a.view(frame).dump == b.view(frame).dump, "\(a.path)")
        }
        // And the pages rendered with the templates are the same bytes.
        let renderer = try await SiteRenderer(templates: Fixtures.templates)
        let without = try renderer.render(report)
        let with = try renderer.render(report, trends: Trends(history: History(), report: report))
        #expect(without.map(\.path) == with.map(\.path))
        #expect(zip(without, with).allSatisfy { $0.bytes == $1.bytes })
        #expect(plain.homeView().totalYears.isEmpty && plain.unitsView().unitsYears.isEmpty)
    }

    @Test("with history the templates render the tables, charts and marks")
    func renderedPages() async throws {
        let (report, trends) = Self.handMade
        let files = try await SiteRenderer(templates: Fixtures.templates).render(report, trends: trends)
        func page(_ path: String) throws -> String {
            String(decoding: try #require(files.first { $0.path == path }).bytes, as: UTF8.self)
        }
        let home = try page("index.html")
        #expect(home.contains("<h2 id=\"h-years\">เทียบกับปีก่อน</h2>"))
        #expect(home.contains("<figure data-table=\"home-years-table\"><svg"))
        #expect(home.contains("<table class=\"history\" id=\"home-years-table\">"))
        #expect(home.contains("<data data-audit=\"history.2567.total.allocated\" value=\"900000.00\">900,000.00</data>"))
        #expect(home.contains("<th scope=\"row\">OLD.1 ยุทธศาสตร์ที่ยุบไปแล้ว <span class=\"badge\">มีในปีก่อน ไม่มีในปีนี้</span></th>"))
        #expect(home.contains("(จากปี 2567)"))
        let item = try page("items/SPE.S1.html")
        #expect(item.contains("<data data-audit=\"history.2567.indicator.SPE.S1.K1.value\" value=\"30.5\">30.5</data>"))
        #expect(item.contains("ไม่มีค่าของปีก่อนให้เทียบ"))
        #expect(item.contains("<h2 id=\"h-gone\">"))
        #expect(item.contains("<figure data-table=\"item-years-table\"><svg"))
        let units = try page("units/index.html")
        #expect(units.contains("หน่วยเดิม <span class=\"badge\">มีในปีก่อน ไม่มีในปีนี้</span>"))
        #expect(try page("units/gamma-office.html").contains("ปีที่หน่วยงานนี้รายงาน: เพิ่งมีในปีนี้"))
        #expect(try page("plans/SPE.html").contains("id=\"plan-years-allocated\""))
    }
}
