import PlanPressCore

/// PP513: `numerator` or `denominator` in the `indicator_results` entry of an indicator the
/// framework does not make a `ratio`.
package enum RatioPartsNotRatio: DiagnosticRule {
    package static let code = DiagnosticCode.ratioPartsNotRatio
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "ระบุตัวตั้งหรือตัวหารในตัวชี้วัดที่ไม่ใช่อัตราส่วน", en: "numerator or denominator on an indicator that is not a ratio")

    /// `key` (`numerator` or `denominator`) in the entry for `code`, made by `aggregation`.
    static func diagnostic(_ key: String, code: String, aggregation: String?, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ตัวชี้วัด \(code) ไม่ได้คิดเป็นอัตราส่วน (aggregation: \(aggregation ?? "mean")) จึงใช้ \(key) ไม่ได้",
            en: "\(code) is not a ratio (aggregation: \(aggregation ?? "mean")), so \(key) does not apply",
            hintTH: "เขียนผลของหน่วยงานเป็น value แทน numerator และ denominator",
            hintEN: "give the unit's result as value instead of numerator and denominator")
    }
}
