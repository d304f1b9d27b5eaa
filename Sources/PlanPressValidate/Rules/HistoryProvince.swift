import PlanPressCore

/// PP804: a year's `report.json` is another province's report than site.yaml's.
package enum HistoryProvince: DiagnosticRule {
    package static let code = DiagnosticCode.historyProvince
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "รายงานของปีก่อนเป็นของจังหวัดอื่น", en: "a report of an earlier year is another province's")

    /// The problem with `site.province` `found` when this report's province is `expected`, nil
    /// when they are the same (blanks at either end aside).
    package static func check(_ found: String, expected: String, at location: SourceLocation) -> Diagnostic? {
        let blank = " \t\r\n"
        let trim = { (s: String) in String(s.drop { blank.contains($0) }.reversed().drop { blank.contains($0) }.reversed()) }
        guard trim(found) != trim(expected) else { return nil }
        return make(
            at: location,
            LocalizedText(
                th: "รายงานนี้เป็นของจังหวัด\(found) ไม่ใช่จังหวัด\(expected) ตาม site.yaml",
                en: "this report is of the province \(found), not \(expected) as site.yaml says"),
            hint: LocalizedText(
                th: "ใช้ report.json ที่สำนักงานนี้เผยแพร่ในปีนั้น", en: "use the report.json this office published that year"))
    }
}
