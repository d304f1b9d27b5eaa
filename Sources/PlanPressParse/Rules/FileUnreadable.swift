import PlanPressCore

/// PP109: the file cannot be read from disk, or the YAML reader cannot start on it.
package enum FileUnreadable: DiagnosticRule {
    package static let code = DiagnosticCode.fileUnreadable
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "อ่านไฟล์ไม่ได้", en: "file cannot be read")

    /// Reading the file from disk failed.
    static func unreadable(path: String) -> Diagnostic {
        make(at: SourceLocation(path: path), th: "อ่านไฟล์ไม่ได้", en: "the file cannot be read")
    }

    /// libyaml could not be initialised.
    static func yamlReaderFailed(path: String) -> Diagnostic {
        make(at: SourceLocation(path: path), th: "เริ่มตัวอ่าน YAML ไม่ได้", en: "could not start the YAML reader")
    }
}
