import Foundation
import PlanPressTestSupport
import Testing

/// End-to-end tests: the real `planpress` executable on the fixture content in
/// `Tests/Fixtures/e2e/`, asserting exit statuses, diagnostics at file:line and the published figures.
///
/// - `base/` is a small valid report whose figures are worked out by hand below.
/// - `broken/` is `base/` plus one unit file per condition of the Diagnostics table of
///   `submission-format.md`. Each case file carries a marker comment on the line where its
///   diagnostic must land (`# expect: PP401`, optionally `~ text` that the English message or hint
///   must mention; `# expect-file: PP102` for a problem of the whole file, reported at 1:1).
///   JSON has no comments, so the JSON cases are listed in `jsonSidecar`. A case file must produce
///   exactly its marked diagnostics and nothing else, so that one problem never hides another.
@Suite(.serialized)
struct EndToEndTests {
    // MARK: Fixtures

    static let e2eRoot = Fixtures.e2eRoot
    static let base = Fixtures.base
    static let broken = Fixtures.broken
    static let templates = Fixtures.templates

    // MARK: Reading the outputs

    /// RFC 4180 rows of a CSV file, after checking the BOM and the CRLF line ends.
    static func readCSV(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(
            bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(url.lastPathComponent) must start with a UTF-8 BOM", sourceLocation: sourceLocation)
        let bareLF = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
        #expect(bareLF.isEmpty, "\(url.lastPathComponent) must end every line with CRLF", sourceLocation: sourceLocation)
        #expect(bytes.suffix(2) == [0x0D, 0x0A], "\(url.lastPathComponent) must end with CRLF", sourceLocation: sourceLocation)
        let scalars = Array(
            String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self).unicodeScalars)
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if quoted {
                if c == "\"" {
                    if i < scalars.count, scalars[i] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",":
                row.append(String(field))
                field = String.UnicodeScalarView()
            case "\r": continue
            case "\n":
                row.append(String(field))
                rows.append(row)
                row = []
                field = String.UnicodeScalarView()
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(field))
            rows.append(row)
        }
        return rows
    }

    /// Exact satang of a `1234.50` cell.
    static func satang(cell s: String) -> Int64? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let whole = Int64(parts[0]), let frac = Int64(parts[1]) else { return nil }
        return whole * 100 + frac
    }

    static func satang(number n: Any?) -> Int64? {
        guard let d = (n as? NSNumber)?.doubleValue else { return nil }
        return Int64((d * 100).rounded())
    }

    static func buildArguments(output: String = "out", _ extra: String...) -> [String] {
        ["build", "--content", "content", "--templates", templates.path, "--output", output] + extra
    }

    // MARK: The fixtures themselves

    @Test("the executable is found next to the test bundle")
    func executableIsFound() throws {
        let url = try #require(BinaryRunner.executable, "build the package first: swift build")
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
    }

    @Test("broken/ is base/ plus the case files: framework, pages and base units are byte copies")
    func brokenMirrorsBase() throws {
        for path in FixtureMarkers.files(under: Self.base) where path != "site.yaml" {
            let a = try Data(contentsOf: Self.base.appendingPathComponent(path))
            let b = try? Data(contentsOf: Self.broken.appendingPathComponent(path))
            #expect(a == b, "broken/\(path) must be a byte copy of base/\(path)")
        }
    }

    @Test("broken/ has a case for every condition of the Diagnostics table, one file each")
    func brokenCoversTheTable() throws {
        let expectations = try FixtureMarkers.expectations(in: Self.broken)
        let covered = Set(expectations.map(\.code))
        #expect(
            FixtureMarkers.requiredCodes.subtracting(covered).isEmpty,
            "no case for \(FixtureMarkers.requiredCodes.subtracting(covered).sorted())")
        // Case files are named after their unit id (so PP305 never fires by accident) and have one problem each.
        let byFile = Dictionary(grouping: expectations.filter { $0.path.hasPrefix("units/") }, by: \.path)
        for (path, list) in byFile {
            #expect(list.count == 1, "\(path) must hold exactly one problem, has \(list.map(\.code))")
        }
        #expect(byFile.count >= 40, "expected at least 40 case files, found \(byFile.count)")
    }

    // MARK: base/

    @Test("check on base: exit 0, no errors and no warnings")
    func checkBase() throws {
        let text = try BinaryRunner.run(["check", "--content", "base", "--lang", "en"], in: Self.e2eRoot)
        #expect(text.status == 0, "\(text)")
        #expect(text.stderr.contains("checked 3 units, 6 projects: 0 errors, 0 warnings"), "\(text)")
        let json = try BinaryRunner.run(["check", "--content", "base", "--format", "json"], in: Self.e2eRoot)
        #expect(json.status == 0, "\(json)")
        let (document, diagnostics) = try DiagnosticsJSONReading.parseDiagnosticsJSON(json.stdout)
        #expect(document["format"] as? String == "planpress/diagnostics/1")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("build on base publishes exactly the hand-computed figures in every data channel")
    func buildBase() throws {
        let dir = try Fixtures.stage(Self.base, "build-base")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BinaryRunner.run(Self.buildArguments(), in: dir)
        #expect(result.status == 0, "\(result)")
        let data = dir.appendingPathComponent("out/data")

        // projects.csv: one row per project, in unit id then file order.
        let projects = try Self.readCSV(data.appendingPathComponent("projects.csv"))
        #expect(projects.first == Self.projectColumns)
        #expect(Array(projects.dropFirst()) == Self.expectedProjects)
        let projectsText = String(decoding: try Data(contentsOf: data.appendingPathComponent("projects.csv")), as: UTF8.self)
        #expect(projectsText.contains(",\"โครงการอ่านออก, เขียนได้\","), "a cell with a comma is quoted")
        #expect(projectsText.contains(",'+พัฒนาครูและผู้บริหาร,"), "a cell starting with + is defused with '")

        // alignment.csv: every item of every plan; the diamond counted once; MP2 the gap.
        let alignment = try Self.readCSV(data.appendingPathComponent("alignment.csv"))
        #expect(alignment.first == Self.alignmentColumns)
        #expect(Array(alignment.dropFirst()) == Self.expectedAlignment)

        // indicators.csv: one row per project indicator, results by the counting rules.
        let indicators = try Self.readCSV(data.appendingPathComponent("indicators.csv"))
        #expect(indicators.first == Self.indicatorColumns)
        #expect(Array(indicators.dropFirst()) == Self.expectedIndicators)

        // strategic_indicators.csv: worked by hand. SPE.S2.K1 (decrease) 1 ÷ 0.8 × 100 = 125;
        // SPE.S2.K2 40 of 100 is 40 %, below the lowest cut point; a ratio counts the units
        // that gave both parts, a single only its reporter.
        let strategic = try Self.readCSV(data.appendingPathComponent("strategic_indicators.csv"))
        #expect(
            strategic.first == [
                "code", "name", "plan_id", "unit", "direction", "aggregation", "year", "value", "target", "result", "percent_of_target",
                "rating", "units_reporting",
            ])
        #expect(
            Array(strategic.dropFirst()) == [
                [
                    "SPE.S1.K1", "ร้อยละของนักเรียนที่อ่านออกเขียนได้", "SPE", "ร้อยละ", "increase", "mean", "2569", "36.2", "35", "met", "103.43",
                    "ดีเยี่ยม", "1",
                ],
                [
                    "SPE.S2.K1", "ร้อยละของผู้เรียนที่ออกกลางคัน", "SPE", "ร้อยละ", "decrease", "ratio", "2569", "0.8", "1", "met", "125.00",
                    "ดีเยี่ยม", "2",
                ],
                [
                    "SPE.S2.K2", "จำนวนผู้เรียนในระบบทวิภาคี", "SPE", "คน", "increase", "sum", "2569", "40", "100", "not_met", "40.00",
                    "ต้องปรับปรุงเร่งด่วน", "2",
                ],
                [
                    "SPE.S2.K3", "ร้อยละของหน่วยงานที่รายงานตรงเวลา", "SPE", "ร้อยละ", "increase", "single", "2569", "100", "100", "met",
                    "100.00", "ดีเยี่ยม", "1",
                ],
            ])

        // The channels agree to the satang.
        let csvAllocated = projects.dropFirst().compactMap { Self.satang(cell: $0[5]) }.reduce(0, +)
        let csvSpent = projects.dropFirst().compactMap { Self.satang(cell: $0[6]) }.reduce(0, +)
        #expect(csvAllocated == 198_234_642)
        #expect(csvSpent == 126_825_149)

        // report.json
        let jsonData = try Data(contentsOf: data.appendingPathComponent("report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: jsonData) as? [String: Any])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect((totals["projects"] as? NSNumber)?.intValue == 6)
        #expect((totals["units"] as? NSNumber)?.intValue == 3)
        #expect(Self.satang(number: totals["allocated"]) == 198_234_642)
        #expect(Self.satang(number: totals["spent"]) == 126_825_149)
        #expect(Self.satang(number: totals["disbursement_rate"]) == 6398)
        let byStatus = try #require(totals["by_status"] as? [String: Any])
        #expect(
            byStatus.mapValues { ($0 as? NSNumber)?.intValue ?? -1 } == [
                "completed": 3, "ongoing": 1, "not_started": 1, "cancelled": 1, "postponed": 0,
            ])
        var counts = try #require(totals["indicators"] as? [String: Any])
        // Graded by band of the standard scale: 103.57, 125 and 100 ดีเยี่ยม, 80 ดี.
        #expect((counts.removeValue(forKey: "by_band") as? [NSNumber])?.map(\.intValue) == [3, 1, 0, 0, 0])
        #expect(counts.mapValues { ($0 as? NSNumber)?.intValue ?? -1 } == ["achieved": 4, "not_achieved": 1, "not_measured": 3])
        // No earlier year: the history is an empty list.
        #expect((report["history"] as? [Any])?.isEmpty == true)
        #expect((report["projects_serving_several_strategies"] as? NSNumber)?.intValue == 1)
        let jsonText = String(decoding: jsonData, as: UTF8.self)
        #expect(jsonText.contains("1982346.42") && jsonText.contains("1268251.49"), "money is written exactly")
        // The strategic indicators' values by their aggregation: SPE.S2.K1 a ratio,
        // (3 + 5) / (400 + 600) × 100 = 0.8 (the mean of the units' own 0.75 and 0.83 would be
        // 0.79); SPE.S2.K2 a sum, 24 + 16; SPE.S2.K3 single, gamma-office's 100.
        // How each is made: the aggregation (chosen or the mean by default), per, and the entries.
        var yearValues: [String: String] = [:]
        var making: [String: String] = [:]
        for plan in report["plans"] as? [[String: Any]] ?? [] {
            for item in plan["items"] as? [[String: Any]] ?? [] {
                for si in item["indicators"] as? [[String: Any]] ?? [] {
                    let code = si["code"] as? String ?? ""
                    yearValues[code] = (si["year_value"] as? NSNumber)?.stringValue ?? "null"
                    let entries = (si["contributors"] as? [[String: Any]] ?? []).map { e in
                        let parts = (e["numerator"] as? NSNumber).map { "\($0)/\((e["denominator"] as? NSNumber) ?? 0) " } ?? ""
                        return
                            "\(e["unit_id"] as? String ?? "?") \(parts)\((e["value"] as? NSNumber) ?? -1) \(e["as_of"] as? String ?? "-")"
                    }
                    let chosen = (si["aggregation_chosen"] as? Bool) == true ? "" : " by default"
                    let per = (si["per"] as? NSNumber).map { " per \($0)" } ?? ""
                    making[code] = "\(si["aggregation"] as? String ?? "?")\(chosen)\(per): " + entries.joined(separator: ", ")
                }
            }
        }
        #expect(yearValues == ["SPE.S1.K1": "36.2", "SPE.S2.K1": "0.8", "SPE.S2.K2": "40", "SPE.S2.K3": "100"], "\(yearValues)")
        #expect(
            making == [
                "SPE.S1.K1": "mean by default: alpha-school 36.2 -",
                "SPE.S2.K1": "ratio per 100: beta-college 3/400 0.75 2026-06-10, gamma-office 5/600 0.83 2026-06-10",
                "SPE.S2.K2": "sum: beta-college 24 -, gamma-office 16 -", "SPE.S2.K3": "single: gamma-office 100 -",
            ], "\(making)")
        let units = try #require(report["units"] as? [[String: Any]])
        #expect(units.map { $0["id"] as? String ?? "" } == ["alpha-school", "beta-college", "gamma-office"])
        // Late only after the deadline: beta-college submitted on the deadline day.
        #expect(units.map { ($0["late"] as? Bool) ?? false } == [false, false, true])
        #expect(
            units.map { Self.satang(number: ($0["figures"] as? [String: Any])?["allocated"]) ?? -1 } == [
                160_000_000, 17_000_075, 21_234_567,
            ])

        // The site.
        let index = String(decoding: try Data(contentsOf: dir.appendingPathComponent("out/index.html")), as: UTF8.self)
        #expect(index.contains("lang=\"th\""))
        #expect(index.contains("1,982,346.42"), "total allocated in the 1,234.50 form")
        #expect(index.contains("1,268,251.49"), "total spent in the 1,234.50 form")
        let status = String(decoding: try Data(contentsOf: dir.appendingPathComponent("out/status.html")), as: UTF8.self)
        #expect(status.contains("<td>gamma-office</td><td><span class=\"state late\">"))
        #expect(status.contains("<td>beta-college</td><td><span class=\"state submitted\">"))
        let evidence = try Data(contentsOf: dir.appendingPathComponent("out/evidence/alpha-school/alpha-school-p01.txt"))
        #expect(evidence == (try Data(contentsOf: Self.base.appendingPathComponent("units/alpha-school-p01.txt"))))
    }

    // MARK: broken/ with check

    @Test("check on broken: every marker at its file:line in English, and nothing else")
    func checkBrokenEnglish() throws {
        let expectations = try FixtureMarkers.expectations(in: Self.broken)
        // An absolute --content still prints paths relative to the working directory.
        let result = try BinaryRunner.run(["check", "--content", Self.broken.path, "--lang", "en"], in: Self.e2eRoot)
        #expect(result.status == 1, "\(result)")
        #expect(!result.timedOut)
        let printed = Self.diagnosticLines(result.stderr, error: "error", warning: "warning")
        for e in expectations {
            let word = e.isWarning ? "warning" : "error"
            let prefix = e.line == 0 ? "broken/\(e.path): \(word)[\(e.code)]: " : "broken/\(e.path):\(e.line):"
            let hit = printed.contains { $0.hasPrefix(prefix) && $0.contains(": \(word)[\(e.code)]: ") }
            #expect(hit, "missing \(word)[\(e.code)] at \(e)")
        }
        #expect(
            printed.count == expectations.count,
            "printed \(printed.count) diagnostics for \(expectations.count) markers:\n\(printed.joined(separator: "\n"))")
        // path:line:col on every located line.
        for line in printed {
            let parts = Self.locationPart(line).split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 1 { continue }  // a problem of the whole file (PP102)
            #expect(parts.count == 3 && (Int(parts[1]) ?? 0) > 0 && (Int(parts[2]) ?? 0) > 0, "not path:line:col: \(line)")
        }
        let errors = expectations.count { !$0.isWarning }
        let warnings = expectations.count { $0.isWarning }
        #expect(result.stderr.contains(": \(errors) errors, \(warnings) warnings"), "\(result.stderr.suffix(300))")
    }

    @Test("check on broken: messages are in Thai by default")
    func checkBrokenThai() throws {
        let expectations = try FixtureMarkers.expectations(in: Self.broken)
        let result = try BinaryRunner.run(["check", "--content", "broken"], in: Self.e2eRoot)
        #expect(result.status == 1, "\(result)")
        let printed = Self.diagnosticLines(result.stderr, error: "ข้อผิดพลาด", warning: "คำเตือน")
        for e in expectations {
            let word = e.isWarning ? "คำเตือน" : "ข้อผิดพลาด"
            let prefix = e.line == 0 ? "broken/\(e.path): " : "broken/\(e.path):\(e.line):"
            #expect(
                printed.contains { $0.hasPrefix(prefix) && $0.contains(": \(word)[\(e.code)]: ") }, "missing \(word)[\(e.code)] at \(e)")
        }
        #expect(!result.stderr.contains("error["), "no English severity in the Thai output")
        #expect(printed.count == expectations.count)
    }

    @Test("check --format json on broken: valid JSON with exactly the marked diagnostics")
    func checkBrokenJSON() throws {
        let expectations = try FixtureMarkers.expectations(in: Self.broken)
        let result = try BinaryRunner.run(["check", "--content", "broken", "--format", "json"], in: Self.e2eRoot)
        #expect(result.status == 1, "\(result.stderr)")
        let (document, reported) = try DiagnosticsJSONReading.parseDiagnosticsJSON(result.stdout)
        #expect(document["format"] as? String == "planpress/diagnostics/1")
        #expect((document["errors"] as? NSNumber)?.intValue == expectations.count { !$0.isWarning })
        #expect((document["warnings"] as? NSNumber)?.intValue == expectations.count { $0.isWarning })

        let key = { (d: DiagnosticsJSONReading.Reported) in
            "\(d.path.hasPrefix("broken/") ? String(d.path.dropFirst(7)) : d.path):\(d.line):\(d.code)"
        }
        let byKey = Dictionary(grouping: reported, by: key)
        for e in expectations {
            guard let d = byKey[e.key]?.first else {
                let sameFile = reported.filter { $0.path == "broken/\(e.path)" }
                Issue.record("missing \(e); that file reported: \(sameFile)")
                continue
            }
            #expect(d.severity == (e.isWarning ? "warning" : "error"), "\(d)")
            if e.line > 0 { #expect(d.column > 0, "no column: \(d)") }
            if let column = e.column { #expect(d.column == column, "\(d)") }
            if let text = e.mentions {
                #expect(d.messageEN.contains(text) || d.hintEN.contains(text), "\(d) (hint: \(d.hintEN)) should mention \(text)")
            }
        }
        // No other diagnostic anywhere: one bad thing never hides, or drags in, another.
        let expectedKeys = Set(expectations.map(\.key))
        let unexpected = reported.filter { !expectedKeys.contains(key($0)) }
        #expect(unexpected.isEmpty, "unexpected diagnostics:\n\(unexpected.map(\.description).joined(separator: "\n"))")
        #expect(reported.count == expectations.count)
    }

    // MARK: broken/ with build

    @Test("build on broken without --partial: exit 1 and the output folder left byte-identical")
    func buildBrokenPublishesNothing() throws {
        let dir = try Fixtures.stage(Self.broken, "build-broken")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("previous build\n".utf8).write(to: out.appendingPathComponent("sentinel.txt"))
        try Data("unit_id\r\nold\r\n".utf8).write(to: out.appendingPathComponent("data/projects.csv"))
        let before = try BinaryRunner.snapshot(out)

        let result = try BinaryRunner.run(Self.buildArguments(), in: dir)
        #expect(result.status == 1, "\(result)")
        #expect(try BinaryRunner.snapshot(out) == before, "output/ must stay exactly as it was")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "content" && $0 != "out" }
        #expect(leftovers.isEmpty, "no staging folder left behind: \(leftovers)")
    }

    @Test("build --partial on broken: publishes the valid units, lists the rejected and missing ones")
    func buildBrokenPartial() throws {
        let expectations = try FixtureMarkers.expectations(in: Self.broken)
        let dir = try Fixtures.stage(Self.broken, "build-partial")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BinaryRunner.run(Self.buildArguments("--partial"), in: dir)
        #expect(result.status == 0, "\(result)")

        // Accepted: the base units, the folder-form dup-unit and every warning-only case.
        let projects = try Self.readCSV(dir.appendingPathComponent("out/data/projects.csv"))
        let pairs = projects.dropFirst().map { "\($0[0])/\($0[2])" }
        #expect(pairs == Self.expectedPartialProjects)
        for base in [
            "alpha-school/P01", "alpha-school/P02", "beta-college/B01", "beta-college/B02", "gamma-office/G01", "gamma-office/G02",
        ] {
            #expect(pairs.contains(base), "a valid base unit was rejected: \(base)")
        }

        // Rejected: exactly the files with an error marker.
        let errorFiles = Set(expectations.filter { !$0.isWarning }.map { "content/\($0.path)" })
        let reportData = try Data(contentsOf: dir.appendingPathComponent("out/data/report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: reportData) as? [String: Any])
        let rejected = try #require(report["rejected"] as? [[String: Any]])
        #expect(Set(rejected.compactMap { $0["path"] as? String }) == errorFiles)
        let missing = try #require(report["missing"] as? [[String: Any]])
        #expect(missing.compactMap { $0["unit_id"] as? String } == ["ghost-unit"])

        let status = String(decoding: try Data(contentsOf: dir.appendingPathComponent("out/status.html")), as: UTF8.self)
        for path in errorFiles {
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            #expect(status.contains("<td>\(stem)</td><td><span class=\"state rejected\">"), "status.html does not list \(stem) as rejected")
        }
        #expect(status.contains("<td>ghost-unit</td><td><span class=\"state missing\">"))
        // Folder-form evidence is published under the unit.
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/evidence/dup-unit/evidence/photo.txt").path))
    }

    // MARK: --strict, usage

    @Test("--strict turns a warning into an error: base plus one warning-only unit")
    func strict() throws {
        let dir = try Fixtures.stage(Self.base, "strict")
        defer { try? FileManager.default.removeItem(at: dir) }
        let unit = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit: { id: overspent, name: หน่วยใช้เงินเกิน, affiliation: obec }
            projects:
              - id: O01
                name: โครงการใช้จ่ายเกินงบ
                strategies: [SPE.S2.1]
                status: ongoing
                budget: { allocated: 100, spent: 100.01 }
                indicators: [{ name: ตัวชี้วัด, target: 1 }]

            """
        try Data(unit.utf8).write(to: dir.appendingPathComponent("content/units/overspent.yaml"))

        let lenient = try BinaryRunner.run(["check", "--lang", "en"], in: dir)
        #expect(lenient.status == 0, "\(lenient)")
        #expect(lenient.stderr.contains("content/units/overspent.yaml:9:38: warning[PP505]"), "\(lenient)")

        let strict = try BinaryRunner.run(["check", "--lang", "en", "--strict"], in: dir)
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stderr.contains("content/units/overspent.yaml:9:38: error[PP505]"), "\(strict)")

        let build = try BinaryRunner.run(Self.buildArguments("--strict"), in: dir)
        #expect(build.status == 1, "\(build)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing published")

        let plain = try BinaryRunner.run(Self.buildArguments(), in: dir)
        #expect(plain.status == 0, "\(plain)")
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["check", "--bogus"],
            ["build", "--bogus"],
            ["frobnicate"],
            ["check", "--lang", "fr"],
            ["check", "--format", "xml"],
            ["check", "--content", "/nonexistent"],
            ["build", "--content", "/nonexistent"],
        ])
    func usageErrors(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments, in: Self.e2eRoot)
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(!result.stderr.isEmpty, "a usage error says what is wrong")
    }

    // MARK: Hostile inputs

    static let header = "format: planpress/unit-report/1\nfiscal_year: 2569\n"

    /// A billion-laughs document: ten levels of nine aliases each.
    static var aliasBomb: String {
        var lines = [header + "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for i in 1...9 {
            lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]")
        }
        lines.append("summary: *a9\n")
        return lines.joined(separator: "\n")
    }

    @Test("oversized, deeply nested and alias-bomb files are diagnosed (and the run terminates)")
    func hostileInputs() throws {
        let filler = "  บรรทัดสรุปที่ยาวมากเพื่อให้ไฟล์ใหญ่เกินขีดจำกัด\n"
        let lineCount = 5 * 1024 * 1024 / filler.utf8.count + 10
        let huge: String =
            Self.header + "unit: { id: huge, name: ใหญ่, affiliation: obec }\nsummary: |\n"
            + String(repeating: filler, count: lineCount) + "projects: []\n"
        let depth = 100_000
        let deepJSON: String =
            "{\"format\": \"planpress/unit-report/1\", \"summary\": "
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}\n"
        var deepBlock: String = Self.header + "summary:\n"
        for level in 1...200 { deepBlock += String(repeating: "  ", count: level) + "k:\n" }
        let deepFlow: String = Self.header + "summary: " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n"
        var units: [String: [UInt8]] = [:]
        units["huge.yaml"] = Array(huge.utf8)
        units["deep-json.json"] = Array(deepJSON.utf8)
        units["deep-block.yaml"] = Array(deepBlock.utf8)
        units["deep-flow.yaml"] = Array(deepFlow.utf8)
        units["bomb.yaml"] = Array(Self.aliasBomb.utf8)
        let dir = try Fixtures.hostileContent("hostile", units)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(huge.utf8.count > 5 * 1024 * 1024)

        let result = try BinaryRunner.run(["check", "--format", "json"], in: dir, timeout: 120)
        #expect(!result.timedOut, "check must terminate")
        #expect(result.status == 1, "\(result)")
        let (_, reported) = try DiagnosticsJSONReading.parseDiagnosticsJSON(result.stdout)
        func codes(_ file: String) -> [String] { reported.filter { $0.path == "content/units/\(file)" }.map { $0.code } }
        #expect(codes("huge.yaml") == ["PP108"], "\(reported)")
        #expect(codes("deep-json.json") == ["PP105"], "\(reported)")
        #expect(codes("deep-block.yaml") == ["PP105"], "\(reported)")
        #expect(codes("deep-flow.yaml") == ["PP105"], "\(reported)")
        #expect(codes("bomb.yaml") == ["PP104"], "\(reported)")
        // The bomb is refused at its first anchor, line 3, before anything is expanded.
        #expect(reported.first { $0.path == "content/units/bomb.yaml" }?.line == 3)
    }

    // MARK: Regressions of bugs this suite found

    @Test
    func veryDeepFlowYAMLIsPP105() throws {
        let depth = 100_000
        let dir = try Fixtures.hostileContent(
            "deep-flow-bug",
            [
                "deep.yaml": Array(
                    (Self.header + "summary: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n").utf8)
            ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BinaryRunner.run(["check", "--format", "json"], in: dir, timeout: 120)
        #expect(result.status == 1)
        let (_, reported) = try DiagnosticsJSONReading.parseDiagnosticsJSON(result.stdout)
        #expect(reported.filter { $0.path == "content/units/deep.yaml" }.map(\.code) == ["PP105"], "\(reported)")
    }

    @Test
    func crlfFilesAreQuoted() throws {
        let dir = try Fixtures.stage(Self.base, "crlf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lf = try String(contentsOf: Self.broken.appendingPathComponent("units/unknown-affiliation.yaml"), encoding: .utf8)
        try Data(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(
            to: dir.appendingPathComponent("content/units/unknown-affiliation.yaml"))
        let result = try BinaryRunner.run(["check", "--lang", "en"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/units/unknown-affiliation.yaml:7:16: error[PP405]"), "\(result)")
        #expect(result.stderr.contains("7 |   affiliation: obecc"), "\(result)")
    }

    @Test
    func pathsRelativeToWorkingDirectoryWithDotDot() throws {
        let result = try BinaryRunner.run(["check", "--content", "..", "--lang", "en"], in: Self.broken.appendingPathComponent("units"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("../site.yaml:23:5: warning[PP710]"), "\(result.stderr.prefix(400))")
    }

    @Test
    func evidenceFolderBesideFileFormUnits() throws {
        let dir = try Fixtures.stage(Self.base, "evidence-folder")
        defer { try? FileManager.default.removeItem(at: dir) }
        let units = dir.appendingPathComponent("content/units")
        try FileManager.default.createDirectory(at: units.appendingPathComponent("evidence"), withIntermediateDirectories: true)
        try Data("x\n".utf8).write(to: units.appendingPathComponent("evidence/p01-1.txt"))
        let alpha = try String(contentsOf: units.appendingPathComponent("alpha-school.yaml"), encoding: .utf8)
        try Data(alpha.replacingOccurrences(of: "file: alpha-school-p01.txt", with: "file: evidence/p01-1.txt").utf8)
            .write(to: units.appendingPathComponent("alpha-school.yaml"))
        let result = try BinaryRunner.run(["check", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result)")
    }

    // MARK: Helpers

    /// The `path…: severity[CODE]: message` lines of a text run (not the quoted source, carets or hints).
    static func diagnosticLines(_ stderr: String, error: String, warning: String) -> [String] {
        FixtureMarkers.lines(stderr).filter { line in
            !line.hasPrefix(" ") && (line.contains(": \(error)[PP") || line.contains(": \(warning)[PP"))
        }
    }

    /// The `path`, `path:line` or `path:line:col` before the first ": ".
    static func locationPart(_ line: String) -> String {
        line.range(of: ": ").map { String(line[..<$0.lowerBound]) } ?? line
    }

    // MARK: Hand-computed figures of base/
    //
    // Allocated 350,000.00 + 1,250,000.00 + 120,000.75 + 50,000.00 + 12,345.67 + 200,000.00 = 1,982,346.42
    // Spent     348,250.50 +   600,000.25 + 120,000.75 +      0    +      0    + 199,999.99 = 1,268,251.49
    // Rate 1,268,251.49 / 1,982,346.42 = 63.977…% → 63.98
    // Indicators: P01 2 achieved; P02 80 < 100 not achieved + one without actual; B01 8 ≤ 10 (decrease)
    // achieved; B02 cancelled → not measured; G01 no actual; G02 "40%" = 40 achieved (equal counts).
    // Closures: SPE.S1.x → SPE.S1 → MP1.1 → MP1 → NS1; SPE.S2.x → SPE.S2 → NS2; SPE.S3 → MP1 → NS1 and NS3.
    // P02 names SPE.S1.1 and SPE.S3: MP1 and NS1 reached twice (the diamond), counted once.

    static let projectColumns = [
        "unit_id", "unit_name", "project_id", "project_name", "status", "allocated", "spent", "source", "strategies",
        "aligned_codes", "indicators", "indicators_achieved", "indicators_not_achieved", "indicators_not_measured", "start", "end",
    ]

    static let expectedProjects: [[String]] = [
        [
            "alpha-school", "โรงเรียนอัลฟาวิทยา", "P01", "โครงการอ่านออก, เขียนได้", "completed", "350000.00", "348250.50", "government",
            "SPE.S1.1", "MP1;MP1.1;NS1;SPE.S1;SPE.S1.1", "2", "2", "0", "0", "2025-10-01", "2026-09-30",
        ],
        [
            "alpha-school", "โรงเรียนอัลฟาวิทยา", "P02", "'+พัฒนาครูและผู้บริหาร", "ongoing", "1250000.00", "600000.25", "government",
            "SPE.S1.1;SPE.S3", "MP1;MP1.1;NS1;NS3;SPE.S1;SPE.S1.1;SPE.S3", "2", "0", "1", "1", "2025-11-01", "2026-09-30",
        ],
        [
            "beta-college", "วิทยาลัยเบตา", "B01", "โครงการทวิศึกษา", "completed", "120000.75", "120000.75", "non_government", "SPE.S2.1;NS2",
            "NS2;SPE.S2;SPE.S2.1", "1", "1", "0", "0", "2026-01-15", "2026-06-30",
        ],
        [
            "beta-college", "วิทยาลัยเบตา", "B02", "โครงการโรงเรียนปลอดภัย", "cancelled", "50000.00", "0.00", "government", "SPE.S3",
            "MP1;NS1;NS3;SPE.S3", "1", "0", "0", "1", "", "",
        ],
        [
            "gamma-office", "สำนักงานแกมมา", "G01", "โครงการการเรียนรู้ตลอดชีวิต", "not_started", "12345.67", "0.00", "local", "SPE.S2.2",
            "NS2;SPE.S2;SPE.S2.2", "1", "0", "0", "1", "", "",
        ],
        [
            "gamma-office", "สำนักงานแกมมา", "G02", "โครงการพัฒนาครูแกนนำ", "completed", "200000.00", "199999.99", "government", "SPE.S1.2;NS1",
            "MP1;MP1.1;NS1;SPE.S1;SPE.S1.2", "1", "1", "0", "0", "2025-10-01", "2026-03-31",
        ],
    ]

    static let alignmentColumns = [
        "plan_id", "code", "name", "depth", "projects", "units", "allocated", "spent", "indicators_achieved",
        "indicators_not_achieved", "indicators_not_measured",
    ]

    static let expectedAlignment: [[String]] = [
        // NS1 and MP1: P01, P02 (once, though reached twice), B02, G02.
        ["NS", "NS1", "ด้านความมั่นคง", "1", "4", "3", "1850000.00", "1148250.74", "3", "1", "2"],
        ["NS", "NS2", "ด้านการสร้างความสามารถในการแข่งขัน", "1", "2", "2", "132346.42", "120000.75", "1", "0", "1"],
        ["NS", "NS3", "ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์", "1", "2", "2", "1300000.00", "600000.25", "0", "1", "2"],
        ["MP", "MP1", "ความมั่นคง", "1", "4", "3", "1850000.00", "1148250.74", "3", "1", "2"],
        ["MP", "MP1.1", "การรักษาความสงบภายใน", "2", "3", "2", "1800000.00", "1148250.74", "3", "1", "1"],
        ["MP", "MP2", "การต่างประเทศ", "1", "0", "0", "0.00", "0.00", "0", "0", "0"],
        ["SPE", "SPE.S1", "ยกระดับคุณภาพการศึกษา", "1", "3", "2", "1800000.00", "1148250.74", "3", "1", "1"],
        ["SPE", "SPE.S1.1", "พัฒนาทักษะการอ่าน", "2", "2", "1", "1600000.00", "948250.75", "2", "1", "1"],
        ["SPE", "SPE.S1.2", "พัฒนาครู", "2", "1", "1", "200000.00", "199999.99", "1", "0", "0"],
        ["SPE", "SPE.S2", "ส่งเสริมการศึกษาเพื่ออาชีพ", "1", "2", "2", "132346.42", "120000.75", "1", "0", "1"],
        ["SPE", "SPE.S2.1", "ทวิศึกษา", "2", "1", "1", "120000.75", "120000.75", "1", "0", "0"],
        ["SPE", "SPE.S2.2", "การเรียนรู้ตลอดชีวิต", "2", "1", "1", "12345.67", "0.00", "0", "0", "1"],
        ["SPE", "SPE.S3", "ความปลอดภัยในสถานศึกษา", "1", "2", "2", "1300000.00", "600000.25", "0", "1", "2"],
    ]

    static let indicatorColumns = [
        "unit_id", "project_id", "indicator_no", "name", "kind", "unit", "target", "actual", "direction", "result", "contributes_to",
        "percent_of_target", "rating",
    ]

    static let expectedIndicators: [[String]] = [
        [
            "alpha-school", "P01", "1", "ร้อยละของนักเรียนที่อ่านผ่านเกณฑ์", "quantitative", "ร้อยละ", "70", "72.5", "increase", "achieved",
            "SPE.S1.K1", "103.57", "ดีเยี่ยม",
        ],
        [
            "alpha-school", "P01", "2", "ครูนำความรู้ไปใช้", "qualitative", "", "ครูทุกคนนำความรู้ไปใช้ในห้องเรียน", "ครูร้อยละ 90 นำไปใช้", "increase",
            "achieved", "", "", "",
        ],
        ["alpha-school", "P02", "1", "จำนวนครูที่ผ่านการอบรม", "quantitative", "คน", "100", "80", "increase", "not_achieved", "", "80.00", "ดี"],
        ["alpha-school", "P02", "2", "จำนวนโรงเรียนเครือข่าย", "quantitative", "โรงเรียน", "50", "", "increase", "not_measured", "", "", ""],
        [
            "beta-college", "B01", "1", "ร้อยละของผู้เรียนที่ออกกลางคัน", "quantitative", "%", "10", "8", "decrease", "achieved", "", "125.00",
            "ดีเยี่ยม",
        ],
        ["beta-college", "B02", "1", "จำนวนครั้งของการซ้อมอพยพ", "quantitative", "ครั้ง", "5", "6", "increase", "not_measured", "", "", ""],
        ["gamma-office", "G01", "1", "จำนวนศูนย์การเรียนรู้", "quantitative", "แห่ง", "3", "", "increase", "not_measured", "", "", ""],
        [
            "gamma-office", "G02", "1", "ร้อยละของครูแกนนำที่ผ่านการประเมิน", "quantitative", "ร้อยละ", "40", "40", "increase", "achieved", "",
            "100.00", "ดีเยี่ยม",
        ],
    ]

    /// `build --partial` on broken/: units sorted by id, projects in file order.
    static let expectedPartialProjects = [
        "alpha-school/P01", "alpha-school/P02", "also-supports-not-reached/X01", "beta-college/B01", "beta-college/B02",
        "completed-not-measured/X01", "dup-unit/D01", "gamma-office/G01", "gamma-office/G02", "no-indicators/X01",
        "other-name/X01", "period-outside-fiscal-year/X01", "spent-over-allocated/X01", "tis620/X01", "utf16/X01", "windows874/X01",
    ]
}
