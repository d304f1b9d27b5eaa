import PlanPressCore

/// PP209: a text field holds only blanks.
package enum EmptyText: DiagnosticRule {
    package static let code = DiagnosticCode.emptyText
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ข้อความว่าง", en: "empty text")

    /// `field` is empty.
    static func diagnostic(field: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "\"\(field)\" ว่างเปล่า", en: "\"\(field)\" is empty", hintTH: "กรอกข้อความ หรือลบฟิลด์นี้ออก",
            hintEN: "write the text, or remove the field")
    }
}
