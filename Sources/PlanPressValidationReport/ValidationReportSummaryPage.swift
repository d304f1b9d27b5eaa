import PlanPressCore

/// The summary page of the validation report (`index.html`): every unit with its state (ok,
/// warnings, errors, missing, late), the counts, and the problems of the office's own files.
struct ValidationReportSummaryPage {
    var report: ValidationReport
    var pageNames: [String: String]

    var language: Language { report.language }
    func t(_ th: String, _ en: String) -> String { language == .th ? th : en }
    func e(_ s: String) -> String { ValidationReportHTML.escape(s) }

    func stateWord(_ s: ValidationReport.State) -> String {
        switch s {
        case .ok: return t("ผ่าน", "accepted")
        case .warnings: return t("ผ่าน มีคำเตือน", "accepted, warnings")
        case .errors: return t("ไม่ผ่าน ต้องแก้ไข", "errors to fix")
        case .missing: return t("ยังไม่ส่ง", "missing")
        }
    }

    func html() -> String {
        let units = report.units
        let count = { (s: ValidationReport.State) in units.count { $0.state == s } }
        let late = units.count { $0.late }
        let expected = units.count { $0.expected }
        let year = report.fiscalYear.map { t(" ปีงบประมาณ พ.ศ. \($0)", ", fiscal year \($0)") } ?? ""
        let title = t("ผลการตรวจสอบรายงานของหน่วยงาน", "Check of the units' reports") + year
        var b = ""
        if let office = report.office { b += "<p class=\"office\">\(e(office))</p>\n" }
        b += "<h1>\(e(title))</h1>\n"
        if let d = report.deadline {
            b += "<p>\(t("กำหนดส่ง", "Due")) \(e(language == .th ? d.thai() : d.english))</p>\n"
        }
        b += "<ul class=\"counts\">\n"
        b += "<li>\(t("หน่วยงานที่ต้องส่ง", "expected units")) <b>\(expected)</b></li>\n"
        b += "<li>\(t("ไฟล์ที่ได้รับ", "units with a file")) <b>\(units.count { !$0.files.isEmpty })</b></li>\n"
        for s in ValidationReport.State.allCases {
            b += "<li class=\"state \(s.rawValue)\">\(stateWord(s)) <b>\(count(s))</b></li>\n"
        }
        b += "<li class=\"late\">\(t("ส่งหลังกำหนด", "late")) <b>\(late)</b></li>\n"
        b += "</ul>\n"
        b +=
            "<p class=\"muted\">\(t("ส่งหน้าของแต่ละหน่วยงานแนบหนังสือแจ้งผลการตรวจ หน้าเหล่านี้พิมพ์ได้ขนาด A4", "Attach each unit's page to the letter; the pages print on A4."))</p>\n"

        b += "<table class=\"units\">\n<thead><tr><th>#</th><th>\(t("หน่วยงาน", "Unit"))</th><th>\(t("ผลการตรวจ", "Result"))</th>"
        b +=
            "<th>\(t("ข้อผิดพลาด", "Errors"))</th><th>\(t("คำเตือน", "Warnings"))</th><th>\(t("วันที่ส่ง", "Submitted"))</th></tr></thead>\n<tbody>\n"
        for (i, u) in units.enumerated() {
            let name = e(u.name ?? u.id)
            let link = pageNames[u.id].map { "<a href=\"\(e($0))\">\(name)</a>" } ?? name
            var note = ""
            if !u.expected { note = "<br><span class=\"muted\">\(t("ไม่อยู่ในรายชื่อที่ต้องส่ง", "not an expected unit"))</span>" }
            let date = u.submittedOn.map { e(language == .th ? $0.thai(abbreviated: true) : $0.iso) } ?? "–"
            let lateMark = u.late ? " <span class=\"late\">\(t("ล่าช้า", "late"))</span>" : ""
            b += "<tr><td class=\"num\">\(i + 1)</td><td>\(link) <span class=\"muted\">(\(e(u.id)))</span>\(note)</td>"
            b += "<td><span class=\"state \(u.state.rawValue)\">\(stateWord(u.state))</span></td>"
            b +=
                "<td class=\"num\">\(u.files.isEmpty ? "–" : String(u.errors))</td><td class=\"num\">\(u.files.isEmpty ? "–" : String(u.warnings))</td>"
            b += "<td>\(date)\(lateMark)</td></tr>\n"
        }
        b += "</tbody></table>\n"

        if !report.officeFiles.isEmpty {
            b += "<h2>\(t("ปัญหาในไฟล์ของสำนักงาน", "Problems in the office's files"))</h2>\n"
            b +=
                "<p class=\"muted\">\(t("site.yaml กรอบแผน และหน้าเนื้อหา: สำนักงานต้องแก้เอง ข้อผิดพลาดในไฟล์เหล่านี้ทำให้สร้างรายงานไม่ได้", "site.yaml, the framework and the pages: for the office to fix; an error here stops the build."))</p>\n"
            for file in report.officeFiles {
                let page = ValidationReportUnitPage(
                    report: report,
                    unit: ValidationReport.Unit(
                        id: "", name: nil, files: [file], accepted: file.errors == 0, submittedOn: nil, late: false, expected: true))
                b += "<h3>\(e(file.path))</h3>\n"
                for (i, d) in file.diagnostics.enumerated() { b += page.problem(d, number: i + 1, in: file) }
            }
        }
        b += "<footer>\(t("สร้างโดย planpress check --report", "Made by planpress check --report"))</footer>"
        return ValidationReportHTML.page(title: title, language: language, body: b)
    }
}
