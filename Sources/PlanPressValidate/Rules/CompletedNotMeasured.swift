import PlanPressCore

/// PP508: a completed project has an indicator with no `actual`; a warning, the indicator counts
/// as not measured.
package enum CompletedNotMeasured: DiagnosticRule {
    package static let code = DiagnosticCode.completedNotMeasured
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "โครงการแล้วเสร็จแต่ตัวชี้วัดไม่มีผล", en: "completed project with an unmeasured indicator")

    /// The problem with the indicator `name` of a project of `status`, nil unless the project is
    /// completed and the indicator has no actual (`hasActual`).
    static func check(status: ProjectStatus?, hasActual: Bool, name: String, at location: SourceLocation) -> Diagnostic? {
        guard status == .completed, !hasActual else { return nil }
        return make(
            at: location,
            th: "โครงการแล้วเสร็จ แต่ตัวชี้วัด \"\(name)\" ยังไม่มีผล (actual)",
            en: "the project is completed but indicator \"\(name)\" has no actual",
            hintTH: "เพิ่ม actual: ผลที่วัดได้", hintEN: "add actual: with the measured value")
    }
}
