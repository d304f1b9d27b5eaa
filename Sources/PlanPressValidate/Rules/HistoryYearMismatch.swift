import PlanPressCore

/// PP803: a year's `report.json` says another fiscal year than the folder it is in.
package enum HistoryYearMismatch: DiagnosticRule {
    package static let code = DiagnosticCode.historyYearMismatch
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "ปีงบประมาณในรายงานไม่ตรงกับชื่อโฟลเดอร์ปี", en: "the report's fiscal year is not its folder's year")

    /// The problem with `site.fiscal_year` `found` in the folder of `folderYear`, nil when they agree.
    package static func check(_ found: Int, folderYear: Int, at location: SourceLocation) -> Diagnostic? {
        guard found != folderYear else { return nil }
        return make(
            at: location,
            LocalizedText(
                th: "รายงานนี้เป็นของปีงบประมาณ \(found) แต่อยู่ในโฟลเดอร์ปี \(folderYear)",
                en: "this report is of fiscal year \(found) but sits in the folder of \(folderYear)"),
            hint: LocalizedText(
                th: "ย้ายไฟล์ไปไว้ที่ content/history/\(found)/report.json หรือวาง report.json ของปี \(folderYear) แทน",
                en: "move the file to content/history/\(found)/report.json, or put year \(folderYear)'s report.json here instead"))
    }
}
