import PlanPressCore

/// PP501: a fiscal year that is not a BE year in 2500–2700, or not the report's fiscal year.
/// (A year that is a CE year is PP502.)
package enum FiscalYearMismatch: DiagnosticRule {
    package static let code = DiagnosticCode.fiscalYearMismatch
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ปีงบประมาณไม่ตรงกับรายงาน", en: "fiscal year is not the report's")

    /// The unit report's `fiscal_year` `year` is outside BE 2500–2700; the hint names `expected`,
    /// the report's year, when site.yaml gives it.
    static func outsideRange(_ year: Int, expected: Int?, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ปีงบประมาณ \(year) อยู่นอกช่วง พ.ศ. 2500–2700", en: "fiscal year \(year) is outside BE 2500–2700",
            hintTH: expected.map { "เขียน fiscal_year: \($0)" }, hintEN: expected.map { "write fiscal_year: \($0)" })
    }

    /// The problem with the unit report's `fiscal_year` `year`, nil when it is `expected`.
    static func check(_ year: Int, expected: Int, at location: SourceLocation) -> Diagnostic? {
        guard year != expected else { return nil }
        return make(
            at: location,
            th: "ปีงบประมาณ \(year) ไม่ตรงกับปีของรายงาน (\(expected))",
            en: "fiscal year \(year) is not the report's fiscal year (\(expected))",
            hintTH: "ส่งรายงานของปีงบประมาณ \(expected) และเขียน fiscal_year: \(expected)",
            hintEN: "send the report of fiscal year \(expected) with fiscal_year: \(expected)")
    }

    /// site.yaml's `fiscal_year` `year` is outside BE 2500–2700 (and no CE year either).
    static func inSite(_ year: Int, at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "ปีงบประมาณ \(year) ต้องเป็น พ.ศ. ระหว่าง 2500–2700", en: "fiscal year \(year) must be a BE year in 2500–2700")
    }
}
