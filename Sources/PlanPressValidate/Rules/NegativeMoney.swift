import PlanPressCore

/// PP503: an amount of money below zero.
package enum NegativeMoney: DiagnosticRule {
    package static let code = DiagnosticCode.negativeMoney
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "จำนวนเงินติดลบ", en: "negative money")

    /// `field` holds the negative amount `n`.
    static func diagnostic(_ n: DecimalNumber, field: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "จำนวนเงิน \"\(field)\" ติดลบ (\(n))", en: "\"\(field)\" is negative (\(n))",
            hintTH: "จำนวนเงินต้องไม่ต่ำกว่า 0", hintEN: "money must be 0 or more")
    }
}
