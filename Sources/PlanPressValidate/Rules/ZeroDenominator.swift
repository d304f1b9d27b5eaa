import PlanPressCore

/// PP716: the denominators units reported for a `ratio` indicator add up to zero, so the
/// province's value cannot be made. Raised by the align stage, at the indicator in its plan file.
package enum ZeroDenominator: DiagnosticRule {
    package static let code = DiagnosticCode.zeroDenominator
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ผลรวมตัวหารของตัวชี้วัดเป็นศูนย์", en: "ratio indicator's denominators add up to zero")

    /// `indicator`'s denominators, from `units`, add up to zero.
    package static func diagnostic(_ indicator: StrategicIndicator, units: [String], severity: Severity) -> Diagnostic {
        Diagnostic(
            code, at: indicator.location,
            LocalizedText(
                th:
                    "ผลรวม denominator ของตัวชี้วัด \(indicator.code) เป็นศูนย์ (หน่วยงานที่รายงาน: \(units.joined(separator: ", "))) จึงคำนวณค่าระดับจังหวัดไม่ได้",
                en:
                    "the denominators of \(indicator.code) add up to zero (reported by \(units.joined(separator: ", "))): the province's value cannot be made"
            ),
            hint: LocalizedText(
                th: "ตรวจ denominator ใน indicator_results ของหน่วยงานเหล่านั้น ตัวหารคือจำนวนทั้งหมด เช่น จำนวนนักเรียนทั้งหมด",
                en: "check the denominator in those units' indicator_results: it is the whole, such as all students"),
            severity: severity)
    }
}
