import PlanPressCore

/// PP708: site.yaml's `primary_plan` is not a plan of the framework.
package enum UnknownPrimaryPlan: DiagnosticRule {
    package static let code = DiagnosticCode.unknownPrimaryPlan
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "primary_plan ไม่มีในกรอบแผน", en: "unknown primary_plan")

    /// The problem with `site`'s primary plan, nil when `framework` has it.
    static func check(_ site: SiteConfig, framework: PlanFramework) -> Diagnostic? {
        guard framework.plan(site.primaryPlan) == nil else { return nil }
        return make(
            at: SourceLocation(path: site.path),
            th: "primary_plan \"\(site.primaryPlan)\" ไม่มีในกรอบแผน",
            en: "primary_plan \"\(site.primaryPlan)\" is not a plan of the framework",
            hintTH: "แผนที่มี: \(framework.plans.map(\.id).joined(separator: ", "))",
            hintEN: "plans: \(framework.plans.map(\.id).joined(separator: ", "))")
    }
}
