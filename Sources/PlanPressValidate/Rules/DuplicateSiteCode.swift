import PlanPressCore

/// PP711: a code appears twice in one of site.yaml's lists (`affiliations`, `districts`,
/// `expected_units`).
package enum DuplicateSiteCode: DiagnosticRule {
    package static let code = DiagnosticCode.duplicateSiteCode
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสใน site.yaml ซ้ำ", en: "duplicate code in site.yaml")

    /// The unit id `id` appears again in `expected_units`.
    static func expectedUnit(_ id: String, at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "รหัสหน่วยงาน \"\(id)\" ซ้ำใน expected_units", en: "unit id \"\(id)\" appears twice in expected_units")
    }

    /// `code` appears again in the list `key`.
    static func code(_ code: String, in key: String, at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "รหัส \"\(code)\" ซ้ำใน \(key)", en: "code \"\(code)\" appears twice in \(key)")
    }
}
