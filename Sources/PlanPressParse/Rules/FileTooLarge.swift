import PlanPressCore

/// PP108: the file is larger than `DocumentLoader.maximumBytes`; it is refused before it is
/// decoded, so that one file cannot hold the build's memory.
package enum FileTooLarge: DiagnosticRule {
    package static let code = DiagnosticCode.fileTooLarge
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไฟล์ใหญ่เกิน 5 MB", en: "file larger than 5 MB")

    /// The problem with a file of `byteCount` bytes, nil when it is small enough.
    static func check(byteCount: Int, path: String) -> Diagnostic? {
        guard byteCount > DocumentLoader.maximumBytes else { return nil }
        return make(
            at: SourceLocation(path: path, line: 1, column: 1),
            th: "ไฟล์มีขนาด \(byteCount) ไบต์ เกินขีดจำกัด 5 MB",
            en: "the file is \(byteCount) bytes, over the 5 MB limit",
            hintTH: "ย้ายรูปภาพและเอกสารไปไว้ในโฟลเดอร์ evidence แล้วอ้างด้วย file:",
            hintEN: "move pictures and documents to the evidence folder and refer to them with file:")
    }
}
