import PlanPressCore

/// PP502: a fiscal year given in the Common Era (1957–2157) where the Buddhist Era is expected.
package enum FiscalYearCE: DiagnosticRule {
    package static let code = DiagnosticCode.fiscalYearCE
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ปีงบประมาณเป็น ค.ศ.", en: "fiscal year given in CE")

    /// The unit report's `fiscal_year` `year` is a CE year.
    static func inReport(_ year: Int, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ปีงบประมาณ \(year) เป็นปี ค.ศ. ต้องเขียนเป็น พ.ศ.",
            en: "fiscal year \(year) is a Common Era year; write the Buddhist Era year",
            hintTH: "เขียน fiscal_year: \(year + 543) (พ.ศ. = ค.ศ. + 543)", hintEN: "write fiscal_year: \(year + 543) (BE = CE + 543)")
    }

    /// site.yaml's `fiscal_year` `year` is a CE year (the message is PP501's, with a hint).
    static func inSite(_ year: Int, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ปีงบประมาณ \(year) ต้องเป็น พ.ศ. ระหว่าง 2500–2700", en: "fiscal year \(year) must be a BE year in 2500–2700",
            hintTH: "เขียน fiscal_year: \(year + 543)", hintEN: "write fiscal_year: \(year + 543)")
    }
}
