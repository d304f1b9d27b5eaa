import PlanPressCore

/// PP604: an evidence item has both `url` and `file`, or neither.
package enum EvidenceTarget: DiagnosticRule {
    package static let code = DiagnosticCode.evidenceTarget
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "หลักฐานต้องมี url หรือ file อย่างใดอย่างหนึ่ง", en: "evidence needs exactly one of url or file")

    /// The evidence item `field` (`projects[1].evidence[2]`) does not have exactly one target.
    static func diagnostic(_ field: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "หลักฐานต้องมี url หรือ file อย่างใดอย่างหนึ่ง (\(field))", en: "evidence needs exactly one of url or file (\(field))",
            hintTH: "ใส่ url: https://… หรือ file: evidence/ชื่อไฟล์", hintEN: "give url: https://… or file: evidence/name")
    }
}
