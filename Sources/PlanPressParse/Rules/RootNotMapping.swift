import PlanPressCore

/// PP107: the file is empty, or its root is a single value or a list instead of a map of fields.
package enum RootNotMapping: DiagnosticRule {
    package static let code = DiagnosticCode.rootNotMapping
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไฟล์ว่างหรือไม่ใช่ map", en: "empty file or root not a map")

    /// An empty YAML file (nothing but blanks and comments).
    static func emptyYAML(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path, line: 1, column: 1),
            th: "ไฟล์ว่างเปล่า", en: "the file is empty",
            hintTH: "เริ่มจากแม่แบบที่ได้จากสำนักงาน (planpress new unit)",
            hintEN: "start from the skeleton the office sends (planpress new unit)")
    }

    /// An empty JSON file.
    static func emptyJSON(path: String) -> Diagnostic {
        make(at: SourceLocation(path: path, line: 1, column: 1), th: "ไฟล์ว่างเปล่า", en: "the file is empty")
    }

    /// The problem with a parsed root, nil when it is a map.
    static func check(_ root: Node) -> Diagnostic? {
        switch root.value {
        case .mapping:
            return nil
        case .scalar:
            return make(
                at: root.location,
                th: "ไฟล์ต้องเป็นชุดฟิลด์ (เช่น format: …) ไม่ใช่ข้อความเดียว",
                en: "the file must be a map of fields (format: …), not a single value")
        case .sequence:
            return make(
                at: root.location,
                th: "ไฟล์ต้องเป็นชุดฟิลด์ (เช่น format: …) ไม่ใช่รายการ",
                en: "the file must be a map of fields (format: …), not a list")
        }
    }
}
