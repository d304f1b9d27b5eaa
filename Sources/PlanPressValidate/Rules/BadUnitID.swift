import PlanPressCore

/// PP301: a unit id (`unit.id`, or an id in site.yaml's `expected_units`) is not of the form
/// `SubmissionValidator.isValidUnitID` accepts.
package enum BadUnitID: DiagnosticRule {
    package static let code = DiagnosticCode.badUnitID
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสหน่วยงานไม่ถูกรูปแบบ", en: "bad unit id")

    /// The unit report's `unit.id` is `text`; the hint gives a valid id close to it.
    static func inReport(_ text: String, at location: SourceLocation) -> Diagnostic {
        let suggested = SubmissionValidator.suggestedID(text)
        return make(
            at: location,
            th: "รหัสหน่วยงาน \"\(text)\" ใช้ได้เฉพาะ a–z 0–9 และ - ยาว 2–63 ตัว ขึ้นต้นด้วยตัวอักษรหรือตัวเลข",
            en: "unit id \"\(text)\" may use only a–z, 0–9 and -, 2–63 characters, starting with a letter or digit",
            hintTH: suggested.map { "เช่น \($0)" }, hintEN: suggested.map { "e.g. \($0)" })
    }

    /// An id of site.yaml's `expected_units`.
    static func inSite(_ id: String, at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "รหัสหน่วยงาน \"\(id)\" ไม่ถูกรูปแบบ (a–z 0–9 -)", en: "unit id \"\(id)\" is not valid (a–z, 0–9, -)")
    }
}
