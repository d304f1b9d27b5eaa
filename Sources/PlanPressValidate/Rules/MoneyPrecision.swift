import PlanPressCore

/// PP504: an amount of money with more than two decimals (finer than a satang).
package enum MoneyPrecision: DiagnosticRule {
    package static let code = DiagnosticCode.moneyPrecision
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "จำนวนเงินมีทศนิยมเกิน 2 ตำแหน่ง", en: "money with more than 2 decimals")

    /// `field` holds `n`, finer than a satang; the hint rounds it.
    static func diagnostic(_ n: DecimalNumber, field: String, at location: SourceLocation) -> Diagnostic {
        let shown = n.formatted(fractionDigits: 2)
        return make(
            at: location,
            th: "\"\(field)\" มีทศนิยมเกิน 2 ตำแหน่ง (\(n))",
            en: "\"\(field)\" has more than 2 decimals (\(n))",
            hintTH: "ปัดเป็นสตางค์ เช่น \(shown)", hintEN: "round to satang, e.g. \(shown)")
    }
}
