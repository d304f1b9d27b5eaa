import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressPresentation
@testable import PlanPressSite
@testable import PlanPressTemplates
@testable import PlanPressValidate

/// The site's typed views, as the templates read them: the frame beside every page's own view,
/// `has` flags beside lists, absent names for what a page does not have, and rows converted once
/// for every page that lists them.
@Suite struct SiteViewTests {
    static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/e2e/base")

    static func report() throws -> Report {
        let content = ContentValidator(contentURL: base, displayBase: base, strict: false).validate()
        return try #require(Aligner(strict: false).align(content).0)
    }

    /// Every page of the fixture's site with the view its template reads.
    static func pages() throws -> (report: Report, model: SiteModel, views: [String: TemplateValue]) {
        let report = try report()
        let model = SiteModel(report: report)
        var views: [String: TemplateValue] = [:]
        for page in SiteRenderer.pages(report, model) {
            let frame = SiteRenderer.frame(page, site: .text("the site"), description: .text("the summary"), report: report)
            views[page.path] = page.view(frame)
        }
        return (report, model, views)
    }

    static func fields(_ value: TemplateValue?) -> [String: TemplateValue] {
        guard case .object(let fields)? = value else { return [:] }
        return fields
    }

    static func text(_ value: TemplateValue?) -> String? {
        guard case .text(let text)? = value else { return nil }
        return text
    }

    static func flag(_ value: TemplateValue?) -> Bool? {
        guard case .flag(let flag)? = value else { return nil }
        return flag
    }

    static func items(_ value: TemplateValue?) -> [TemplateValue] {
        switch value {
        case .list(let items)?: return items
        case .lazyList(let list)?: return (0..<list.count).map(list.make)
        default: return []
        }
    }

    @Test func everyPageHasTheFrameBesideItsOwnView() throws {
        let (report, model, views) = try Self.pages()
        let pages = SiteRenderer.pages(report, model)
        #expect(views.count == pages.count)
        for page in pages {
            let view = Self.fields(views[page.path])
            let root = String(repeating: "../", count: page.path.split(separator: "/").count - 1)
            #expect(Self.text(view["root"]) == root, "\(page.path)")
            #expect(Self.text(view["pageTitle"]) == BidiIsolation.display(page.title), "\(page.path)")
            #expect(Self.flag(view["hasCrumbs"]) == !page.crumbs.isEmpty, "\(page.path)")
            #expect(Self.text(view["canonical"]) == BidiIsolation.display("https://example.go.th/e2e/" + page.path), "\(page.path)")
            // The shared parts are used as they are, not converted again.
            #expect(Self.text(view["site"]) == "the site", "\(page.path)")
            #expect(Self.text(view["description"]) == "the summary", "\(page.path)")
            let crumbs = Self.items(view["crumbs"]).map { Self.text(Self.fields($0)["href"]) }
            #expect(crumbs == page.crumbs.map { BidiIsolation.display(root + $0.href) }, "\(page.path)")
        }
        // A page's own names stand beside the frame's.
        #expect(Self.text(Self.fields(views["index.html"])["projects"]) != nil)
        #expect(Self.text(Self.fields(views["pages/01-intro.html"])["body"]) != nil)
    }

    @Test func listsHaveTheirFlagsAndWhatIsMissingIsAbsent() throws {
        let (report, _, views) = try Self.pages()
        let home = Self.fields(views["index.html"])
        #expect(Self.flag(home["hasUnits"]) == true)
        #expect(Self.flag(home["hasStrategies"]) == true)
        #expect(Self.flag(home["hasByStatus"]) == true)
        // Only alpha-school names a contact.
        #expect(Self.fields(views["units/alpha-school.html"])["contact"] != nil)
        #expect(Self.fields(views["units/beta-college.html"])["contact"] == nil)
        #expect(Self.flag(Self.fields(views["units/beta-college.html"])["hasProjectRows"]) == true)
        // A project page's strategies are those it names itself, with their own flag.
        for unit in report.units {
            for p in unit.projects {
                let view = Self.fields(views["projects/\(p.unitID)/\(p.project.id).html"])
                #expect(Self.items(view["strategies"]).count == p.project.strategies.count)
                #expect(Self.flag(view["hasStrategies"]) == !p.project.strategies.isEmpty)
            }
        }
        // Top-level items have no parent.
        for item in report.framework.plans.flatMap(\.items) {
            #expect(Self.fields(views["items/\(item.code).html"])["parent"] == nil)
        }
    }

    @Test func itemPagesListTheRowsConvertedOnce() throws {
        let (report, model, views) = try Self.pages()
        var listed = 0
        for item in report.framework.allItems {
            guard let rollup = model.rollup(item.code) else { continue }
            let rows = Self.items(Self.fields(views["items/\(item.code).html"])["projectRows"])
            let expected = model.projects(rollup.projectKeys).map { model.projectRows[$0] }
            #expect(rows.map(\.dump) == expected.map(\.dump))
            listed += rows.count
        }
        #expect(listed > 0)
        // Each shared row is what a fresh conversion of the project's row gives.
        for (i, p) in model.allProjects.enumerated() {
            let fresh = TemplateValue(encoding: model.projectRow(p), .display())
            #expect(model.projectRows[i].dump == fresh.dump)
        }
    }

    @Test func problemsRowsAreMadeOnlyWhenRendered() throws {
        let (_, _, views) = try Self.pages()
        let problems = Self.fields(views["problems.html"])
        guard case .lazyList(let byUnit)? = problems["byUnit"] else {
            Issue.record("byUnit is not made lazily")
            return
        }
        #expect(Self.flag(problems["hasByUnit"]) == (byUnit.count > 0))
        let withProblems = Self.items(problems["byUnit"]).filter { Self.flag(Self.fields($0)["hasProjects"]) == true }
        #expect(!withProblems.isEmpty)
        for strategy in Self.items(problems["byStrategy"]) {
            guard case .lazyList? = Self.fields(strategy)["projects"] else {
                Issue.record("a strategy's projects are not made lazily")
                continue
            }
        }
    }

    @Test func figuresCountTheProjectIndicatorsByBandAndRowsCarryTheGrade() throws {
        let (report, model, _) = try Self.pages()
        // base/: 103.57, 125 and 100 are ดีเยี่ยม, 80 is ดี; a qualitative and three unmeasured
        // indicators have no grade.
        let figures = model.figuresView(report.totals, scope: "total")
        #expect(figures.bands.map(\.label) == ["ดีเยี่ยม", "ดี", "พอใช้", "ต้องปรับปรุง", "ต้องปรับปรุงเร่งด่วน"])
        #expect(figures.bands.map(\.count) == ["3", "1", "0", "0", "0"] && figures.unrated == "4")
        #expect(figures.bands.map(\.raw) == ["3", "1", "0", "0", "0"] && figures.bands.first?.key == "total.indicators.band.0")
        #expect(figures.bands.map(\.range) == ["100 ขึ้นไป", "75 ถึงต่ำกว่า 100", "60 ถึงต่ำกว่า 75", "50 ถึงต่ำกว่า 60", "ต่ำกว่า 50"])
        let unit = try #require(report.units.first { $0.submission.unit.id == "alpha-school" })
        let rows = try #require(unit.projects.first { $0.project.id == "P02" }).achievements
        #expect(rows.map { $0?.percent.description } == ["80", nil])
    }

    /// An item's page says how each of its strategic indicators' value is made: the aggregation in
    /// words with its formula, the units, and every contributing entry with its figures, note and
    /// as_of (the base fixture: a ratio, a sum and a single under SPE.S2, the mean by default
    /// under SPE.S1).
    @Test func itemPagesShowHowEachIndicatorIsMade() throws {
        let (_, _, views) = try Self.pages()
        func indicators(_ path: String) -> [String: [String: TemplateValue]] {
            Dictionary(
                Self.items(Self.fields(views[path])["strategicIndicators"]).map {
                    (Self.text(Self.fields($0)["code"]) ?? "", Self.fields($0))
                },
                uniquingKeysWith: { a, _ in a })
        }
        let s2 = indicators("items/SPE.S2.html")
        let ratio = try #require(s2["SPE.S2.K1"])
        #expect(Self.text(ratio["aggregation"]) == "อัตราส่วน (ratio)")
        #expect(Self.text(ratio["formula"]) == "อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × 100")
        #expect(Self.flag(ratio["isRatio"]) == true)
        #expect(Self.text(ratio["valueRaw"]) == "0.8" && Self.text(ratio["contributorUnits"]) == "2")
        let entries = Self.items(ratio["contributors"]).map(Self.fields)
        #expect(entries.map { Self.text($0["unit"]) } == ["วิทยาลัยเบตา", "สำนักงานแกมมา"])
        #expect(entries.map { Self.text($0["href"]) } == ["units/beta-college.html", "units/gamma-office.html"])
        #expect(entries.map { Self.text($0["key"]) } == ["indicator.SPE.S2.K1.1.beta-college", "indicator.SPE.S2.K1.2.gamma-office"])
        #expect(
            entries.map { "\(Self.text($0["numerator"]) ?? "") / \(Self.text($0["denominator"]) ?? "") = \(Self.text($0["value"]) ?? "")" }
                == [
                    "3 / 400 = 0.75", "5 / 600 = 0.83",
                ])
        // as_of as a Thai date in the Buddhist Era, whether written 2569-06-10 or 10 มิ.ย. 2569.
        #expect(entries.map { Self.text($0["asOf"]) } == ["10 มิถุนายน 2569", "10 มิถุนายน 2569"])
        #expect(entries.map { Self.text($0["note"]) } == ["ผู้เรียนทุกระดับชั้น", nil])
        let sum = try #require(s2["SPE.S2.K2"])
        #expect(Self.text(sum["aggregation"]) == "ผลรวม (sum)" && Self.flag(sum["isRatio"]) == false)
        #expect(Self.items(sum["contributors"]).map { Self.text(Self.fields($0)["value"]) } == ["24", "16"])
        #expect(Self.items(sum["contributors"]).allSatisfy { Self.text(Self.fields($0)["asOf"]) == "–" })
        let single = try #require(s2["SPE.S2.K3"])
        #expect(Self.text(single["formula"]) == "ค่าเดียว (single) จากสำนักงานแกมมา")
        #expect(Self.items(single["contributors"]).count == 1)
        let mean = try #require(indicators("items/SPE.S1.html")["SPE.S1.K1"])
        #expect(Self.text(mean["aggregation"]) == "ค่าเฉลี่ย (mean) โดยปริยาย")
        #expect(Self.text(mean["formula"])?.contains("กรอบแผนไม่ได้ระบุวิธีรวม") == true)
        // The chart's table names the aggregation of the year's value.
        let rows = Self.items(ratio["chartRows"]).map { Self.text(Self.fields($0)["kind"]) }
        #expect(rows.contains("ค่าที่รายงาน (อัตราส่วน)"))
        // The plan's page and the analysis page list the indicators in brief, with the same rows.
        for path in ["plans/SPE.html", "alignment.html"] {
            let brief = Self.items(Self.fields(views[path])["strategicIndicators"]).map(Self.fields)
            #expect(brief.count == 4, "\(path)")
            #expect(
                brief.map {
                    "\(Self.text($0["code"]) ?? ""): \(Self.text($0["aggregation"]) ?? "") \(Self.text($0["contributorUnits"]) ?? "")"
                } == [
                    "SPE.S1.K1: ค่าเฉลี่ย (mean) โดยปริยาย 1", "SPE.S2.K1: อัตราส่วน (ratio) 2", "SPE.S2.K2: ผลรวม (sum) 2",
                    "SPE.S2.K3: ค่าเดียว (single) 1",
                ], "\(path)")
        }
        #expect(Self.flag(Self.fields(views["plans/NS.html"])["hasStrategicIndicators"]) == false)
    }
}
