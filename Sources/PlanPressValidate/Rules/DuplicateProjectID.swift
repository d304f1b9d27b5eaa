import PlanPressCore

/// PP303: two projects of one file have the same id. Checked on the ids as written, so that a
/// copied project is caught even when one of the two has another error too.
package enum DuplicateProjectID: DiagnosticRule {
    package static let code = DiagnosticCode.duplicateProjectID
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสโครงการซ้ำในไฟล์", en: "duplicate project id in a file")

    /// The project at `location` has the id `id` of the project at `first`.
    static func diagnostic(_ id: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "รหัสโครงการ \"\(id)\" ซ้ำกับโครงการที่บรรทัด \(first.line)",
            en: "project id \"\(id)\" is already used at line \(first.line)",
            hintTH: "ตั้งรหัสใหม่ที่ไม่ซ้ำ เช่น \(id)-2", hintEN: "give it another id, e.g. \(id)-2")
    }
}
