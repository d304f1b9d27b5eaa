import PlanPressCore

/// PP104: a YAML anchor (`&name`) or alias (`*name`); refused before anything is expanded, so
/// that a file cannot grow by reference.
package enum AliasNotAllowed: DiagnosticRule {
    package static let code = DiagnosticCode.aliasNotAllowed
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ใช้ anchor/alias ซึ่งไม่อยู่ในรูปแบบ", en: "anchor or alias used")

    /// An anchor (`anchor` true) or an alias at `location`.
    static func diagnostic(at location: SourceLocation, anchor: Bool) -> Diagnostic {
        make(
            at: location,
            th: anchor ? "ไม่อนุญาตให้ใช้ anchor (&ชื่อ) ในไฟล์รายงาน" : "ไม่อนุญาตให้ใช้ alias (*ชื่อ) ในไฟล์รายงาน",
            en: anchor ? "anchors (&name) are not part of the format" : "aliases (*name) are not part of the format",
            hintTH: "เขียนค่าซ้ำตรง ๆ แทนการอ้างอิง", hintEN: "write the value out in full instead")
    }
}
