import PlanPressCore

/// PP403: a code in `contributes_to` that the plan framework does not have. The message, shared by
/// PP401–PP404, is `UnknownFrameworkCode`'s.
package enum UnknownContributesTo: UnknownFrameworkCode {
    package static let code = DiagnosticCode.unknownContributesTo
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสใน contributes_to ไม่ใช่ตัวชี้วัดของแผน", en: "unknown code in contributes_to")
}
