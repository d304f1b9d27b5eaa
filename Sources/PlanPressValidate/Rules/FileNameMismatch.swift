import PlanPressCore

/// PP305: `unit.id` is not the name of the file (or folder) the report is in; a warning, the id
/// in the file counts.
package enum FileNameMismatch: DiagnosticRule {
    package static let code = DiagnosticCode.fileNameMismatch
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "ชื่อไฟล์ไม่ตรงกับ unit.id", en: "file name differs from unit.id")

    /// The problem with the valid unit id `id`, nil when it is `expected` (the file or folder name).
    static func check(_ id: String, expected: String, at location: SourceLocation) -> Diagnostic? {
        guard id != expected else { return nil }
        return make(
            at: location,
            th: "unit.id \"\(id)\" ไม่ตรงกับชื่อไฟล์หรือโฟลเดอร์ \"\(expected)\"",
            en: "unit.id \"\(id)\" differs from the file or folder name \"\(expected)\"",
            hintTH: "เปลี่ยนชื่อไฟล์เป็น \(id) ให้ตรงกับ unit.id", hintEN: "rename the file to \(id)")
    }
}
