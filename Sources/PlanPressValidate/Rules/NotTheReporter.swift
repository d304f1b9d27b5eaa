import PlanPressCore

/// PP514: a unit reports a `single` indicator whose one reporter (`reported_by`) is another unit.
package enum NotTheReporter: DiagnosticRule {
    package static let code = DiagnosticCode.notTheReporter
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "รายงานตัวชี้วัดที่หน่วยงานอื่นเป็นผู้รายงาน", en: "value for an indicator another unit reports")

    /// `unitID` gives a value for `code`, which only `reporter` reports.
    static func diagnostic(code: String, unitID: String, reporter: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ตัวชี้วัด \(code) เป็นค่าระดับจังหวัดที่ \(reporter) เป็นผู้รายงานเพียงหน่วยงานเดียว หน่วยงาน \(unitID) รายงานค่านี้ไม่ได้",
            en: "\(code) is a province-wide figure that only \(reporter) reports, not \(unitID)",
            hintTH: "ลบรายการนี้ออกจาก indicator_results หรือส่งข้อมูลให้ \(reporter)",
            hintEN: "remove this entry from indicator_results, or send the figure to \(reporter)")
    }
}
