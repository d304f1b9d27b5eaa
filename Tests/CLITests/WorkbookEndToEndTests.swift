import Foundation
import PlanPressTestSupport
import Testing

/// Unit workbooks as the office uses them: sent out by `new unit --format xlsx`, filled in
/// LibreOffice, returned into `content/units/`, checked and built by the real binary.
@Suite(.serialized) struct WorkbookEndToEndTests {
    static let environment = ["PLANPRESS_PDF_ENGINE": "none", "SOURCE_DATE_EPOCH": "1767225600"]

    /// A copy of the sample content with every unit file converted to a workbook by `convert`.
    static func sampleAsWorkbooks(_ label: String) throws -> URL {
        let dir = try Fixtures.stage(Fixtures.sample, label)
        let units = dir.appendingPathComponent("content/units")
        for name in try FileManager.default.contentsOfDirectory(atPath: units.path).sorted()
        where name.hasSuffix(".yaml") || name.hasSuffix(".json") {
            let result = try BinaryRunner.run(["convert", "content/units/\(name)", "--to", "xlsx", "--lang", "en"], in: dir)
            #expect(result.status == 0, "\(name): \(result)")
            try FileManager.default.removeItem(at: units.appendingPathComponent(name))
        }
        return dir
    }

    @Test func workbooksBuildTheSameReportAsTheirYAML() throws {
        let yaml = try Fixtures.stage(Fixtures.sample, "wb-yaml")
        let xlsx = try Self.sampleAsWorkbooks("wb-xlsx")
        for dir in [yaml, xlsx] {
            let result = try BinaryRunner.run(
                ["build", "--content", "content", "--templates", Fixtures.templates.path, "--output", "out", "--lang", "en"], in: dir,
                environment: Self.environment)
            #expect(result.status == 0, "\(result)")
        }
        // Every figure of the data channel is the same; the files' names differ only by extension.
        for file in ["data/projects.csv", "data/indicators.csv", "data/alignment.csv"] {
            let a = try String(contentsOf: yaml.appendingPathComponent("out/\(file)"), encoding: .utf8)
            let b = try String(contentsOf: xlsx.appendingPathComponent("out/\(file)"), encoding: .utf8)
            #expect(a == b, "\(file)")
        }
        // The independent figure check passes on the workbooks' report as it does on the YAML's.
        let check = try ExternalProgram.run(
            "/usr/bin/env",
            [
                "python3", Fixtures.packageRoot.appendingPathComponent("scripts/check_figures.py").path,
                yaml.appendingPathComponent("content").path,
                xlsx.appendingPathComponent("out").path,
            ], timeout: 120)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func aWrongCodeInACellIsReportedAtThatCell() throws {
        let dir = try Self.sampleAsWorkbooks("wb-wrong")
        // The first project's first strategy code, changed in the workbook's own document tree:
        // written back by convert through YAML, so the cell holds the text a person would type.
        let units = dir.appendingPathComponent("content/units")
        var yaml = try String(contentsOf: Fixtures.sample.appendingPathComponent("units/satun-sec.yaml"), encoding: .utf8)
        let first = try #require(yaml.range(of: "strategies: [SPE."))
        yaml.replaceSubrange(first.upperBound..<yaml.index(first.upperBound, offsetBy: 2), with: "S9")
        try yaml.write(to: units.appendingPathComponent("wrong.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: units.appendingPathComponent("satun-sec.xlsx"))
        let converted = try BinaryRunner.run(
            ["convert", "content/units/wrong.yaml", "--to", "xlsx", "--out", "content/units/satun-sec.xlsx"], in: dir)
        #expect(converted.status == 0, "\(converted)")
        try FileManager.default.removeItem(at: units.appendingPathComponent("wrong.yaml"))

        let json = try BinaryRunner.run(["check", "--format", "json", "--lang", "en"], in: dir)
        #expect(json.status == 1, "\(json)")
        let (_, diagnostics) = try DiagnosticsJSONReading.parseDiagnosticsJSON(json.stdout)
        let wrong = try #require(diagnostics.first { $0.code == "PP401" }, "\(diagnostics)")
        #expect(wrong.path == "content/units/satun-sec.xlsx")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let entry = try #require((object?["diagnostics"] as? [[String: Any]])?.first { $0["code"] as? String == "PP401" })
        #expect(entry["sheet"] as? String == "โครงการ")
        #expect(entry["cell"] as? String == "C2")
        #expect(wrong.line == 2 && wrong.column == 3)

        let text = try BinaryRunner.run(["check", "--lang", "en"], in: dir)
        #expect(text.stderr.contains("content/units/satun-sec.xlsx:โครงการ!C2: error[PP401]"), "\(text.stderr)")
        // The row is quoted, the cell marked, with its column's header.
        #expect(text.stderr.contains("C: »SPE.S9.1«"), "\(text.stderr)")

        let report = try BinaryRunner.run(
            ["check", "--lang", "en", "--report", "report", "--templates", Fixtures.templates.path], in: dir)
        #expect(report.status == 1)
        let page = try String(contentsOf: dir.appendingPathComponent("report/satun-sec.html"), encoding: .utf8)
        #expect(page.contains("Sheet โครงการ, cell C2"))
        #expect(page.contains("<td class=\"spot\">SPE.S9.1</td>"))
        #expect(page.contains("LibreOffice Calc") && !page.contains("Notepad"))
        // The Thai font travels with the pages, for a machine without one.
        #expect(page.contains("url(\"fonts/Sarabun-Regular.ttf\")"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report/fonts/Sarabun-Regular.ttf").path))
        // Opened from the disk in headless Chromium, the page draws its Thai with that font.
        let browse = """
            import sys
            from selenium import webdriver
            from selenium.webdriver.chrome.options import Options
            from selenium.webdriver.chrome.service import Service
            o = Options()
            o.binary_location = "/usr/bin/chromium"
            for a in ["--headless=new", "--no-sandbox", "--disable-gpu"]:
                o.add_argument(a)
            d = webdriver.Chrome(options=o, service=Service("/usr/bin/chromedriver"))
            try:
                d.get("file://" + sys.argv[1])
                ok = d.execute_async_script(
                    "const done = arguments[0]; document.fonts.ready.then(() => done("
                    + "[...document.fonts].some(f => f.family.replace(/\\"/g, '') === 'Sarabun' && f.status === 'loaded')))")
                print("loaded" if ok else "not loaded")
            finally:
                d.quit()
            """
        let browsed = try ExternalProgram.run(
            "/usr/bin/env", ["python3", "-c", browse, dir.appendingPathComponent("report/satun-sec.html").path], timeout: 120)
        #expect(browsed.output.contains("loaded") && !browsed.output.contains("not loaded"), "\(browsed.output)")
    }

    @Test func aWorkbookFilledInLibreOfficePassesCheck() throws {
        let dir = try Fixtures.stage(Fixtures.sample, "wb-fill")
        let units = dir.appendingPathComponent("content/units")
        try FileManager.default.removeItem(at: units.appendingPathComponent("satun-sec.yaml"))
        let made = try BinaryRunner.run(["new", "unit", "satun-sec", "--format", "xlsx", "--out", "blank"], in: dir)
        #expect(made.status == 0, "\(made)")
        let fill = try ExternalProgram.run(
            "/usr/bin/python3",
            [
                Fixtures.packageRoot.appendingPathComponent("scripts/fill_workbook").path,
                dir.appendingPathComponent("blank/satun-sec.xlsx").path,
                units.appendingPathComponent("satun-sec.xlsx").path,
            ], timeout: 240)
        #expect(fill.status == 0, "\(fill.output)")
        let check = try BinaryRunner.run(["check", "--format", "json", "--lang", "en"], in: dir)
        let (document, diagnostics) = try DiagnosticsJSONReading.parseDiagnosticsJSON(check.stdout)
        #expect(!diagnostics.contains { $0.path.hasSuffix("satun-sec.xlsx") && $0.severity == "error" }, "\(diagnostics)")
        let unit = try #require((document["units"] as? [[String: Any]])?.first { $0["id"] as? String == "satun-sec" })
        #expect(unit["state"] as? String == "ok" || unit["state"] as? String == "warnings", "\(unit)")
        #expect(unit["submitted_on"] as? String == "2026-10-18")
    }

    @Test func hostileWorkbooksAreRefusedAndTheOthersStillChecked() throws {
        let bomb = try Self.zipBomb()
        let dir = try Fixtures.hostileContent(
            "wb-hostile",
            [
                "not-a-zip.xlsx": Array("this is not a workbook".utf8),
                "ole.xlsx": [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
                "bomb.xlsx": bomb,
            ])
        try FileManager.default.copyItem(
            at: Fixtures.base.appendingPathComponent("units/alpha-school.yaml"),
            to: dir.appendingPathComponent("content/units/alpha-school.yaml"))
        let start = Date()
        let check = try BinaryRunner.run(["check", "--format", "json", "--lang", "en"], in: dir, timeout: 60)
        #expect(Date().timeIntervalSince(start) < 30)
        let (document, diagnostics) = try DiagnosticsJSONReading.parseDiagnosticsJSON(check.stdout)
        for name in ["not-a-zip.xlsx", "ole.xlsx", "bomb.xlsx"] {
            #expect(diagnostics.contains { $0.path.hasSuffix(name) && $0.code == "PP110" }, "\(name): \(diagnostics)")
        }
        // The other unit is still read and checked (its evidence files are not in this folder).
        let alpha = (document["units"] as? [[String: Any]])?.first { $0["id"] as? String == "alpha-school" }
        #expect(alpha?["submitted_on"] as? String == "2026-10-20", "\(String(describing: alpha))")
        #expect(diagnostics.filter { $0.path.hasSuffix("alpha-school.yaml") }.allSatisfy { $0.code.hasPrefix("PP6") }, "\(diagnostics)")
    }

    /// A workbook whose sheet expands from a few kilobytes to a gigabyte of zeros.
    static func zipBomb() throws -> [UInt8] {
        let dir = try BinaryRunner.makeTemporaryDirectory("wb-bomb")
        let out = dir.appendingPathComponent("bomb.xlsx")
        let script = """
            import zipfile, sys
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                z.writestr("xl/workbook.xml", "<workbook/>")
                with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                    block = b"0" * (1 << 20)
                    for _ in range(1024):
                        f.write(block)
            """
        let run = try ExternalProgram.run("/usr/bin/env", ["python3", "-c", script, out.path], timeout: 120)
        #expect(run.status == 0, "\(run.output)")
        return [UInt8](try Data(contentsOf: out))
    }
}

/// The workbooks sent out, as openpyxl (a library other than ours) reads them.
@Suite(.serialized) struct WorkbookTemplateTests {
    @Test func everyExpectedUnitGetsAWorkbookWithDropdownsAndProtection() throws {
        let dir = try Fixtures.stage(Fixtures.sample, "wb-all")
        let made = try BinaryRunner.run(["new", "unit", "--all", "--format", "xlsx", "--out", "workbooks", "--lang", "en"], in: dir)
        #expect(made.status == 0, "\(made)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("workbooks").path).sorted()
        #expect(files.count == 15, "\(files)")
        let inspect = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            out = {"sheets": wb.sheetnames, "validations": {}, "protected": {}, "frozen": {}, "formats": {}, "locked": {}, "values": {}}
            for ws in wb:
                out["protected"][ws.title] = bool(ws.protection.sheet)
                out["frozen"][ws.title] = ws.freeze_panes
                out["validations"][ws.title] = sorted(
                    (str(dv.sqref).split(":")[0].rstrip("0123456789"), dv.formula1) for dv in ws.data_validations.dataValidation)
                out["locked"][ws.title] = [ws["A1"].protection.locked, ws["B2"].protection.locked]
            p = wb["โครงการ"]
            heads = {c.value.rstrip(" *"): c.column_letter for c in p[1] if c.value}
            out["formats"]["allocated"] = p[heads["งบประมาณที่ได้รับจัดสรร (บาท)"] + "2"].number_format
            out["formats"]["start"] = p[heads["วันเริ่มโครงการ"] + "2"].number_format
            u = wb["หน่วยงาน"]
            out["values"] = {u.cell(row=r, column=1).value: u.cell(row=r, column=2).value for r in range(2, 8)}
            print(json.dumps(out, ensure_ascii=False))
            """
        let run = try ExternalProgram.run(
            "/usr/bin/env", ["python3", "-c", inspect, dir.appendingPathComponent("workbooks/spm-satun.xlsx").path], timeout: 60)
        #expect(run.status == 0, "\(run.output)")
        let info = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(info["sheets"] as? [String] == ["คำแนะนำ", "หน่วยงาน", "โครงการ", "ตัวชี้วัดโครงการ", "หลักฐาน", "ผลตัวชี้วัดของแผน", "รายการ"])
        let protected = try #require(info["protected"] as? [String: Bool])
        #expect(protected.values.allSatisfy { $0 }, "\(protected)")
        let frozen = try #require(info["frozen"] as? [String: Any])
        #expect(frozen["โครงการ"] as? String == "B2" && frozen["หน่วยงาน"] as? String == "A2", "\(frozen)")
        let locked = try #require(info["locked"] as? [String: [Bool]])
        #expect(locked["โครงการ"] == [true, false], "headers locked, cells to fill unlocked: \(locked)")
        // A dropdown for each list the issue names, each from the lists sheet.
        let validations = try #require(info["validations"] as? [String: [[String]]])
        let lists =
            (validations["หน่วยงาน"] ?? []) + (validations["โครงการ"] ?? []) + (validations["ตัวชี้วัดโครงการ"] ?? [])
            + (validations["ผลตัวชี้วัดของแผน"] ?? [])
        let sources = Set(lists.map { $0[1] })
        for column in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"] {
            #expect(sources.contains { $0.contains("$\(column)$2") }, "no dropdown draws on the lists' column \(column): \(sources)")
        }
        let formats = try #require(info["formats"] as? [String: String])
        #expect(formats["allocated"] == "#,##0.00", "\(formats)")
        #expect(formats["start"]?.lowercased().contains("yy") == true, "\(formats)")
        let values = try #require(info["values"] as? [String: Any])
        #expect(values["รหัสหน่วยงาน *"] as? String == "spm-satun", "\(values)")
        #expect(values["ปีงบประมาณ พ.ศ. *"] as? Int == 2569, "\(values)")
    }

    @Test func nextYearsWorkbookStartsFromLastYearsFile() throws {
        let dir = try Fixtures.stage(Fixtures.sample, "wb-from")
        let made = try BinaryRunner.run(
            ["new", "unit", "spm-satun", "--format", "xlsx", "--out", "next", "--from", "content/units/spm-satun.yaml"], in: dir)
        #expect(made.status == 0, "\(made)")
        let back = try BinaryRunner.run(["convert", "next/spm-satun.xlsx", "--to", "yaml", "--out", "next/spm-satun.yaml"], in: dir)
        #expect(back.status == 0, "\(back)")
        let text = try String(contentsOf: dir.appendingPathComponent("next/spm-satun.yaml"), encoding: .utf8)
        #expect(text.contains("id: spm-satun"))
        #expect(!text.contains("actual:") && !text.contains("spent:") && !text.contains("submitted_on:"), "\(text)")
        let last = try String(contentsOf: Fixtures.sample.appendingPathComponent("units/spm-satun.yaml"), encoding: .utf8)
        let continuing =
            last.components(separatedBy: "status: ongoing").count - 1 + last.components(separatedBy: "status: not_started").count - 1
            + last.components(separatedBy: "status: postponed").count - 1
        #expect(continuing > 0)
        let projects = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- id: ") }
        #expect(projects.count == continuing, "\(text)")
    }
}
