import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressCore
@testable import PlanPressValidate

/// Every message exists in Thai and in English, and every command that prints takes `--lang`.
@Suite(.serialized)
struct ValidationLanguageTests {
    static func isThai(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E5B).contains(s.value) }

    /// The runs of Thai letters of a text (`ไม่มีรหัส "ก" ใน` → `ไม่มีรหัส`, `ก`, `ใน`).
    static func thaiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isThai(s) {
                current.append(s)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Thai that an English message may quote: the format's own Thai values (months, units) and
    /// the catalogue's example values (the data is Thai in either language).
    static let thaiValues: Set<String> =
        Set(ThaiMonths.full + ThaiMonths.abbreviated.flatMap { thaiWords($0) } + ["ร้อยละ", "เปอร์เซ็นต์", "พ", "ศ"])
        .union(SkeletonField.all.compactMap(\.example).flatMap { thaiWords($0) })

    @Test("every diagnostic code has a summary in Thai and in English")
    func catalogue() {
        for code in DiagnosticCode.allCases {
            #expect(code.summary.th.unicodeScalars.contains(where: Self.isThai), "\(code.rawValue) has no Thai summary")
            #expect(!code.summary.en.isEmpty && !code.summary.en.unicodeScalars.contains(where: Self.isThai), "\(code.rawValue)")
        }
    }

    /// A content folder whose files produce most codes: broken/, an unedited skeleton and the
    /// slips a unit officer makes.
    static func content() throws -> URL {
        let dir = try BinaryRunner.makeTemporaryDirectory("language")
        try FileManager.default.copyItem(at: Fixtures.broken, to: dir.appendingPathComponent("content"))
        let units = dir.appendingPathComponent("content/units")
        try Skeleton(unitID: "skeleton-unit").text().write(
            to: units.appendingPathComponent("skeleton-unit.yaml"), atomically: true, encoding: .utf8)
        let slips = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit: { id: slips, name: หน่วยพลาด, affiliation: obec, district: mueang }
            submitted_on: 20/10/2569
            projects:
              - id: SP 03
                name: โครงการ
                strategies: SPE.S1.1
                staus: เสร็จสิ้น
                budget: { allocated: "350,000 บาท", source: เงินแผ่นดิน }
                evidence: [{ title: ก, url: www.example.go.th/a.pdf }, { title: ข, file: evidence/none.jpg }]
              - { id: P02, name: ข, strategies: [SPE.S1.1], status: เสร็จ, period: { start: 1 ต.ค. 68 }, indicators: [{ name: ก, unit: ร้อยละ, target: 80, actual: 972 }] }
              - { id: P03, name: ค, strategies: [], status: ongoing, objectives: [""], evidence: [{ title: ค }] }

            """
        try slips.write(to: units.appendingPathComponent("slips.yaml"), atomically: true, encoding: .utf8)
        try "format: planpress/unit-report/1\nprojects:\n  - name: ab: cd\n".write(
            to: units.appendingPathComponent("syntax-slip.yaml"), atomically: true, encoding: .utf8)
        try "".write(to: units.appendingPathComponent("empty.yaml"), atomically: true, encoding: .utf8)
        try ("format: planpress/unit-report/1\nprojects:\n" + String(repeating: "  - {}\n", count: 2001)).write(
            to: units.appendingPathComponent("many.yaml"), atomically: true, encoding: .utf8)
        try workbookSlips(dir)
        return dir
    }

    /// Workbooks: one that is not a zip (PP110), and one with a header that is not the format's
    /// (PP111) and a formula saved without its result (PP112), edited with openpyxl.
    static func workbookSlips(_ dir: URL) throws {
        let units = dir.appendingPathComponent("content/units")
        try Data("not a workbook".utf8).write(to: units.appendingPathComponent("not-a-zip.xlsx"))
        try "format: planpress/unit-report/1\nfiscal_year: 2569\nunit: { id: wb-slips, name: หน่วยตาราง, affiliation: obec }\nprojects: []\n"
            .write(to: dir.appendingPathComponent("wb-slips.yaml"), atomically: true, encoding: .utf8)
        let converted = try BinaryRunner.run(["convert", "wb-slips.yaml", "--to", "xlsx", "--out", "wb-slips.xlsx"], in: dir)
        #expect(converted.status == 0, "\(converted)")
        let edit = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            wb["โครงการ"]["B1"] = "หัวแปลก"
            wb["หน่วยงาน"]["B6"] = "=1+1"
            wb.save(sys.argv[2])
            """
        let run = try ExternalProgram.run(
            "/usr/bin/env",
            ["python3", "-c", edit, dir.appendingPathComponent("wb-slips.xlsx").path, units.appendingPathComponent("wb-slips.xlsx").path],
            timeout: 60)
        #expect(run.status == 0, "\(run.output)")
    }

    /// A file's text as a message may quote it; a workbook's, from the XML of its parts with their
    /// character references resolved (openpyxl with lxml writes Thai as `&#3627;…`).
    static func quotableText(_ url: URL) throws -> String {
        guard url.pathExtension == "xlsx" else { return "" }
        let dump =
            "import html, zipfile, sys\ntry:\n  z = zipfile.ZipFile(sys.argv[1])\n  print(html.unescape(''.join(z.read(n).decode('utf-8', 'replace') for n in z.namelist())))\nexcept Exception:\n  pass"
        return try ExternalProgram.run("/usr/bin/env", ["python3", "-c", dump, url.path], timeout: 60).output
    }

    @Test("every message and hint the checker gives is in Thai and in English; English quotes Thai only from the files")
    func everyMessage() throws {
        let dir = try Self.content()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try BinaryRunner.run(["check", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        var codes: Set<String> = []
        var sources: [String: String] = [:]
        let site = try String(contentsOf: dir.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        for d in list {
            let code = d["code"] as? String ?? ""
            let path = d["path"] as? String ?? ""
            codes.insert(code)
            if sources[path] == nil {
                let bytes = (try? Data(contentsOf: dir.appendingPathComponent(path))) ?? Data()
                sources[path] =
                    String(decoding: bytes, as: UTF8.self)
                    + (String(data: bytes, encoding: .utf16) ?? "")
                    + (String(bytes: bytes.map { $0 >= 0xA1 && $0 <= 0xFB ? $0 : 0x20 }, encoding: .windowsCP1252) ?? "")
                    + (try Self.quotableText(dir.appendingPathComponent(path)))
            }
            // What the file and the site say may be quoted in any language.
            let quotable = Set(Self.thaiWords((sources[path] ?? "") + site)).union(Self.thaiValues)
            for part in ["message", "hint"] {
                guard let text = d[part] as? [String: String] else {
                    if part == "message" { Issue.record("\(code) at \(path) has no message") }
                    continue
                }
                let th = text["th"] ?? ""
                let en = text["en"] ?? ""
                #expect(th.unicodeScalars.contains(where: Self.isThai), "\(code) \(part) has no Thai: \(th)")
                #expect(!en.isEmpty && en != th, "\(code) \(part) has no English: \(en)")
                let stray = Self.thaiWords(en).filter { word in !quotable.contains { $0.contains(word) } }
                #expect(stray.isEmpty, "\(code) \(part) in English holds Thai \(stray): \(en)")
            }
        }
        // Every code of a unit file is exercised here but a file over 5 MB and an unreadable one
        // (plain sentences without values; the first is among EndToEndTests' hostile inputs).
        let fileCodes = DiagnosticCode.allCases.filter { $0.rawValue < "PP700" }.map(\.rawValue)
        let untried = Set(fileCodes).subtracting(codes).sorted()
        #expect(untried == ["PP108", "PP109"], "codes no fixture produces: \(untried)")
    }

    /// The leaf commands, as the words typed to reach them (`new unit`), read from `--help`.
    static func leafCommands(_ prefix: [String] = []) throws -> [[String]] {
        let help = try BinaryRunner.run(prefix + ["--help"], in: Fixtures.e2eRoot).stdout
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [prefix] }
        let names = help[start.upperBound...].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first else { return nil }
            return word == "See" ? nil : String(word)
        }
        return try names.flatMap { try leafCommands(prefix + [$0]) }
    }

    @Test("every command takes --lang")
    func everyCommandTakesLang() throws {
        let commands = try Self.leafCommands()
        #expect(commands.count >= 4, "\(commands)")
        for words in commands {
            let help = try BinaryRunner.run(words + ["--help"], in: Fixtures.e2eRoot)
            #expect(help.stdout.contains("--lang"), "\(words.joined(separator: " ")) has no --lang")
        }
    }

    @Test("--lang en speaks English on every command that prints: check, the report, build, new unit")
    func englishEverywhere() throws {
        let dir = try Self.content()
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = try BinaryRunner.run(["check", "--lang", "en", "--report", "r"], in: dir)
        #expect(check.stderr.contains("error[PP") && check.stderr.contains("  fix: ") && check.stderr.contains("not accepted ("))
        #expect(!check.stderr.contains("ข้อผิดพลาด[") && !check.stderr.contains("วิธีแก้") && !check.stderr.contains("ไม่ผ่านการตรวจสอบ"))
        let page = try String(contentsOf: dir.appendingPathComponent("r/slips.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Errors to fix") && page.contains("How to fix the file"))
        #expect(!page.contains("ข้อผิดพลาดที่ต้องแก้ไข") && !page.contains("วิธีแก้ไข"))
        let templates = BinaryRunner.packageRoot.appendingPathComponent("templates").path
        let build = try BinaryRunner.run(["build", "--lang", "en", "--templates", templates, "--output", "out"], in: dir)
        #expect(build.status == 1 && build.stderr.contains("nothing published"), "\(build.stderr.suffix(300))")
        let new = try BinaryRunner.run(["new", "unit", "omega", "--lang", "en"], in: dir)
        #expect(new.status == 0)
        #expect(!new.stderr.unicodeScalars.contains(where: Self.isThai), "\(new.stderr)")
        let schema = try BinaryRunner.run(["schema", "--lang", "en"], in: dir)
        #expect(schema.stdout.contains("\"title\": \"Unit report"))
    }
}
