import PlanPressCore

/// PP509: a project's period starts or ends outside the report's fiscal year; a warning, a
/// project may run across years.
package enum PeriodOutsideFiscalYear: DiagnosticRule {
    package static let code = DiagnosticCode.periodOutsideFiscalYear
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "ระยะเวลาอยู่นอกปีงบประมาณ", en: "period outside the fiscal year")

    /// The problem with `date` (a start or an end), nil when it lies in the fiscal year `year`.
    static func check(_ date: CalendarDate, fiscalYear year: Int, at location: SourceLocation) -> Diagnostic? {
        let fy = FiscalYear(beYear: year)
        guard !fy.contains(date) else { return nil }
        return make(
            at: location,
            th: "วันที่ \(date.thai()) อยู่นอกปีงบประมาณ \(year) (\(fy.start.thai()) – \(fy.end.thai()))",
            en: "\(date.iso) is outside fiscal year \(year) (\(fy.start.iso) – \(fy.end.iso))",
            hintTH: "ตรวจว่าเขียนปี พ.ศ. ถูกต้อง", hintEN: "check the year")
    }
}
