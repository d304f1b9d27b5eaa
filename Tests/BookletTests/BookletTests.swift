import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressBooklet
@testable import PlanPressCore
@testable import PlanPressPublish
@testable import PlanPressTemplates
@testable import PlanPressValidate

/// The committee booklet's HTML, built from the sample content without a PDF engine.
@Suite struct BookletTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("content")
    static let templates = root.appendingPathComponent("templates")

    static func report(_ content: URL = sample) throws -> Report {
        let validated = ContentValidator(contentURL: content, displayBase: content, strict: false).validate()
        return try #require(Aligner(strict: false).align(validated).0)
    }

    static func html(_ report: Report, content: URL = sample) async throws -> String {
        let files = try await BookletRenderer(templates: templates).render(report, content: content)
        let html = try #require(files.first { $0.path == BookletRenderer.htmlPath })
        #expect(files.contains { $0.path == "print/fonts/Sarabun-Regular.ttf" } && files.contains { $0.path == "print/fonts/OFL.txt" })
        return String(decoding: html.bytes, as: UTF8.self)
    }

    /// The text a reader sees: no style sheet, no tags, entities decoded enough for digits.
    static func visibleText(_ html: String) -> String {
        var text = html.replacing(#/<style>[\s\S]*?<\/style>/#, with: " ")
        text = text.replacing(#/<title>[\s\S]*?<\/title>/#, with: " ")
        text = text.replacing(#/<[^>]*>/#, with: " ")
        return text.replacing(#/&[#a-zA-Z0-9]+;/#, with: " ")
    }

    @Test func followsTheOrderOfAProvincialReport() async throws {
        let html = try await Self.html(try Self.report())
        let chapters = html.matches(of: #/<h1 id="([^"]+)">([\s\S]*?)<\/h1>/#).map { String($0.output.2).replacing(#/<[^>]+>/#, with: "") }
        #expect(
            chapters == [
                "คำนำ", "สารบัญ", "บทสรุปผู้บริหาร", "ส่วนที่ ๑ ข้อมูลพื้นฐาน",
                "ส่วนที่ ๒ แผนพัฒนาการศึกษาจังหวัดและการนำแผนสู่การปฏิบัติ", "ส่วนที่ ๓ ผลการดำเนินงานตามประเด็นยุทธศาสตร์",
                "ส่วนที่ ๔ การวิเคราะห์ความสอดคล้อง", "ส่วนที่ ๕ ปัญหา อุปสรรค และข้อเสนอแนะ", "ภาคผนวก",
            ])
        let appendices = html.matches(of: #/<h2 id="ap-[^"]+">(ภาคผนวก [ก-ฮ]) /#).map { String($0.output.1) }
        #expect(appendices == ["ภาคผนวก ก", "ภาคผนวก ข", "ภาคผนวก ค", "ภาคผนวก ง"])
        // The office's own pages land where their titles say.
        #expect(html.contains("<h2 id=\"pg-03-context\">๑. บริบทจังหวัดสตูล (ข้อมูลพื้นฐาน)</h2>"))
        #expect(html.contains("<h2 id=\"pg-05-implementation\">๒. การนำแผนสู่การปฏิบัติ</h2>"))
        #expect(html.contains("<h2 id=\"pg-90-about\">ภาคผนวก จ เกี่ยวกับรายงานนี้</h2>"))
    }

    @Test func contentsAndPageReferencesPointAtHeadings() async throws {
        let report = try Self.report()
        let html = try await Self.html(report)
        let ids = html.matches(of: #/ id="([^"]+)"/#).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let targets = html.matches(of: #/href="#([^"]+)"/#).map { String($0.output.1) }
        let missing = Set(targets).subtracting(ids)
        #expect(missing.isEmpty, "links to nowhere: \(missing.prefix(5))")
        // Every project is described once, in part 3, and listed with the page of its description.
        let articles = html.matches(of: #/<article class="project" id="p-([^"]+)">/#).count
        #expect(articles == report.totals.projects)
        #expect(html.matches(of: #/<a class="pageref" href="#p-/#).count >= report.totals.projects)
        let toc = html.matches(of: #/<td class="t"><a href="#([^"]+)">/#).map { String($0.output.1) }
        #expect(toc.count >= 30 && toc.first == "ch-foreword" && toc.last == "pg-90-about")
    }

    @Test func numbersAreThaiDigitsAndTotalsAreInWords() async throws {
        let report = try Self.report()
        let html = try await Self.html(report)
        let arabic = Self.visibleText(html).split(whereSeparator: \.isWhitespace).filter { word in
            word.contains { $0.isASCII && $0.isNumber } && !word.contains { $0.isASCII && $0.isLetter }
        }
        #expect(arabic.isEmpty, "Arabic numbers: \(arabic.prefix(10))")
        #expect(html.contains("counter(page, thai)"))
        #expect(html.contains("ol { list-style-type: thai; }"))
        // The grand totals, with the words of the reference's rules, in the summary and the appendix.
        let words = BahtText.words(report.totals.allocated)
        #expect(words == "ยี่สิบสองล้านสองแสนสี่หมื่นสองพันสี่ร้อยบาทถ้วน")
        #expect(html.components(separatedBy: words).count - 1 == 2)
        #expect(html.contains(ThaiDigits.thai(report.totals.allocated.grouped)))
        #expect(html.contains("<p class=\"cover-date\">ธันวาคม ๒๕๖๙</p>"))
    }

    /// Part ๓ says, for each top strategy, how many projects reach it (the strategy's roll-up),
    /// in Thai digits, before the table that lists them.
    @Test func eachStrategySaysHowManyProjectsReachIt() async throws {
        let report = try Self.report()
        let html = try await Self.html(report)
        let primary = try #require(report.framework.plan(report.site.primaryPlan))
        let rollups = Dictionary(report.rollups.map { ($0.item.code, $0) }, uniquingKeysWith: { a, _ in a })
        var said = 0
        for item in primary.items {
            guard let rollup = rollups[item.code], rollup.figures.projects > 0 else { continue }
            let count = ThaiDigits.thai(String(rollup.figures.projects))
            #expect(html.contains("มีโครงการสอดคล้อง \(count) โครงการ"), "\(item.code): \(count)")
            said += 1
        }
        #expect(said > 0)
        #expect(!html.contains("มีโครงการสอดคล้อง  โครงการ"))
    }

    @Test func figuresAgreeWithTheOtherChannels() async throws {
        let report = try Self.report()
        let files = try await BookletRenderer(templates: Self.templates).render(report, content: Self.sample)
        let mismatches = ChannelAudit.check(ChannelAudit.Reader(report), files: files)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        let html = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(html.contains("data-audit=\"total.allocated\" value=\"\(report.totals.allocated.plain)\""))
        #expect(html.contains("data-audit=\"unit.spm-satun.spent\""))
    }

    /// Parts ๓ and ๔ say how each strategic indicator's value is made: the aggregation (its
    /// formula in part ๓), the units, and every contributing entry's figures in Thai digits,
    /// marked for the audit; part ๔ lists every entry of every indicator in one print table.
    @Test func partsThreeAndFourShowHowEachIndicatorIsMade() async throws {
        let report = try Self.report()
        let html = try await Self.html(report)
        let part3 = try #require(html.range(of: "id=\"part-3\"")).lowerBound
        let part4 = try #require(html.range(of: "id=\"part-4\"")).lowerBound
        let three = String(html[part3..<part4])
        let four = String(html[part4...])
        #expect(three.contains("อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × ๑๐๐ · หน่วยงานที่รายงาน "))
        #expect(three.contains("ค่าเดียว (single) จากศธจ.สตูล"))
        #expect(four.contains("<td>อัตราส่วน (ratio)</td>") && four.contains("<td>ผลรวม (sum)</td>"))
        let assessments = AlignmentAnalysis.assessments(report)
        let entries = assessments.flatMap { a in a.contributors.enumerated().map { (a, $0.offset, $0.element) } }
        #expect(entries.count >= 10)
        for (a, n, c) in entries {
            let key = "indicator.\(a.code).\(n + 1).\(c.unitID)"
            let value = "<data data-audit=\"\(key).value\" value=\"\(c.value)\">\(ThaiDigits.thai(c.value.description))</data>"
            #expect(four.contains(value), "\(key)")
            if a.aggregation == .ratio, let numerator = c.numerator, let denominator = c.denominator {
                #expect(four.contains("\(key).numerator\" value=\"\(numerator)\">\(ThaiDigits.thai(numerator.description))<"), "\(key)")
                #expect(
                    four.contains("\(key).denominator\" value=\"\(denominator)\">\(ThaiDigits.thai(denominator.description))<"), "\(key)")
            }
            if let asOf = c.asOf { #expect(four.contains(asOf.thai(abbreviated: true, digits: .thai))) }
        }
        // Part ๔'s table of entries has a row per entry; part ๓ lists the primary plan's.
        let table = try #require(four.range(of: "<caption>ค่าที่หน่วยงานรายงานซึ่งนำมาคำนวณค่าของจังหวัด</caption>"))
        let rows = four[table.upperBound...].components(separatedBy: "</table>")[0]
        #expect(rows.components(separatedBy: "<tr>").count - 2 == entries.count)
        let primary = assessments.filter { $0.code.hasPrefix(report.site.primaryPlan + ".") }.flatMap(\.contributors)
        #expect(three.components(separatedBy: "data-audit=\"indicator.").count - 1 >= primary.count)
    }

    @Test func isOneSelfContainedPrintableFile() async throws {
        let html = try await Self.html(try Self.report())
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"th\">"))
        #expect(!html.contains("<link") && !html.contains("<script"))
        let sources = html.matches(of: #/src="([^"]*)"/#).map { String($0.output.1) }
        #expect(sources.allSatisfy { $0.hasPrefix("data:") })
        // Paged media: A4, margins, numbered footer, running header, new page per chapter, repeated
        // header rows, rows never split, headings kept with what follows.
        for rule in [
            "size: A4 portrait", "margin: 2.5cm 2cm 2cm 3cm", "content: string(chapter)", "string-set: chapter content()",
            "break-before: page", "thead { display: table-header-group; }", "tr, li { break-inside: avoid;", "break-after: avoid",
            "bookmark-level: 1", "src: url(fonts/Sarabun-Regular.ttf)",
        ] {
            #expect(html.contains(rule), "missing \(rule)")
        }
    }

    @Test func rendersTheSameBytesTwice() async throws {
        let report = try Self.report()
        let a = try await Self.html(report)
        let b = try await Self.html(report)
        #expect(a == b)
    }

    @Test func arabicNumeralsWhenThePrintChannelAsksForThem() async throws {
        var report = try Self.report()
        report.site.printNumerals = .arabic
        let html = try await Self.html(report)
        #expect(html.contains("counter(page, decimal)"))
        #expect(html.contains(report.totals.allocated.grouped))
        #expect(html.contains("<h1 id=\"part-1\"><span class=\"part-label\">ส่วนที่ 1</span>"))
    }

    @Test func putsTheOfficeLogoOnTheCover() async throws {
        let base = Self.root.appendingPathComponent("Tests/Fixtures/e2e/base")
        let content = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-logo-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: base, to: content)
        defer { try? FileManager.default.removeItem(at: content) }
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>"
        try Data(svg.utf8).write(to: content.appendingPathComponent("logo.svg"))
        let html = try await Self.html(try Self.report(content), content: content)
        #expect(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\""))
        let without = try await Self.html(try Self.report(base), content: base)
        #expect(!without.contains("class=\"logo\""))
    }
}

@Suite struct BookletTextTests {
    let thai = BookletText(digits: .thai)

    @Test func proseTakesThaiDigitsAddressesDoNot() {
        #expect(thai.plain("ป.3 ร้อยละ 72.50 จาก 2,807.52") == "ป.๓ ร้อยละ ๗๒.๕๐ จาก ๒,๘๐๗.๕๒")
        #expect(
            thai.plain("https://example.go.th/p01.pdf plan@spm1.go.th evidence/p03-summary.pdf")
                == "https://example.go.th/p01.pdf plan@spm1.go.th evidence/p03-summary.pdf")
        #expect(BookletText(digits: .arabic).plain("ป.3") == "ป.3")
    }

    @Test func htmlKeepsTagsEntitiesAndCode() {
        let html = "<p>ปี 2569 <a href=\"https://x.go.th/a1\">ลิงก์ 1</a> &#39; <code>format/1</code></p><pre>2</pre>"
        #expect(thai.html(html) == "<p>ปี ๒๕๖๙ <a href=\"https://x.go.th/a1\">ลิงก์ ๑</a> &#39; <code>format/1</code></p><pre>2</pre>")
    }

    @Test func markdownHeadingsGoBelowTheChapterAndRelativeLinksBecomeText() {
        let out = thai.markdown("# หนึ่ง\n\n## สอง 2\n\n[ข้อมูล](../data/report.json) [เว็บ](https://example.go.th/)")
        #expect(out.contains("<h3 class=\"md-h\">หนึ่ง</h3>"))
        #expect(out.contains("<h4 class=\"md-h\">สอง ๒</h4>"))
        #expect(out.contains("<a>ข้อมูล</a>"))
        #expect(out.contains("<a href=\"https://example.go.th/\">เว็บ</a>"))
    }
}

@Suite struct PDFEngineTests {
    @Test func isFoundOnPathOrNamedOrTurnedOff() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-nopath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(PDFEngine.find(environment: ["PATH": empty.path]) == nil)
        #expect(PDFEngine.find(environment: ["PATH": "/usr/bin:/bin", "PLANPRESS_PDF_ENGINE": "none"]) == nil)
        let fake = empty.appendingPathComponent("weasyprint")
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(PDFEngine.find(environment: ["PATH": empty.path])?.executable.path == fake.path)
        #expect(PDFEngine.find(environment: ["PLANPRESS_PDF_ENGINE": fake.path])?.name == "weasyprint")
        let notice = PDFEngine.missingNotice(environment: [:])
        #expect(notice.th.contains("apt-get install weasyprint") && notice.en.contains("pip install weasyprint"))
    }

    @Test func sourceDateIsTheReportDate() throws {
        let report = try Fixtures.report()
        let epoch = PDFEngine.sourceDateEpoch(report, environment: [:])
        #expect(CalendarDate(unixSeconds: epoch) == report.reportDate)
        #expect(epoch % 86_400 == 0)
        #expect(PDFEngine.sourceDateEpoch(report, environment: ["SOURCE_DATE_EPOCH": "42"]) == 42)
    }

    @Test func aFailingEngineSaysWhyAndLeavesNoScratchFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("weasyprint")
        try Data("#!/bin/sh\necho 'no fonts here' >&2\nexit 3\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let output = dir.appendingPathComponent("output")
        #expect {
            try PDFEngine(executable: fake).render(
                [OutputFile(path: "print/booklet.html", text: "<p>x</p>")], html: "print/booklet.html", pdf: "print/booklet.pdf",
                stylesheet: nil, scratchBeside: output, sourceDateEpoch: 0)
        } throws: { error in
            "\(error)".contains("exit 3") && "\(error)".contains("no fonts here")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["weasyprint"])
    }

}

extension BookletTests {
    @Test func theBookletWrittenIntoTheStagingFolderIsTheOneRenderedWhole() async throws {
        let report = try Self.report()
        let renderer = try await BookletRenderer(templates: Self.templates)
        let whole = try renderer.render(report, content: Self.sample)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-booklet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        let staging = try StagingFolder(outputURL: output)
        let built = try renderer.build(
            report, content: Self.sample, outputFolder: output, environment: ["PLANPRESS_PDF_ENGINE": "none"], staging: staging)
        #expect(built.files.isEmpty)
        _ = try staging.commit()
        for file in whole {
            #expect(try Data(contentsOf: output.appendingPathComponent(file.path)) == Data(file.bytes), "\(file.path)")
        }
        #expect(whole.count > 1)
    }
}

extension BookletTests {
    /// The project descriptions, the issues of part ๕, the projects by unit and the evidence list
    /// are made only as the booklet is written: at national scale they do not fit in memory at once.
    @Test func theLongListsAreMadeWhenRendered() async throws {
        let report = try Self.report()
        let view = try await BookletRenderer(templates: Self.templates).view(report, content: Self.sample, forPDF: false)
        func field(_ value: TemplateValue?, _ name: String) -> TemplateValue? {
            guard case .object(let fields)? = value else { return nil }
            return fields[name]
        }
        func items(_ value: TemplateValue?) -> [TemplateValue] {
            guard case .list(let items)? = value else { return [] }
            return items
        }
        func isLazy(_ value: TemplateValue?) -> Bool {
            guard case .lazyList(let list)? = value else { return false }
            return list.count > 0
        }
        let strategies = items(field(field(view, "part3"), "strategies"))
        #expect(!strategies.isEmpty)
        #expect(strategies.contains { isLazy(field($0, "details")) })
        let issues = items(field(field(view, "part5"), "sections")).filter { field($0, "isIssues") != nil }
        #expect(!issues.isEmpty && issues.allSatisfy { isLazy(field($0, "rows")) })
        let appendix = items(field(field(view, "appendix"), "sections"))
        #expect(isLazy(field(appendix.first { field($0, "isProjects") != nil }, "units")))
        #expect(isLazy(field(appendix.first { field($0, "isEvidence") != nil }, "rows")))
    }
}
