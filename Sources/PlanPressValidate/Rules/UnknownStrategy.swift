import PlanPressCore

/// PP401: a code in `strategies` that the plan framework does not have. The message, shared by
/// PP401–PP404, is `UnknownFrameworkCode`'s.
package enum UnknownStrategy: UnknownFrameworkCode {
    package static let code = DiagnosticCode.unknownStrategy
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสใน strategies ไม่มีในกรอบแผน", en: "unknown code in strategies")
}
