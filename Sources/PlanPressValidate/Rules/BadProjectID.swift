import Foundation
import PlanPressCore

/// PP302: a project id is not of the form `SubmissionValidator.isValidProjectID` accepts.
package enum BadProjectID: DiagnosticRule {
    package static let code = DiagnosticCode.badProjectID
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสโครงการไม่ถูกรูปแบบ", en: "bad project id")

    /// Project `number` (1-based) has the id `text`; the hint gives a valid id close to it, or
    /// one made from the number.
    static func diagnostic(_ text: String, number: Int, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "รหัสโครงการ \"\(text)\" ใช้ได้เฉพาะ A–Z a–z 0–9 . _ - ยาวไม่เกิน 32 ตัว",
            en: "project id \"\(text)\" may use only A–Z, a–z, 0–9, '.', '_' and '-', at most 32 characters",
            hintTH: "เช่น \(SubmissionValidator.suggestedProjectID(text) ?? "P" + String(format: "%02d", number))",
            hintEN: "e.g. \(SubmissionValidator.suggestedProjectID(text) ?? "P" + String(format: "%02d", number))")
    }
}
