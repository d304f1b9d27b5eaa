import PlanPressCore

/// PP710: a unit site.yaml expects has sent no file at all; a warning, the report is built
/// without it and lists it as missing.
package enum ExpectedUnitMissing: DiagnosticRule {
    package static let code = DiagnosticCode.expectedUnitMissing
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "หน่วยงานที่ต้องส่งยังไม่ส่งรายงาน", en: "expected unit has no submission")

    /// `unit` has no submission.
    static func diagnostic(_ unit: ExpectedUnit) -> Diagnostic {
        make(
            at: unit.location, th: "ยังไม่ได้รับรายงานของ \(unit.name) (\(unit.id))",
            en: "no submission from \(unit.name) (\(unit.id))",
            hintTH: "ติดตามหน่วยงาน หรือวางไฟล์ไว้ที่ content/units/\(unit.id).yaml",
            hintEN: "ask the unit, or put its file at content/units/\(unit.id).yaml")
    }
}
