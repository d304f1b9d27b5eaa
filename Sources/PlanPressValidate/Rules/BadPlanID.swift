import PlanPressCore

/// PP707: a plan id, item code or indicator code of the framework is not of its form (plan ids
/// `FrameworkValidator.isValidPlanID`, codes `FrameworkValidator.isValidCode`).
package enum BadPlanID: DiagnosticRule {
    package static let code = DiagnosticCode.badPlanID
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสแผนไม่ถูกรูปแบบ", en: "bad plan id")

    /// The plan id `id`.
    static func planID(_ id: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "รหัสแผน \"\(id)\" ต้องเป็นอักษร A–Z ตัวใหญ่และตัวเลข ขึ้นต้นด้วยตัวอักษร ยาวไม่เกิน 10 ตัว",
            en: "plan id \"\(id)\" must be A–Z and 0–9, starting with a letter, at most 10 characters")
    }

    /// The item code `code`.
    static func itemCode(_ code: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "รหัสรายการ \"\(code)\" ใช้ได้เฉพาะ A–Z a–z 0–9 . - _",
            en: "item code \"\(code)\" may use only A–Z, a–z, 0–9, '.', '-' and '_'")
    }

    /// The strategic indicator code `code`.
    static func indicatorCode(_ code: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "รหัสตัวชี้วัด \"\(code)\" ใช้ได้เฉพาะ A–Z a–z 0–9 . - _",
            en: "indicator code \"\(code)\" may use only A–Z, a–z, 0–9, '.', '-' and '_'")
    }
}
