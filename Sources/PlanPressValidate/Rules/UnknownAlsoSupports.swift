import PlanPressCore

/// PP402: a code in `also_supports` that the plan framework does not have. The message, shared by
/// PP401–PP404, is `UnknownFrameworkCode`'s.
package enum UnknownAlsoSupports: UnknownFrameworkCode {
    package static let code = DiagnosticCode.unknownAlsoSupports
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสใน also_supports ไม่มีในกรอบแผน", en: "unknown code in also_supports")
}
