import Foundation
import PlanPressCore
import PlanPressTestSupport
import PlanPressXML
import Testing

@testable import PlanPressSpreadsheet

/// The writer: its workbooks read back the same through `XLSXReader`, through LibreOffice (which
/// re-saves them) and through openpyxl (validations, protection, panes); the same draft gives the
/// same bytes; what Excel would refuse is refused.
@Suite struct XLSXWriterTests {
    static let listSheet = SheetDraft(
        name: "รายการ",
        rows: [[.text("ยุทธศาสตร์", style: .header)], [.text("ยุทธศาสตร์ที่ ๑")], [.text("ยุทธศาสตร์ที่ ๒")], [.text("ยุทธศาสตร์ที่ ๓")]],
        columnWidths: [1: 30], isHidden: true)

    /// A sheet with every kind of cell and every sheet setting.
    static var planSheet: SheetDraft {
        let header = ["รหัส", "ชื่อโครงการ", "งบประมาณ (บาท)", "วันเริ่ม", "ผ่านแล้ว", "ยุทธศาสตร์", "ยืนยัน"].map {
            CellDraft.text($0, style: .header)
        }
        return SheetDraft(
            name: "แผนงาน ๒๕๖๙",
            rows: [
                header,
                [
                    .text("P-001", style: .readOnly), .text(#"โครงการ <ทดสอบ> & "อัญประกาศ" 'เดี่ยว'"#, style: .input),
                    .number("420000.50", style: .moneyInput), .date(CalendarDate(year: 2026, month: 10, day: 1)!, style: .dateInput),
                    CellDraft(.bool(true), style: .input), .text("ยุทธศาสตร์ที่ ๑", style: .input), .text("ใช่", style: .input),
                ],
                [],
                [
                    CellDraft(.formula("=C2*2", cached: .number("840001")), style: .money),
                    CellDraft(.formula("SUM(C2:C3)", cached: nil)),
                    CellDraft(.formula(#"A2&"!""#, cached: .text("P-001!"))),
                    CellDraft(.formula("C2>0", cached: .bool(true))),
                    .number("-0.61"), .number("1.5E-3"),
                ],
                [
                    .text("a\u{1}b\u{B}c"), .text("_x0041_ ไม่ใช่รหัส"), .text("  ช่องว่าง  "),
                    .text("บรรทัด ๑\nบรรทัด ๒", style: .wrappedInput), .empty, CellDraft(.empty, style: .input), .text(""),
                ],
                [],
                [.text("รวมทั้งหมด", style: .header)],
            ],
            columnWidths: [1: 12, 2: 48.5, 3: 18, 4: 14, 6: 24],
            frozenRows: 1, frozenColumns: 1,
            protection: SheetProtection(),
            validations: [
                DataValidationDraft(
                    ranges: [CellRange("F2:F1000")!], source: .formula("'รายการ'!$A$2:$A$4"),
                    prompt: .init(title: "ยุทธศาสตร์", text: "เลือกยุทธศาสตร์จากรายการ"),
                    error: .init(title: "ค่าไม่ถูกต้อง", text: "กรุณาเลือกยุทธศาสตร์จากรายการเท่านั้น")),
                DataValidationDraft(ranges: [CellRange("G2:G1000")!], source: .values(["ใช่", "ไม่ใช่"]), allowBlank: false),
            ],
            mergedRanges: [CellRange("A7:C7")!])
    }

    static var draft: WorkbookDraft {
        WorkbookDraft(
            sheets: [planSheet, listSheet], definedNames: [DefinedNameDraft(name: "รายการยุทธศาสตร์", formula: "'รายการ'!$A$2:$A$4")])
    }

    /// The cells `XLSXReader` should find in a written sheet.
    static func expectedCells(_ sheet: SheetDraft) -> [Cell] {
        var out: [Cell] = []
        for (r, row) in sheet.rows.enumerated() {
            for (c, draft) in row.enumerated() {
                let value: CellValue?
                var formula: String?
                switch draft.value {
                case .empty: value = nil
                case .text(let t): value = t.isEmpty ? nil : .text(t)
                case .number(let n): value = .number(n)
                case .bool(let b): value = .bool(b)
                case .date(let d): value = .number(String(DateSystem.from1900.serial(of: d)!))
                case .formula(let f, let cached):
                    formula = f.hasPrefix("=") ? String(f.dropFirst()) : f
                    switch cached {
                    case nil: value = .formulaWithoutValue
                    case .text(let t): value = .text(t)
                    case .number(let n): value = .number(n)
                    case .bool(let b): value = .bool(b)
                    }
                }
                guard let value else { continue }
                out.append(
                    Cell(
                        reference: CellReference(column: c + 1, row: r + 1), value: value, isDateFormatted: draft.style.isDate,
                        formula: formula))
            }
        }
        return out
    }

    @Test func roundTripThroughTheReader() throws {
        let bytes = try XLSXWriter().write(Self.draft)
        let book = try XLSXReader().read(bytes)
        #expect(book.dateSystem == .from1900)
        #expect(book.sheets.map(\.name) == ["แผนงาน ๒๕๖๙", "รายการ"])
        #expect(book.sheets.map(\.visibility) == [.visible, .hidden])
        #expect(book.sheets[0].cells == Self.expectedCells(Self.planSheet))
        #expect(book.sheets[1].cells == Self.expectedCells(Self.listSheet))
        #expect(book.sheets[0].mergedRanges == [CellRange("A7:C7")!])
        #expect(book.sheets[0]["D2"]?.isDateFormatted == true)
        #expect(book.dateSystem.date(fromSerial: "46296")?.calendarDate == CalendarDate(year: 2026, month: 10, day: 1))
    }

    @Test func sameDraftSameBytes() throws {
        let a = try XLSXWriter().write(Self.draft)
        let b = try XLSXWriter().write(Self.draft)
        #expect(a == b)
        #expect(a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    /// Every part, read back with the reader's own container: well-formed XML, with what the
    /// sheet's settings should have written.
    @Test func thePartsSayWhatTheDraftSays() throws {
        var container = try XLSXContainer(try XLSXWriter().write(Self.draft), limits: .standard)
        for name in [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ] {
            let part = try #require(try container.read(name), "\(name)")
            #expect(XMLEngine.shared.isWellFormed(part), "\(name)")
        }
        let sheet = String(decoding: try #require(try container.read("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(sheet.contains(#"<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>"#))
        #expect(sheet.contains(#"sheet="1""#) && sheet.contains(#"insertRows="0""#) && sheet.contains(#"deleteRows="0""#))
        #expect(sheet.contains(#"formatColumns="0""#) && sheet.contains(#"formatCells="1""#))
        #expect(sheet.contains("<formula1>&#39;รายการ&#39;!$A$2:$A$4</formula1>"))
        #expect(sheet.contains("<formula1>&quot;ใช่,ไม่ใช่&quot;</formula1>"))
        #expect(sheet.contains(#"<col min="2" max="2" width="48.5" customWidth="1"/>"#))
        let styles = String(decoding: try #require(try container.read("xl/styles.xml")), as: UTF8.self)
        #expect(styles.contains(#"<name val="Tahoma"/><charset val="222"/>"#))
        let workbook = String(decoding: try #require(try container.read("xl/workbook.xml")), as: UTF8.self)
        #expect(workbook.contains(#"<definedName name="รายการยุทธศาสตร์">&#39;รายการ&#39;!$A$2:$A$4</definedName>"#))
        #expect(workbook.contains(#"<sheet name="รายการ" sheetId="2" state="hidden" r:id="rId2"/>"#))
        let strings = String(decoding: try #require(try container.read("xl/sharedStrings.xml")), as: UTF8.self)
        #expect(strings.contains("a_x0001_b_x000B_c") && strings.contains("_x005F_x0041_ ไม่ใช่รหัส"))
    }

    @Test func whatExcelWouldRefuseIsRefused() {
        func error(_ draft: WorkbookDraft) -> XLSXWriteError? {
            do {
                _ = try XLSXWriter().write(draft)
                return nil
            } catch {
                #expect(!error.message.th.isEmpty && !error.message.en.isEmpty)
                return error
            }
        }
        for name in ["", "a/b", "a[1]", "what?", "'quoted'", "History", String(repeating: "ก", count: 32), "tab\there"] {
            #expect(error(WorkbookDraft(sheets: [SheetDraft(name: name)])) == .invalidSheetName(name), "\(name)")
        }
        #expect((try? XLSXWriter().write(WorkbookDraft(sheets: [SheetDraft(name: String(repeating: "ก", count: 31))]))) != nil)
        #expect(error(WorkbookDraft(sheets: [])) == .noSheets)
        #expect(error(WorkbookDraft(sheets: [SheetDraft(name: "a", isHidden: true)])) == .noVisibleSheet)
        #expect(error(WorkbookDraft(sheets: [SheetDraft(name: "ชื่อ"), SheetDraft(name: "ชื่อ")])) == .duplicateSheetName("ชื่อ"))
        #expect(
            error(WorkbookDraft(sheets: [SheetDraft(name: "s", rows: [[.number("1,000")]])]))
                == .invalidNumber(sheet: "s", cell: "A1", text: "1,000"))
        #expect(
            error(WorkbookDraft(sheets: [SheetDraft(name: "s", rows: [[.empty, .text(String(repeating: "x", count: 32_768))]])]))
                == .textTooLong(sheet: "s", cell: "B1"))
        #expect(
            error(WorkbookDraft(sheets: [SheetDraft(name: "s", rows: [[.date(CalendarDate(year: 1900, month: 1, day: 5)!)]])]))
                == .dateOutOfRange(sheet: "s", cell: "A1"))
        let comma = DataValidationDraft(ranges: [CellRange("A1")!], source: .values(["a,b"]))
        #expect(
            error(WorkbookDraft(sheets: [SheetDraft(name: "s", validations: [comma])]))
                == .invalidValidation(sheet: "s", detail: "“a,b” holds a comma"))
        #expect(
            error(WorkbookDraft(sheets: [SheetDraft(name: "s")], definedNames: [DefinedNameDraft(name: "A1", formula: "s!$A$1")]))
                == .invalidDefinedName("A1"))
    }

    @Test func legacyPasswordHash() {
        // Values Excel writes for these passwords.
        #expect(SheetProtection.legacyHash("password") == "83AF")
        #expect(SheetProtection.legacyHash("test") == "CBEB")
    }

    // MARK: - LibreOffice and openpyxl

    /// Reads `file` with openpyxl and prints, as JSON, per sheet: its state, frozen pane,
    /// protection flags, data validations and whether the named cells are locked.
    static let openpyxlReport = #"""
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"definedNames": sorted(wb.defined_names.keys())}
        for ws in wb.worksheets:
            p = ws.protection
            out[ws.title] = {
                "state": ws.sheet_state, "freeze": ws.freeze_panes, "protected": bool(p.sheet),
                "insertRows": bool(p.insertRows), "deleteRows": bool(p.deleteRows), "formatCells": bool(p.formatCells),
                "validations": sorted([[str(d.sqref), d.type, d.formula1, d.prompt or "", d.error or "", bool(d.allow_blank)]
                                       for d in ws.data_validations.dataValidation]),
                "locked": {c: bool(ws[c].protection.locked) for c in ["A2", "B2", "C2", "D2"]},
            }
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))
        """#

    /// What openpyxl should see of the draft's workbook, written by us or re-saved by LibreOffice.
    /// LibreOffice's headless conversion drops frozen panes (of openpyxl's files too: it loads no
    /// view), and writes `'รายการ'!` without the quotes, which Thai letters do not need.
    static func checkOpenpyxlReport(_ json: String, byLibreOffice: Bool = false) throws {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        let plan = try #require(report["แผนงาน ๒๕๖๙"] as? [String: Any], "\(json)")
        #expect(plan["protected"] as? Bool == true)
        // openpyxl mirrors the XML: false is "not protected", that is, allowed.
        #expect(plan["insertRows"] as? Bool == false)
        #expect(plan["deleteRows"] as? Bool == false)
        #expect(plan["formatCells"] as? Bool == true)
        if !byLibreOffice { #expect(plan["freeze"] as? String == "B2") }
        #expect(plan["locked"] as? [String: Bool] == ["A2": true, "B2": false, "C2": false, "D2": false])
        let validations = try #require(plan["validations"] as? [[Any]], "\(json)")
        #expect(validations.count == 2, "\(validations)")
        let strategy = validations.first { ($0.first as? String) == "F2:F1000" }
        #expect(strategy?[1] as? String == "list")
        #expect(strategy?[2] as? String == (byLibreOffice ? "รายการ!$A$2:$A$4" : "'รายการ'!$A$2:$A$4"))
        #expect(strategy?[3] as? String == "เลือกยุทธศาสตร์จากรายการ")
        #expect(strategy?[4] as? String == "กรุณาเลือกยุทธศาสตร์จากรายการเท่านั้น")
        let confirm = validations.first { ($0.first as? String) == "G2:G1000" }
        #expect(confirm?[2] as? String == "\"ใช่,ไม่ใช่\"")
        #expect(confirm?[5] as? Bool == false)
        #expect((report["รายการ"] as? [String: Any])?["state"] as? String == "hidden")
    }

    @Test func openpyxlReadsOurWorkbook() throws {
        guard let python = ExternalProgram.find("python3") else {
            Issue.record("python3 is not installed")
            return
        }
        let folder = try ExternalProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.xlsx")
        try Data(try XLSXWriter().write(Self.draft)).write(to: file)
        let result = try ExternalProgram.run(python, ["-c", Self.openpyxlReport, file.path], timeout: 120)
        guard result.status == 0, !result.output.contains("No module named 'openpyxl'") else {
            Issue.record("openpyxl could not read the workbook (pip install openpyxl): \(result.output)")
            return
        }
        try Self.checkOpenpyxlReport(result.output)
        #expect(result.output.contains("รายการยุทธศาสตร์"))
    }

    /// Values as LibreOffice may rewrite them: numbers compared as numbers (`420000.50` comes
    /// back `420000.5`), formulas by their values (it recomputes them; its booleans are
    /// `TRUE()`).
    static func normalized(_ cells: [Cell]) -> [String] {
        cells.map { cell in
            let value: String
            switch cell.value {
            case .number(let n): value = "n:\(Double(n)!)"
            case .text(let t): value = "t:\(t)"
            case .bool(let b): value = "b:\(b)"
            case .error(let e): value = "e:\(e)"
            case .formulaWithoutValue: value = "f"
            }
            return "\(cell.reference.a1) \(value)\(cell.isDateFormatted ? " date" : "")"
        }
    }

    @Test(.timeLimit(.minutes(5))) func libreOfficeResavesItTheSame() throws {
        guard let soffice = ExternalProgram.find("soffice") else {
            // CI installs it (scripts/setup); a machine without it cannot run this test.
            Issue.record("soffice (LibreOffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui")
            return
        }
        let folder = try ExternalProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in/plan.xlsx")
        try FileManager.default.createDirectory(at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try XLSXWriter().write(Self.draft)).write(to: input)
        let out = folder.appendingPathComponent("out")
        // A profile of its own: two runs at once would otherwise share (and lock) one.
        let profile = "-env:UserInstallation=file://\(folder.appendingPathComponent("profile").path)"
        let result = try ExternalProgram.run(
            soffice, [profile, "--headless", "--convert-to", "xlsx", "--outdir", out.path, input.path], timeout: 240)
        let resaved = out.appendingPathComponent("plan.xlsx")
        guard !result.timedOut, FileManager.default.fileExists(atPath: resaved.path) else {
            Issue.record("LibreOffice did not convert: \(result.output)")
            return
        }
        let book = try XLSXReader().read(Data(contentsOf: resaved))
        #expect(book.sheets.map(\.name) == ["แผนงาน ๒๕๖๙", "รายการ"])
        #expect(book.sheets.map(\.visibility) == [.visible, .hidden])
        var expected = Self.expectedCells(Self.planSheet)
        // LibreOffice computed the formula we left without a value.
        if let i = expected.firstIndex(where: { $0.reference.a1 == "B4" }) { expected[i].value = .number("420000.5") }
        #expect(Self.normalized(book.sheets[0].cells) == Self.normalized(expected))
        #expect(Self.normalized(book.sheets[1].cells) == Self.normalized(Self.expectedCells(Self.listSheet)))
        #expect(book.sheets[0].mergedRanges == [CellRange("A7:C7")!])

        // Thai shows: LibreOffice prints the sheet to PDF with the Thai glyphs (Tahoma or its
        // replacement), and the PDF's text reads back.
        if let fcList = ExternalProgram.find("fc-list") {
            let thaiFonts = try ExternalProgram.run(fcList, [":lang=th"], timeout: 60)
            #expect(!thaiFonts.output.isEmpty, "no font with Thai glyphs: apt-get install fonts-thai-tlwg (Thai shows as boxes)")
        }
        if let pdftotext = ExternalProgram.find("pdftotext") {
            let printed = try ExternalProgram.run(
                soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", out.path, input.path], timeout: 240)
            let pdf = out.appendingPathComponent("plan.pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path), "\(printed.output)")
            let text = try ExternalProgram.run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"], timeout: 60)
            #expect(text.output.contains("งบประมาณ"), "\(text.output)")
            if let keep = ProcessInfo.processInfo.environment["PLANPRESS_XLSX_KEEP"] {
                try? FileManager.default.copyItem(at: pdf, to: URL(fileURLWithPath: keep).appendingPathComponent("plan.pdf"))
                try? FileManager.default.copyItem(at: input, to: URL(fileURLWithPath: keep).appendingPathComponent("plan.xlsx"))
            }
        }

        if let python = ExternalProgram.find("python3") {
            let report = try ExternalProgram.run(python, ["-c", Self.openpyxlReport, resaved.path], timeout: 120)
            #expect(report.status == 0, "\(report.output)")
            if report.status == 0 { try Self.checkOpenpyxlReport(report.output, byLibreOffice: true) }
        }
    }
}
