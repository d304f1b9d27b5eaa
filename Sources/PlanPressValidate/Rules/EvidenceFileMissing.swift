import Foundation
import PlanPressCore

/// PP602: an evidence `file` does not exist where the submission says.
package enum EvidenceFileMissing: DiagnosticRule {
    package static let code = DiagnosticCode.evidenceFileMissing
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไม่พบไฟล์หลักฐาน", en: "evidence file missing")

    /// The problem with the evidence file `path` (as written), resolved to `resolved`, nil when it
    /// exists. The hint says where the office must put it: beside `submissionPath`, as the path says.
    static func check(_ path: String, resolved: URL, submissionPath: String, at location: SourceLocation) -> Diagnostic? {
        guard !FileManager.default.fileExists(atPath: resolved.path) else { return nil }
        let folder = (submissionPath as NSString).deletingLastPathComponent
        let expected = folder.isEmpty ? path : "\(folder)/\(path)"
        return make(
            at: location,
            th: "ไม่พบไฟล์หลักฐาน \"\(path)\"", en: "evidence file \"\(path)\" does not exist",
            hintTH: "ส่งไฟล์นี้มาพร้อมรายงาน โดยชื่อไฟล์ตรงกันทุกตัวอักษร (ตัวพิมพ์เล็ก/ใหญ่) สำนักงานวางไฟล์ไว้ที่ \(expected)",
            hintEN: "send the file with the report, named exactly so (case matters); the office puts it at \(expected)")
    }
}
