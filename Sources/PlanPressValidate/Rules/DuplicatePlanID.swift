import PlanPressCore

/// PP701: two plan files have the same plan id.
package enum DuplicatePlanID: DiagnosticRule {
    package static let code = DiagnosticCode.duplicatePlanID
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสแผนซ้ำ", en: "duplicate plan id")

    /// A diagnostic for every plan whose id an earlier plan (in path order) already has, at the
    /// start of its file.
    static func check(_ plans: [Plan]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var planByID: [String: Plan] = [:]
        for plan in plans.sorted(by: { $0.path < $1.path }) {
            if let first = planByID[plan.id] {
                diagnostics.append(
                    make(
                        at: SourceLocation(path: plan.path, line: 1, column: 1),
                        th: "รหัสแผน \"\(plan.id)\" ซ้ำกับไฟล์ \(first.path)", en: "plan id \"\(plan.id)\" is already used by \(first.path)"))
            } else {
                planByID[plan.id] = plan
            }
        }
        return diagnostics
    }
}
