import PlanPressCore

/// PP805: an entry of `content/history/` that should be a year's folder is not one: its name is
/// not a BE year (four digits, 2500–2700), the year is not earlier than this report's, or a
/// report file lies outside a year's folder. Any of these may hold a year, so none is skipped.
package enum HistoryFolder: DiagnosticRule {
    package static let code = DiagnosticCode.historyFolder
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "โฟลเดอร์ใน history ไม่ใช่ปี พ.ศ. ก่อนปีของรายงาน", en: "a history folder is not a BE year before the report's")

    /// The folder `name` at `path` is not named as a BE year.
    package static func notAYear(_ name: String, path: String) -> Diagnostic {
        let digits = ThaiDigits.arabic(name)
        var hintTH = "ตั้งชื่อโฟลเดอร์เป็นปีงบประมาณ พ.ศ. สี่หลัก เช่น content/history/2568/"
        var hintEN = "name the folder after its BE fiscal year, four digits, e.g. content/history/2568/"
        if digits != name, let year = Int(digits), (2500...2700).contains(year) {
            hintTH = "ใช้เลขอารบิก: \(year)"
            hintEN = "use Arabic digits: \(year)"
        } else if let year = Int(digits), (1957...2157).contains(year) {
            hintTH = "\(year) เป็นปี ค.ศ. ใช้ปี พ.ศ. \(year + 543)"
            hintEN = "\(year) is a CE year; use the BE year \(year + 543)"
        }
        return make(
            at: SourceLocation(path: path),
            LocalizedText(
                th: "โฟลเดอร์ \"\(name)\" ใน history ไม่ใช่ปี พ.ศ. (2500–2700)",
                en: "the history folder \"\(name)\" is not a BE year (2500–2700)"),
            hint: LocalizedText(th: hintTH, en: hintEN))
    }

    /// The folder of `year` at `path` is not earlier than this report's `fiscalYear`.
    package static func notEarlier(_ year: Int, fiscalYear: Int, path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path),
            LocalizedText(
                th: "ปี \(year) ไม่ใช่ปีก่อนปีงบประมาณของรายงานนี้ (\(fiscalYear))",
                en: "year \(year) is not earlier than this report's fiscal year (\(fiscalYear))"),
            hint: LocalizedText(
                th: "history เก็บเฉพาะรายงานของปีก่อน \(fiscalYear); ปีนี้คือรายงานที่กำลังสร้าง",
                en: "history holds only the reports of years before \(fiscalYear); this year's is the one being built"))
    }

    /// A JSON file at `path` lies in `content/history/` itself, outside any year's folder.
    package static func outsideYearFolder(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path),
            LocalizedText(
                th: "ไฟล์รายงานต้องอยู่ในโฟลเดอร์ของปี ไม่ใช่ใน history โดยตรง",
                en: "a report belongs in its year's folder, not in history/ itself"),
            hint: LocalizedText(
                th: "ย้ายไปไว้ที่ content/history/<ปี พ.ศ.>/report.json", en: "move it to content/history/<BE year>/report.json"))
    }
}
