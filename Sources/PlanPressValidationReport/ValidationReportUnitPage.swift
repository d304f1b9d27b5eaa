import Foundation
import PlanPressCore
import PlanPressValidate

/// One unit's page of the validation report: what the unit sent, the verdict, how to fix it, and
/// every problem with its line quoted, errors apart from warnings.
struct ValidationReportUnitPage {
    var report: ValidationReport
    var unit: ValidationReport.Unit

    var language: Language { report.language }
    func t(_ th: String, _ en: String) -> String { language == .th ? th : en }
    func e(_ s: String) -> String { ValidationReportHTML.escape(s) }

    /// Codes after which the rest of the file could not be read.
    static let unreadable: Set<DiagnosticCode> = [
        .encodingInvalid, .syntax, .aliasNotAllowed, .nestingTooDeep, .rootNotMapping, .fileTooLarge, .fileUnreadable,
    ]

    func html() -> String {
        let title = t("ผลการตรวจสอบรายงาน: ", "Check of the report: ") + (unit.name ?? unit.id)
        var b = header()
        b += verdict()
        if unit.errors + unit.warnings > 0 { b += howTo() }
        for file in unit.files {
            if unit.files.count > 1 { b += "<h2>\(t("ไฟล์", "File")) \(e(Self.shownPath(file.path)))</h2>\n" }
            let errors = file.diagnostics.filter { $0.severity == .error }
            let warnings = file.diagnostics.filter { $0.severity == .warning }
            let level = unit.files.count > 1 ? "h3" : "h2"
            if !errors.isEmpty {
                b += "<\(level)>\(t("ข้อผิดพลาดที่ต้องแก้ไข", "Errors to fix")) (\(errors.count))</\(level)>\n"
                for (i, d) in errors.enumerated() { b += problem(d, number: i + 1, in: file) }
            }
            if !warnings.isEmpty {
                b += "<\(level)>\(t("คำเตือน: ควรตรวจทาน", "Warnings: worth a look")) (\(warnings.count))</\(level)>\n"
                b +=
                    "<p class=\"muted\">\(t("คำเตือนไม่ทำให้ไฟล์ถูกตีกลับ ถ้าข้อมูลถูกต้องอยู่แล้วไม่ต้องแก้", "Warnings do not stop the file; if the data is right as it is, leave it."))</p>\n"
                for (i, d) in warnings.enumerated() { b += problem(d, number: i + 1, in: file) }
            }
        }
        b += footer()
        return ValidationReportHTML.page(title: title, language: language, body: b)
    }

    /// `units/x.yaml` → `x.yaml`; `units/x/report.yaml` → `x/report.yaml`.
    static func shownPath(_ path: String) -> String {
        guard let r = path.range(of: "units/", options: .backwards) else { return path }
        return String(path[r.upperBound...])
    }

    func date(_ d: CalendarDate) -> String { language == .th ? d.thai() : d.english }

    func header() -> String {
        var b = ""
        if let office = report.office { b += "<p class=\"office\">\(e(office))</p>\n" }
        let year = report.fiscalYear.map { t(" ปีงบประมาณ พ.ศ. \($0)", ", fiscal year \($0)") } ?? ""
        b += "<h1>\(t("ผลการตรวจสอบไฟล์รายงานผลการดำเนินงาน", "Check of the yearly report file"))\(e(year))</h1>\n"
        b += "<table class=\"facts\">\n"
        b += "<tr><th>\(t("หน่วยงาน", "Unit"))</th><td>\(e(unit.name ?? "–")) (\(t("รหัส", "id")) \(e(unit.id)))</td></tr>\n"
        b +=
            "<tr><th>\(t("ไฟล์ที่ตรวจ", "File checked"))</th><td>\(unit.files.map { e(Self.shownPath($0.path)) }.joined(separator: ", "))</td></tr>\n"
        if let s = unit.submittedOn {
            let late = unit.late ? " <span class=\"late\">\(t("(ส่งหลังกำหนด)", "(late)"))</span>" : ""
            b += "<tr><th>\(t("วันที่ส่ง", "Submitted on"))</th><td>\(e(date(s)))\(late)</td></tr>\n"
        }
        if let d = report.deadline { b += "<tr><th>\(t("กำหนดส่ง", "Due"))</th><td>\(e(date(d)))</td></tr>\n" }
        if !unit.expected {
            b +=
                "<tr><th></th><td class=\"muted\">\(t("หน่วยงานนี้ไม่อยู่ในรายชื่อหน่วยงานที่ต้องส่งรายงาน (expected_units ใน site.yaml)", "this unit is not in the list of expected units (expected_units in site.yaml)"))</td></tr>\n"
        }
        return b + "</table>\n"
    }

    func verdict() -> String {
        let codes = Set(unit.files.flatMap { $0.diagnostics.map(\.code) })
        let placeholders = unit.files.reduce(0) { $0 + $1.diagnostics.count { $0.code == .placeholder } }
        var b: String
        switch unit.state {
        case .errors:
            let also = unit.warnings > 0 ? t(" และคำเตือน \(unit.warnings) รายการ", " and \(unit.warnings) warnings") : ""
            b = "<div class=\"verdict errors\"><strong>✗ \(t("ยังไม่ผ่านการตรวจสอบ", "Not accepted yet"))</strong>\n"
            b += "<p>"
            b += t(
                "พบข้อผิดพลาด \(unit.errors) รายการที่ต้องแก้ไข\(also) ข้อมูลของหน่วยงานจะยังไม่ถูกนำไปรวมในรายงาน จนกว่าจะแก้ข้อผิดพลาดครบทุกรายการและส่งไฟล์กลับมาใหม่",
                "\(unit.errors) errors to fix\(also). The unit's data stays out of the report until every error is fixed and the file is sent again."
            )
            b += "</p>\n"
            if !codes.isDisjoint(with: Self.unreadable) {
                b += "<p>"
                b += t(
                    "ไฟล์อ่านไม่ได้ตั้งแต่จุดที่ผิด จึงยังตรวจเนื้อหาส่วนที่เหลือไม่ได้ เมื่อแก้จุดนี้แล้ว การตรวจครั้งถัดไปอาจพบปัญหาอื่นเพิ่ม",
                    "The file cannot be read past the error, so the rest of it is not checked yet; the next check may find more.")
                b += "</p>\n"
            }
            if placeholders > 0 {
                b += "<p>"
                b += t(
                    "ไฟล์ยังมีข้อความตัวอย่างจากแบบฟอร์ม (ข้อความในวงเล็บ &lt; &gt;) \(placeholders) แห่ง ให้แทนที่ด้วยข้อมูลจริง หรือลบบรรทัดที่ไม่บังคับซึ่งไม่มีข้อมูล",
                    "The file still holds \(placeholders) placeholders of the skeleton (texts in &lt; &gt;): replace them, or delete optional lines that do not apply."
                )
                b += "</p>\n"
            }
        case .warnings:
            b =
                "<div class=\"verdict warnings\"><strong>✓ \(t("ผ่านการตรวจสอบ มีคำเตือน \(unit.warnings) รายการ", "Accepted, with \(unit.warnings) warnings"))</strong>\n"
            b +=
                "<p>\(t("ข้อมูลของหน่วยงานถูกนำไปรวมในรายงานแล้ว คำเตือนคือสิ่งที่ควรตรวจทาน ถ้าข้อมูลถูกต้องอยู่แล้วไม่ต้องแก้ไข", "The unit's data is in the report. Warnings are worth a look; if the data is right, nothing needs changing."))</p>\n"
        case .ok, .missing:
            b = "<div class=\"verdict ok\"><strong>✓ \(t("ผ่านการตรวจสอบ ไม่พบปัญหา", "Accepted, no problems"))</strong>\n"
            b += "<p>\(t("ข้อมูลของหน่วยงานถูกนำไปรวมในรายงานแล้ว ขอบคุณที่ส่งรายงาน", "The unit's data is in the report. Thank you."))</p>\n"
        }
        if unit.late, let d = report.deadline, let s = unit.submittedOn {
            b +=
                "<p class=\"late\">\(t("ส่งเมื่อ \(e(date(s))) หลังกำหนดส่ง \(e(date(d)))", "Sent on \(e(date(s))), after the due date \(e(date(d)))."))</p>\n"
        }
        return b + "</div>\n"
    }

    func howTo() -> String {
        let names = unit.files.map { e(Self.shownPath($0.path)) }.joined(separator: ", ")
        let office = report.office.map(e) ?? t("สำนักงานศึกษาธิการจังหวัด", "the provincial education office")
        let steps =
            unit.files.allSatisfy(\.isWorkbook)
            ? (language == .th
                ? [
                    "เปิดไฟล์ \(names) ด้วย Microsoft Excel, LibreOffice Calc หรือ Google Sheets",
                    "ไปที่แผ่นงานและเซลล์ที่ระบุในแต่ละรายการ (เช่น แผ่นงาน โครงการ เซลล์ F12: คลิกแท็บ โครงการ ที่ด้านล่าง แล้วพิมพ์ F12 ในช่องชื่อเซลล์ที่มุมซ้ายบน) เซลล์ที่ต้องแก้มีกรอบสีแดงในตารางที่ยกมา",
                    "แก้ตาม <b>วิธีแก้</b> ของแต่ละรายการ อย่าเปลี่ยนชื่อแผ่นงานหรือหัวคอลัมน์ แล้วบันทึกเป็น Excel Workbook (.xlsx) โดยใช้ชื่อไฟล์เดิม",
                    "ส่งไฟล์กลับไปที่\(office)",
                ]
                : [
                    "Open \(names) in Microsoft Excel, LibreOffice Calc or Google Sheets.",
                    "Go to the sheet and cell each item names (for sheet โครงการ, cell F12: click the โครงการ tab at the bottom, then type F12 in the name box at the top left); the cell is boxed in red in the quoted table.",
                    "Change it as its <b>fix</b> says, without renaming sheets or headers, then save it as an Excel Workbook (.xlsx) under the same name.",
                    "Send the file back to \(office).",
                ])
            : language == .th
                ? [
                    "เปิดไฟล์ \(names) ด้วยโปรแกรมแก้ไขข้อความ เช่น Notepad หรือ VS Code (ไม่ใช้ Word หรือ Excel)",
                    "ไปที่บรรทัดที่ระบุในแต่ละรายการ (Notepad: กด Ctrl+G แล้วพิมพ์เลขบรรทัด) จุดที่ต้องแก้มีกรอบสีแดงในข้อความที่ยกมา",
                    "แก้ตาม <b>วิธีแก้</b> ของแต่ละรายการ แล้วบันทึกไฟล์เป็น UTF-8 โดยใช้ชื่อไฟล์เดิม",
                    "ส่งไฟล์กลับไปที่\(office)",
                ]
                : [
                    "Open \(names) in a text editor such as Notepad or VS Code (not Word or Excel).",
                    "Go to the line each item names (Notepad: Ctrl+G, then the line number); the spot is boxed in red in the quoted lines.",
                    "Change it as its <b>fix</b> says, then save the file as UTF-8 under the same name.",
                    "Send the file back to \(office).",
                ]
        return "<div class=\"howto\"><p><b>\(t("วิธีแก้ไข", "How to fix the file"))</b></p><ol>\n"
            + steps.map { "<li>\($0)</li>\n" }.joined() + "</ol></div>\n"
    }

    func problem(_ d: Diagnostic, number: Int, in file: ValidationReport.File) -> String {
        let kind = d.severity == .error ? "error" : "warning"
        let word = d.severity == .error ? t("ข้อผิดพลาด", "Error") : t("คำเตือน", "Warning")
        let place: String
        if let sheet = d.location.sheet {
            place =
                d.location.cell.map { t("แผ่นงาน \(e(sheet)) เซลล์ \($0)", "Sheet \(e(sheet)), cell \($0)") }
                ?? t("แผ่นงาน \(e(sheet))", "Sheet \(e(sheet))")
        } else {
            place = d.location.line > 0 ? t("บรรทัด \(d.location.line)", "Line \(d.location.line)") : t("ทั้งไฟล์", "Whole file")
        }
        var b = "<section class=\"problem \(kind)\">\n"
        b += "<h3><span class=\"tag \(kind)\">\(word) \(number)</span> \(place): \(e(d.message[language]))</h3>\n"
        if d.location.sheet == nil,
            let span = file.spans.first(where: { $0.firstLine <= d.location.line && d.location.line <= $0.lastLine })
        {
            b += "<p class=\"where\">\(t("อยู่ใน", "In")) \(e(span.label[language]))</p>\n"
        }
        let syntax = Self.unreadable.contains(d.code)
        if d.location.sheet != nil {
            if let row = file.workbook?.row(at: d.location) { b += ValidationReportQuote.html(row: row) + "\n" }
        } else if let quote = ValidationReportQuote.html(
            lines: file.lines, line: d.location.line, column: d.location.column, before: syntax ? 3 : 1, after: 1)
        {
            b += quote + "\n"
        }
        if let hint = d.hint {
            b += "<p class=\"fix\"><b>\(t("วิธีแก้", "Fix")):</b> \(e(hint[language]))</p>\n"
        }
        var ref = "\(t("รหัส", "code")) \(d.code.rawValue) · \(e(d.code.summary[language]))"
        if let sheet = d.location.sheet {
            ref += " · " + (d.location.cell.map { "\(e(sheet))!\($0)" } ?? e(sheet))
        } else if d.location.line > 0 {
            ref += " · " + t("บรรทัด \(d.location.line)", "line \(d.location.line)")
            if d.location.column > 0 { ref += t(" ตัวอักษรที่ \(d.location.column)", " column \(d.location.column)") }
        }
        b += "<p class=\"code\">\(ref)</p>\n"
        return b + "</section>\n"
    }

    func footer() -> String {
        "<footer>"
            + t(
                "ตรวจโดยโปรแกรม PlanPress (planpress check) จากไฟล์ที่หน่วยงานส่ง · ใช้รหัสปัญหา (PP…) อ้างอิงเมื่อสอบถามสำนักงาน",
                "Checked by PlanPress (planpress check) from the file the unit sent · quote the problem code (PP…) when asking the office")
            + "</footer>"
    }
}
