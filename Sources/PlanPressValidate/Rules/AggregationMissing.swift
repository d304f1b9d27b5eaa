import PlanPressCore

/// PP717: a strategic indicator without `aggregation` that two or more units report: its value is
/// their mean, which is right only for some indicators; a warning (an error under `--strict`).
/// Raised by the align stage, once per indicator, at the indicator in its plan file.
package enum AggregationMissing: DiagnosticRule {
    package static let code = DiagnosticCode.aggregationMissing
    package static let severity = Severity.warning
    package static let summary = LocalizedText(
        th: "ตัวชี้วัดที่หลายหน่วยงานรายงานไม่ระบุ aggregation", en: "indicator several units report has no aggregation")

    /// `indicator` has no `aggregation` and `units` report it.
    package static func diagnostic(_ indicator: StrategicIndicator, units: Int, severity: Severity) -> Diagnostic {
        Diagnostic(
            code, at: indicator.location,
            LocalizedText(
                th: "ตัวชี้วัด \(indicator.code) มีหน่วยงานรายงาน \(units) หน่วยงาน แต่ไม่ระบุ aggregation จึงใช้ค่าเฉลี่ย (mean)",
                en: "\(units) units report \(indicator.code), which has no aggregation: their mean is used"),
            hint: LocalizedText(
                th:
                    "เลือก aggregation: sum (นับจำนวน เช่น คน โรงเรียน), ratio (อัตรา ร้อยละ จากตัวตั้งและตัวหาร), mean (ค่าเฉลี่ย) หรือ single กับ reported_by (ค่าระดับจังหวัดที่หน่วยงานเดียวรายงาน)",
                en:
                    "choose aggregation: sum (counts: students, schools), ratio (rates from numerator and denominator), mean (the plain mean), or single with reported_by (a province-wide figure one unit reports)"
            ),
            severity: severity)
    }
}
