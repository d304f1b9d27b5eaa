import PlanPressCore

/// PP102: the file was read, but from an encoding other than UTF-8; a warning, so that the office
/// asks for UTF-8 next time without refusing this year's report.
package enum EncodingConverted: DiagnosticRule {
    package static let code = DiagnosticCode.encodingConverted
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "ไฟล์ไม่ใช่ UTF-8 แต่อ่านได้", en: "non-UTF-8 file decoded")

    /// The file was decoded from `encoding`.
    static func diagnostic(_ encoding: SourceEncoding, path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path, line: 1, column: 1),
            th: "ไฟล์ใช้รหัสอักขระ \(encoding.rawValue) ระบบอ่านได้ แต่ควรบันทึกเป็น UTF-8",
            en: "the file is encoded in \(encoding.rawValue); it was read, but UTF-8 is expected",
            hintTH: "เปิดไฟล์แล้วเลือก \"บันทึกเป็น\" รหัสอักขระ UTF-8",
            hintEN: "open the file and save it with the UTF-8 encoding")
    }
}
