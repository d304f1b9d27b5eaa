import Foundation
import PlanPressTestSupport
import Testing

/// `content/history/` as users meet it: the real binary on the end-to-end fixture with a history
/// beside it. Every rule of the history lands at its file, line and column; errors stop the
/// build (even with `--partial`), and the build cache sees a changed year.
@Suite(.serialized)
struct HistoryEndToEndTests {
    static let environment = ["PLANPRESS_PDF_ENGINE": "none", "SOURCE_DATE_EPOCH": "1767225600"]
    /// `Tests/Fixtures/history/broken/history/`: a case per rule, and one good year.
    static let brokenHistory = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/history/broken/history")

    /// Where each diagnostic of the broken history must land (JSON holds no marker comments).
    /// Paths are relative to the working directory; line 0 is a problem of a file or folder.
    static let expected: [(path: String, line: Int, column: Int, code: String, mentions: String)] = [
        ("content/history/2562", 0, 0, "PP801", "no report.json"),
        ("content/history/2563/report.json", 2, 13, "PP802", "planpress/report/2"),
        ("content/history/2564/report.json", 16, 18, "PP802", "totals.allocated"),
        ("content/history/2564/report.json", 41, 22, "PP802", "units[1].figures.allocated"),
        ("content/history/2564/report.json", 90, 26, "PP802", "plans[1].items[1].rollup.allocated"),
        ("content/history/2565/report.json", 16, 5, "PP801", "expected , or }"),
        ("content/history/2566/report.json", 4, 17, "PP804", "ตรัง"),
        ("content/history/2567/report.json", 7, 20, "PP803", "fiscal year 2566"),
        ("content/history/2568.json", 0, 0, "PP805", "year's folder"),
        ("content/history/2570", 0, 0, "PP805", "not earlier"),
        ("content/history/last-year", 0, 0, "PP805", "\"last-year\""),
        ("content/history/notes.txt", 0, 0, "PP806", "not read"),
    ]

    /// The end-to-end fixture's valid content, with `history` as its `content/history/`.
    func staged(_ label: String, history: URL? = brokenHistory) throws -> URL {
        let dir = try Fixtures.stage(Fixtures.base, label)
        if let history {
            try FileManager.default.copyItem(at: history, to: dir.appendingPathComponent("content/history"))
        }
        return dir
    }

    func build(_ dir: URL, _ extra: [String] = []) throws -> BinaryRunner.Result {
        try BinaryRunner.run(
            ["build", "--content", "content", "--templates", Fixtures.templates.path, "--output", "out", "--lang", "en"] + extra, in: dir,
            environment: Self.environment)
    }

    @Test("each rule of the history lands at its path, line and column, and nothing else is reported")
    func everyRuleIsLocated() throws {
        let dir = try staged("history-check")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try BinaryRunner.run(["check", "--content", "content", "--format", "json"], in: dir)
        #expect(run.status == 1, "\(run)")
        let (_, diagnostics) = try DiagnosticsJSONReading.parseDiagnosticsJSON(run.stdout)
        let history = diagnostics.filter { $0.path.hasPrefix("content/history") }
        for e in Self.expected {
            let found = history.first { $0.path == e.path && $0.line == e.line && $0.column == e.column && $0.code == e.code }
            #expect(found != nil, "missing \(e.path):\(e.line):\(e.column): [\(e.code)] in \(history)")
            if let found { #expect(found.messageEN.contains(e.mentions), "\(found)") }
        }
        #expect(history.count == Self.expected.count, "\(history)")
        // The good year and the README say nothing; the stray file is only a warning.
        #expect(!history.contains { $0.path.contains("2568/") || $0.path.contains("README") })
        #expect(history.filter { $0.severity == "warning" }.map(\.code) == ["PP806"])
        for d in history {
            #expect(!d.hintEN.isEmpty, "\(d) has no hint")
        }
        // Thai first, English beside it: the message and the hint in both languages.
        let (document, _) = try DiagnosticsJSONReading.parseDiagnosticsJSON(run.stdout)
        let raw = (document["diagnostics"] as? [[String: Any]] ?? []).filter {
            ($0["path"] as? String)?.hasPrefix("content/history") == true
        }
        #expect(raw.count == Self.expected.count)
        for d in raw {
            for part in ["message", "hint"] {
                let text = d[part] as? [String: String] ?? [:]
                let th = text["th"] ?? ""
                let en = text["en"] ?? ""
                #expect(th.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "\(d) \(part) has no Thai")
                #expect(!en.isEmpty && en != th, "\(d) \(part) has no English")
            }
        }
    }

    @Test("the terminal quotes the line of a located history problem, in Thai by default")
    func terminalQuotesTheLine() throws {
        let dir = try staged("history-text")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try BinaryRunner.run(["check", "--content", "content"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/history/2567/report.json:7:20: ข้อผิดพลาด[PP803]"), "\(run.stderr)")
        #expect(run.stderr.contains("\"fiscal_year\": 2566,"), "\(run.stderr)")
    }

    @Test("an error in the history stops the build, even with --partial, and output/ stays as it was")
    func errorsStopTheBuild() throws {
        let dir = try staged("history-build")
        defer { try? FileManager.default.removeItem(at: dir) }
        for extra in [[], ["--partial"]] {
            let run = try build(dir, extra)
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("[PP803]"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        }
    }

    @Test("a good history builds; changing a year's report rebuilds, and a broken one is refused until fixed")
    func theCacheSeesTheHistory() throws {
        let good = try BinaryRunner.makeTemporaryDirectory("history-good")
        defer { try? FileManager.default.removeItem(at: good) }
        try FileManager.default.createDirectory(at: good.appendingPathComponent("2568"), withIntermediateDirectories: true)
        let year = good.appendingPathComponent("2568/report.json")
        try FileManager.default.copyItem(at: Self.brokenHistory.appendingPathComponent("2568/report.json"), to: year)
        let dir = try staged("history-cache", history: good)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inContent = dir.appendingPathComponent("content/history/2568/report.json")

        let first = try build(dir, ["--timings"])
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.contains("history "), "the timings name the history step: \(first.stderr)")
        let second = try build(dir)
        #expect(second.status == 0 && second.stderr.contains("nothing changed"), "\(second)")

        let text = try String(contentsOf: inContent, encoding: .utf8)
        try text.replacingOccurrences(of: "\"achieved\": 1", with: "\"achieved\": 2").write(
            to: inContent, atomically: true, encoding: .utf8)
        let third = try build(dir)
        #expect(third.status == 0 && !third.stderr.contains("nothing changed"), "\(third)")

        try text.replacingOccurrences(of: "\"fiscal_year\": 2568", with: "\"fiscal_year\": 2567").write(
            to: inContent, atomically: true, encoding: .utf8)
        let broken = try build(dir)
        #expect(broken.status == 1 && broken.stderr.contains("[PP803]"), "\(broken)")
        try text.write(to: inContent, atomically: true, encoding: .utf8)
        let fixed = try build(dir)
        #expect(fixed.status == 0, "\(fixed)")
    }

    @Test("with two earlier years every channel shows them and the build's audit passes; without, none does")
    func theChannelsShowTheYears() throws {
        let dir = try staged("history-channels", history: Fixtures.twoYears.appendingPathComponent("history"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try build(dir)
        #expect(run.status == 0, "\(run)")
        let out = dir.appendingPathComponent("out")
        let csv = try String(contentsOf: out.appendingPathComponent("data/trends.csv"), encoding: .utf8)
        #expect(csv.contains("2567,item,SPE.OLD,1,1,100000.00,50000.25,0,0,1\r\n"))
        let json = try String(contentsOf: out.appendingPathComponent("data/report.json"), encoding: .utf8)
        #expect(json.contains("\"from_year\": 2568"))
        let booklet = try String(contentsOf: out.appendingPathComponent("print/booklet.html"), encoding: .utf8)
        #expect(booklet.contains(#"data-audit="history.2567.total.allocated" value="1000000.00""#))

        // The same content without the history: no year but this one, and no comparison.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("content/history"))
        let alone = try build(dir)
        #expect(alone.status == 0, "\(alone)")
        let lonely = try String(contentsOf: out.appendingPathComponent("data/trends.csv"), encoding: .utf8)
        #expect(!lonely.contains("2567,") && lonely.contains("2569,total,"))
        let plain = try String(contentsOf: out.appendingPathComponent("print/booklet.html"), encoding: .utf8)
        #expect(!plain.contains("history.") && !plain.contains("years-table\""))
        // An empty history folder is no history: the booklet is the same, byte for byte.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("content/history"), withIntermediateDirectories: true)
        let empty = try build(dir, ["--fresh"])
        #expect(empty.status == 0, "\(empty)")
        #expect(try String(contentsOf: out.appendingPathComponent("print/booklet.html"), encoding: .utf8) == plain)
    }

    @Test("the sample builds with its history, and its two years read without a word")
    func theSampleHistoryReads() throws {
        let dir = try Fixtures.stage(Fixtures.sample, "history-sample")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try BinaryRunner.run(["check", "--content", "content", "--format", "json"], in: dir)
        let (_, diagnostics) = try DiagnosticsJSONReading.parseDiagnosticsJSON(run.stdout)
        #expect(!diagnostics.contains { $0.path.contains("history") }, "\(diagnostics)")
        #expect(run.status == 0, "\(run)")
    }
}
