import PlanPressCore

/// PP105: collections nested deeper than `YAMLReader.maximumDepth`; the readers stop there, so
/// that no input can exhaust the stack.
package enum NestingTooDeep: DiagnosticRule {
    package static let code = DiagnosticCode.nestingTooDeep
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ซ้อนลึกเกิน 64 ชั้น", en: "nesting deeper than 64 levels")

    /// Too deep a YAML file, with a hint about what usually causes it.
    static func yaml(at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ข้อมูลซ้อนกันลึกเกิน \(YAMLReader.maximumDepth) ชั้น",
            en: "collections are nested deeper than \(YAMLReader.maximumDepth) levels",
            hintTH: "ตรวจการย่อหน้าและวงเล็บ [ { ที่ไม่ได้ปิด",
            hintEN: "check the indentation and unclosed [ or {")
    }

    /// Too deep a JSON file.
    static func json(at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ข้อมูลซ้อนกันลึกเกิน \(YAMLReader.maximumDepth) ชั้น",
            en: "collections are nested deeper than \(YAMLReader.maximumDepth) levels")
    }
}
