import PlanPressCore

/// PP510: a project's period ends before it starts.
package enum PeriodEndBeforeStart: DiagnosticRule {
    package static let code = DiagnosticCode.periodEndBeforeStart
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "วันสิ้นสุดก่อนวันเริ่ม", en: "period ends before it starts")

    /// The problem with a period, nil unless `end` (written at `location`) is before `start`.
    static func check(start: CalendarDate, end: CalendarDate, at location: SourceLocation) -> Diagnostic? {
        guard end < start else { return nil }
        return make(
            at: location,
            th: "วันสิ้นสุด \(end.thai()) อยู่ก่อนวันเริ่ม \(start.thai())",
            en: "the end \(end.iso) is before the start \(start.iso)",
            hintTH: "ตรวจปี พ.ศ. และสลับวันเริ่ม/วันสิ้นสุด", hintEN: "check the years, or swap start and end")
    }
}
