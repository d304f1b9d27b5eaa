import PlanPressCore

/// PP603: an evidence `file` leads out of the unit's folder (`..`, an absolute path, a link);
/// `EvidencePath.resolve` refuses it.
package enum EvidenceFileOutside: DiagnosticRule {
    package static let code = DiagnosticCode.evidenceFileOutside
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไฟล์หลักฐานอยู่นอกโฟลเดอร์หน่วยงาน", en: "evidence file outside the unit folder")

    /// The evidence file `path` (as written) lies outside the unit's folder.
    static func diagnostic(_ path: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ไฟล์หลักฐาน \"\(path)\" อยู่นอกโฟลเดอร์ของหน่วยงาน",
            en: "evidence file \"\(path)\" lies outside the unit's folder",
            hintTH: "วางไฟล์ไว้ในโฟลเดอร์ evidence ของหน่วยงาน แล้วเขียน file: evidence/ชื่อไฟล์",
            hintEN: "put the file in the unit's evidence folder and write file: evidence/name")
    }
}
