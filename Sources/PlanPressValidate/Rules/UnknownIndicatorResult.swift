import PlanPressCore

/// PP404: a code in `indicator_results` that the plan framework does not have. The message, shared by
/// PP401–PP404, is `UnknownFrameworkCode`'s.
package enum UnknownIndicatorResult: UnknownFrameworkCode {
    package static let code = DiagnosticCode.unknownIndicatorResult
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสใน indicator_results ไม่ใช่ตัวชี้วัดของแผน", en: "unknown code in indicator_results")
}
