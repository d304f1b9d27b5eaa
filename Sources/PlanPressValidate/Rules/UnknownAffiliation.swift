import PlanPressCore

/// PP405: a unit names a code that site.yaml's `affiliations` does not list. The message, shared with
/// PP406, is `UnknownSiteCode`'s.
package enum UnknownAffiliation: UnknownSiteCode {
    package static let code = DiagnosticCode.unknownAffiliation
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสสังกัดไม่มีใน site.yaml", en: "unknown affiliation code")
}
