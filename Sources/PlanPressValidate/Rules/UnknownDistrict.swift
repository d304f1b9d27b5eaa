import PlanPressCore

/// PP406: a unit names a code that site.yaml's `districts` does not list. The message, shared with
/// PP405, is `UnknownSiteCode`'s.
package enum UnknownDistrict: UnknownSiteCode {
    package static let code = DiagnosticCode.unknownDistrict
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสอำเภอไม่มีใน site.yaml", en: "unknown district code")
}
