import PlanPressCore

/// PP715: a `single` indicator's `reported_by` is not a unit of `expected_units` in site.yaml.
package enum UnknownReporter: DiagnosticRule {
    package static let code = DiagnosticCode.unknownReporter
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "reported_by ไม่มีใน expected_units", en: "reported_by not among the expected units")

    /// Every `reported_by` of `framework` that names no expected unit of `site`.
    static func check(_ framework: PlanFramework, site: SiteConfig) -> [Diagnostic] {
        let ids = site.expectedUnits.map(\.id)
        let known = Set(ids)
        return framework.allIndicators.compactMap { ind in
            guard let r = ind.reportedBy, !known.contains(r.code) else { return nil }
            let guess = Suggestion.closest(to: r.code, in: ids)
            return make(
                at: r.location,
                th: "reported_by \"\(r.code)\" ของตัวชี้วัด \(ind.code) ไม่มีใน expected_units ของ \(site.path)",
                en: "reported_by \"\(r.code)\" of \(ind.code) is not among the expected_units of \(site.path)",
                hintTH: guess.map { "หมายถึง \"\($0)\" หรือไม่" } ?? "เพิ่มหน่วยงานนี้ใน expected_units หรือแก้รหัส",
                hintEN: guess.map { "did you mean \"\($0)\"?" } ?? "add the unit to expected_units, or correct the id")
        }
    }
}
