import PlanPressCore

/// PP407: a project's `also_supports` names a code its `strategies` do not reach in the framework;
/// a warning (an error under `--strict`). Raised by the align stage, which computes the closure.
package enum AlsoSupportsNotReached: DiagnosticRule {
    package static let code = DiagnosticCode.alsoSupportsNotReached
    package static let severity = Severity.warning
    package static let summary = LocalizedText(
        th: "also_supports ที่ strategies ของโครงการไม่เชื่อมถึง", en: "also_supports code not reached by the strategies")

    /// The `also_supports` codes of `project` outside `reached` (the closure of its strategies).
    package static func check(_ project: Project, reached: Set<String>) -> [LocatedCode] {
        project.alsoSupports.filter { !reached.contains($0.code) }
    }

    /// `code`, of `project`'s `also_supports`, is not reached; `severity` is the rule's, or an
    /// error under `--strict`.
    package static func diagnostic(_ code: LocatedCode, of project: Project, severity: Severity) -> Diagnostic {
        Diagnostic(
            Self.code, at: code.location,
            LocalizedText(
                th:
                    "also_supports \"\(code.code)\" ไม่เชื่อมโยงกับยุทธศาสตร์ \(project.strategies.map(\.code).joined(separator: ", ")) ของโครงการตามกรอบแผน",
                en:
                    "also_supports \"\(code.code)\" is not reached from the project's strategies \(project.strategies.map(\.code).joined(separator: ", ")) in the framework"
            ),
            hint: LocalizedText(
                th: "ตรวจว่ารหัสถูกต้อง หรือเพิ่มรหัสนี้ใน strategies ถ้าโครงการดำเนินการตามรายการนั้นโดยตรง",
                en: "check the code, or list it under strategies if the project serves it directly"),
            severity: severity)
    }
}
