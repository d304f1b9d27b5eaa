import PlanPressCore

/// PP106: a key appears twice in one map (YAML or JSON); the first one is kept.
package enum DuplicateKey: DiagnosticRule {
    package static let code = DiagnosticCode.duplicateKey
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ชื่อฟิลด์ซ้ำใน map เดียวกัน", en: "duplicate key in a map")

    /// `key` appears again at `location`; it was first at `first`.
    static func diagnostic(_ key: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ฟิลด์ \"\(key)\" ซ้ำกับที่บรรทัด \(first.line)",
            en: "key \"\(key)\" appears again (first at line \(first.line))",
            hintTH: "ลบฟิลด์ที่ซ้ำออก ให้เหลือเพียงหนึ่งรายการ",
            hintEN: "remove the repeated key so it appears once")
    }
}
