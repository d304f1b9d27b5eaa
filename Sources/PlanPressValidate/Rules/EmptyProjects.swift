import PlanPressCore

/// PP205: the unit report's `projects` list is empty; a warning, since a unit may have had no
/// project in the year.
package enum EmptyProjects: DiagnosticRule {
    package static let code = DiagnosticCode.emptyProjects
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "ไม่มีโครงการ (projects: [])", en: "empty project list")

    /// `projects: []` at `location`.
    static func diagnostic(at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ยังไม่มีโครงการในรายงาน (projects: [])", en: "the report lists no projects (projects: [])",
            hintTH: "เพิ่มโครงการที่ดำเนินการในปีงบประมาณนี้", hintEN: "add the projects of this fiscal year")
    }
}
