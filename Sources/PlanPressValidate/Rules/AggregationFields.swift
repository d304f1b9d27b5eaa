import PlanPressCore

/// PP714: a strategic indicator's `aggregation`, `reported_by` and `per` do not go together:
/// `reported_by` without `single`, `single` without `reported_by`, or `per` without `ratio`.
package enum AggregationFields: DiagnosticRule {
    package static let code = DiagnosticCode.aggregationFields
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "aggregation ไม่สอดคล้องกับ reported_by หรือ per", en: "aggregation does not match reported_by or per")

    /// `single` without `reported_by`.
    static func singleWithoutReporter(_ code: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ตัวชี้วัด \(code) มี aggregation: single แต่ไม่ระบุ reported_by",
            en: "\(code) has aggregation: single but no reported_by",
            hintTH: "เพิ่ม reported_by: รหัสหน่วยงานที่รายงานค่าระดับจังหวัด (จาก expected_units ใน site.yaml)",
            hintEN: "add reported_by: the id of the unit that reports the province's value (from expected_units in site.yaml)")
    }

    /// `key` (`reported_by` or `per`) where `aggregation` is not the one it belongs to.
    static func misplaced(_ key: String, code: String, aggregation: String?, needs: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ตัวชี้วัด \(code) ระบุ \(key) ซึ่งใช้ได้กับ aggregation: \(needs) เท่านั้น (พบ \(aggregation ?? "ไม่ระบุ aggregation"))",
            en: "\(code) gives \(key), which belongs to aggregation: \(needs) only (found \(aggregation ?? "no aggregation"))",
            hintTH: "เขียน aggregation: \(needs) หรือลบ \(key) ออก", hintEN: "write aggregation: \(needs), or remove \(key)")
    }
}
