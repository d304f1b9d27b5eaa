import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressValidationReport

/// `planpress check --report DIR`: one page per unit with every problem located, quoted and
/// explained; a summary page; everything escaped.
@Suite(.serialized)
struct ValidationReportTests {
    // MARK: Escaping and quoting

    @Test(
        "escape turns every markup character into an entity, even before a combining mark",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("a & b", "a &amp; b"),
            ("\"\u{301} onmouseover=x", "&quot;\u{301} onmouseover=x"),
            ("'", "&#39;"),
            ("<\u{338}", "&lt;\u{338}"),
            ("ก\u{202E}txt", "ก[U+202E]txt"),
            ("\u{0}\u{7}", "[U+0000][U+0007]"),
            ("โครงการ\tที่ 1\n", "โครงการ\tที่ 1\n"),
        ])
    func escape(_ input: String, _ expected: String) {
        #expect(ValidationReportHTML.escape(input) == expected)
    }

    @Test(
        "the marked spot is the token at the column",
        arguments: [
            ("    strategies: [SPE.S9, SPE.S1]", 18, "SPE.S9"),
            ("    budget: { allocated: \"1.250.000\" }", 26, "\"1.250.000\""),
            ("    name: 'it''s'  # c", 11, "'it''s'"),
            ("    objectivs: [x]", 5, "objectivs"),
            ("        actual: ประมาณ 5  # note", 17, "ประมาณ 5"),
            ("    status: ongoing", 13, "ongoing"),
            ("x: [a,b]", 5, "a"),
        ])
    func spot(_ line: String, _ column: Int, _ expected: String) throws {
        let range = try #require(ValidationReportQuote.spot(in: line, column: column))
        let scalars = Array(line.unicodeScalars)[range]
        #expect(String(String.UnicodeScalarView(scalars)) == expected)
    }

    @Test("a quote shows the line with its neighbours, numbered, the spot marked, and escapes the text")
    func quote() throws {
        let lines = ["a: 1", "b: <script>x</script>", "c: 3", "d: 4"]
        let html = try #require(ValidationReportQuote.html(lines: lines, line: 2, column: 4))
        #expect(html.contains("<span class=\"spot\">&lt;script&gt;x&lt;/script&gt;</span>"))
        #expect(html.contains("<span class=\"n\">1 │</span> a: 1"))
        #expect(html.contains("<span class=\"n\">3 │</span> c: 3"))
        #expect(!html.contains("d: 4"))
        #expect(!html.contains("<script>"))
        // Past the end of the line, the place after it is marked.
        let end = try #require(ValidationReportQuote.html(lines: ["key: [a, b"], line: 1, column: 11))
        #expect(end.contains("key: [a, b<span class=\"spot at-end\"> </span>"))
        // Tabs are shown.
        let tab = try #require(ValidationReportQuote.html(lines: ["\tstatus: x"], line: 1, column: 1))
        #expect(tab.contains("<span class=\"tab\">→</span>"))
        #expect(ValidationReportQuote.html(lines: lines, line: 9, column: 1) == nil)
    }

    // MARK: The report of broken/

    static func pages(_ dir: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".html") {
            out[name] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        }
        return out
    }

    /// The text of an HTML page without its tags, entities decoded: what a reader sees.
    static func visibleText(_ html: String) -> String {
        var s = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s
    }

    @Test("check --report on broken/: a page per unit file with each marked problem at its line, quoted, with its fix")
    func brokenReport() throws {
        let expectations = try FixtureMarkers.expectations(in: Fixtures.broken)
        let out = try BinaryRunner.makeTemporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: out) }
        let dir = out.appendingPathComponent("r")
        let result = try BinaryRunner.run(["check", "--content", "broken", "--report", dir.path], in: Fixtures.e2eRoot)
        #expect(result.status == 1, "errors still exit 1 with --report: \(result)")
        #expect(result.stderr.contains("index.html"))
        let pages = try Self.pages(dir)
        #expect(pages["index.html"] != nil)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(ValidationReport.markerFile).path))

        // Every unit has a page named after its id (a file named otherwise, or a duplicate, goes
        // to its unit's page); the JSON says which unit each file belongs to.
        let json = try BinaryRunner.run(["check", "--content", "broken", "--format", "json"], in: Fixtures.e2eRoot)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        var pageOfPath: [String: String] = [:]
        for unit in try #require(object["units"] as? [[String: Any]]) {
            let id = try #require(unit["id"] as? String)
            for case let path as String in unit["paths"] as? [Any] ?? [] { pageOfPath[path] = ValidationReport.safeName(id) + ".html" }
        }
        let unitFiles = try FileManager.default.contentsOfDirectory(atPath: Fixtures.broken.appendingPathComponent("units").path)
            .filter { ["yaml", "json"].contains(($0 as NSString).pathExtension) }
        for file in unitFiles {
            let page = try #require(pageOfPath["broken/units/\(file)"], "\(file) belongs to no unit")
            #expect(pages[page] != nil, "no page \(page) for \(file)")
        }

        for e in expectations where e.path.hasPrefix("units/") {
            guard let name = pageOfPath["broken/\(e.path)"], let html = pages[name] else {
                Issue.record("no page for \(e)")
                continue
            }
            #expect(html.contains("รหัส \(e.code)"), "\(name) lacks \(e.code)")
            if e.line > 0 {
                #expect(html.contains("บรรทัด \(e.line):"), "\(name) lacks line \(e.line) for \(e.code)")
                if e.code != "PP101" {
                    #expect(html.contains("<pre class=\"quote\">"), "\(name) quotes no line")
                }
            }
            let kind = e.isWarning ? "warning" : "error"
            #expect(html.contains("<section class=\"problem \(kind)\">"), "\(name): \(e.code) should be a \(kind)")
        }

        // Warnings have their own heading and verdict; errors theirs.
        let warned = try #require(pages["tis620.html"])
        #expect(warned.contains("คำเตือน: ควรตรวจทาน (1)"))
        #expect(warned.contains("ผ่านการตรวจสอบ มีคำเตือน 1 รายการ"))
        #expect(!warned.contains("ข้อผิดพลาดที่ต้องแก้ไข"))
        let deep = try #require(pages["deep-nesting.html"])
        #expect(deep.contains("ข้อผิดพลาดที่ต้องแก้ไข (1)"))
        #expect(deep.contains("ยังไม่ผ่านการตรวจสอบ"))
        #expect(deep.contains("ไฟล์อ่านไม่ได้ตั้งแต่จุดที่ผิด"), "a syntax-like error says the rest is not checked yet")

        // A syntax error is shown in its context: lines before it, the spot marked.
        let syntax = try #require(pages["syntax-yaml.html"])
        let expectedLine = try #require(expectations.first { $0.path == "units/syntax-yaml.yaml" }?.line)
        for n in max(1, expectedLine - 3)...expectedLine {
            #expect(
                syntax.contains("<span class=\"n\">\(n) │</span>") || syntax.contains("<span class=\"n\"> \(n) │</span>"),
                "line \(n) quoted")
        }
        #expect(syntax.contains("class=\"spot"))

        // The fix is there, as the checker wrote it.
        let strategy = try #require(pages["unknown-strategy.html"])
        #expect(Self.visibleText(strategy).contains("วิธีแก้: รหัสที่ใกล้เคียงที่สุดคือ"))
        #expect(strategy.contains("<p class=\"where\">อยู่ใน โครงการที่ 1"), "the project is named beside the line")

        // The summary: counts, every unit, the missing one, links.
        let index = try #require(pages["index.html"])
        let text = Self.visibleText(index)
        #expect(text.contains("ยังไม่ส่ง"))
        #expect(text.contains("ghost-unit"))
        #expect(index.contains("href=\"unknown-strategy.html\""))
        #expect(index.contains("href=\"bad_unit.html\""))
        // An accepted unit gets its page too, saying so.
        let alpha = try #require(pages["alpha-school.html"])
        #expect(alpha.contains("ผ่านการตรวจสอบ ไม่พบปัญหา"))
    }

    @Test("the report escapes what units wrote, and a file with a hostile name still gets a safe page")
    func hostileContent() throws {
        let hostile = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit: { id: "<img src=x onerror=alert(1)>", name: "</title><script>alert(2)</script>", affiliation: obec }
            projects:
              - id: P01
                name: "\\"\u{301} onmouseover=alert(3) x=\\""
                strategies: [<script>alert(4)</script>]
                status: completed

            """
        let dir = try Fixtures.hostileContent("report-hostile", ["<b>x&y.yaml": Array(hostile.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("r")
        let result = try BinaryRunner.run(["check", "--report", "r"], in: dir)
        #expect(result.status == 1, "\(result)")
        let pages = try Self.pages(report)
        let page = try #require(pages["-b-x-y.html"], "\(pages.keys.sorted())")
        // A quote followed by a combining mark: one `Character`, still a quote to an HTML parser.
        let quoteAndMark = "\"\u{301}"
        for html in pages.values {
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("</title><"))
            #expect(!html.contains(quoteAndMark))
        }
        #expect(page.contains("&lt;script&gt;alert(4)&lt;/script&gt;"))
        #expect(pages["index.html"]!.contains("href=\"-b-x-y.html\""))
    }

    @Test("--report replaces its own earlier report, and refuses a folder holding anything else or the content")
    func reportFolderSafety() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("report-safety")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Fixtures.base, to: dir.appendingPathComponent("content"))
        #expect(try BinaryRunner.run(["check", "--report", "r"], in: dir).status == 0)
        try Data("stale".utf8).write(to: dir.appendingPathComponent("r/stale.html"))
        #expect(try BinaryRunner.run(["check", "--report", "r"], in: dir).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r/stale.html").path), "the folder is replaced whole")

        try FileManager.default.createDirectory(at: dir.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: dir.appendingPathComponent("docs/letter.txt"))
        for target in ["docs", "content", "content/units", ".", ".."] {
            let r = try BinaryRunner.run(["check", "--report", target], in: dir)
            #expect(r.status == 2, "--report \(target): \(r)")
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("docs/letter.txt").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/site.yaml").path))
    }

    @Test("build --partial names each rejected unit with its error count on the status page, from the file or site.yaml")
    func partialBuildNamesRejectedUnits() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("partial-names")
        defer { try? FileManager.default.removeItem(at: dir) }
        let templates = BinaryRunner.packageRoot.appendingPathComponent("templates").path
        let result = try BinaryRunner.run(
            ["build", "--content", Fixtures.broken.path, "--templates", templates, "--output", "out", "--partial"], in: dir)
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        let status = try String(contentsOf: dir.appendingPathComponent("out/status.html"), encoding: .utf8)
        // unknown-strategy.yaml names itself; syntax-yaml.yaml cannot be read, so its id is shown.
        #expect(status.contains("หน่วยทดสอบ unknown-strategy</"), "the rejected unit's name from its file")
        #expect(status.contains("พบข้อผิดพลาด 1 รายการ"))
        #expect(status.contains("ghost-unit") || status.contains("หน่วยงานที่ยังไม่ส่งรายงาน"))
    }

    @Test("check lists the missing, late and rejected units after the summary, in Thai and English, and in JSON")
    func statusListing() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("status")
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = dir.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.base, to: content)
        try FileManager.default.removeItem(at: content.appendingPathComponent("units/gamma-office.json"))
        let beta = content.appendingPathComponent("units/beta-college.yaml")
        var text = try String(contentsOf: beta, encoding: .utf8)
        text = text.replacingOccurrences(of: "submitted_on: ", with: "submitted_on: 2569-11-05\nx_submitted_on: ")
        try text.write(to: beta, atomically: true, encoding: .utf8)

        let th = try BinaryRunner.run(["check"], in: dir)
        #expect(th.stderr.contains("ยังไม่ส่งรายงาน (1): gamma-office สำนักงานแกมมา"), "\(th.stderr)")
        #expect(th.stderr.contains("ไม่ผ่านการตรวจสอบ (1): beta-college ข้อผิดพลาด 1"), "\(th.stderr)")
        let en = try BinaryRunner.run(["check", "--lang", "en"], in: dir)
        #expect(en.stderr.contains("no submission (1): gamma-office"), "\(en.stderr)")

        // Late: an accepted unit sent after the deadline.
        try text.replacingOccurrences(of: "\nx_submitted_on: ", with: "\n# ").write(to: beta, atomically: true, encoding: .utf8)
        let late = try BinaryRunner.run(["check", "--lang", "en"], in: dir)
        #expect(late.stderr.contains("late, due 2026-10-31 (1): beta-college sent 2026-11-05"), "\(late.stderr)")
        let json = try BinaryRunner.run(["check", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let units = try #require(object["units"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0["id"] as? String ?? "", $0) })
        #expect(byID["gamma-office"]?["state"] as? String == "missing")
        #expect(byID["beta-college"]?["late"] as? Bool == true)
        #expect(byID["beta-college"]?["submitted_on"] as? String == "2026-11-05")
        #expect(byID["alpha-school"]?["state"] as? String == "ok")
    }
}
