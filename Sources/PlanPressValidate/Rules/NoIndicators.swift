import PlanPressCore

/// PP511: a project has no indicators (the key is absent, or the list empty); a warning.
package enum NoIndicators: DiagnosticRule {
    package static let code = DiagnosticCode.noIndicators
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "โครงการไม่มีตัวชี้วัด", en: "project without indicators")

    /// The project `field` (`projects[3]`) has no indicators.
    static func diagnostic(project field: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "โครงการ \(field) ไม่มีตัวชี้วัด", en: "project \(field) has no indicators",
            hintTH: "เพิ่ม indicators: พร้อม name, target และ actual", hintEN: "add indicators: with name, target and actual")
    }
}
