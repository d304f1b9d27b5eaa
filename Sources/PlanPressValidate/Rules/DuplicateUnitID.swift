import PlanPressCore

/// PP304: two files of the content folder are the report of the same unit; the later file (in
/// file order) is rejected.
package enum DuplicateUnitID: DiagnosticRule {
    package static let code = DiagnosticCode.duplicateUnitID
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสหน่วยงานซ้ำกับไฟล์อื่น", en: "duplicate unit id across files")

    /// The unit id `id` is already the id of the file at `firstPath`.
    static func diagnostic(_ id: String, firstPath: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "รหัสหน่วยงาน \"\(id)\" ซ้ำกับไฟล์ \(firstPath)", en: "unit id \"\(id)\" is already used by \(firstPath)",
            hintTH: "หนึ่งหน่วยงานส่งได้หนึ่งไฟล์ ลบไฟล์ที่ซ้ำ หรือแก้ unit.id",
            hintEN: "one file per unit: remove the duplicate or fix unit.id")
    }
}
