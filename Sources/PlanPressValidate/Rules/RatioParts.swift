import PlanPressCore

/// PP512: an `indicator_results` entry of a `ratio` indicator without both `numerator` and
/// `denominator`, or with a `value` beside them (the province's value is made from the parts).
package enum RatioParts: DiagnosticRule {
    package static let code = DiagnosticCode.ratioParts
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "ตัวชี้วัดแบบอัตราส่วนไม่มีตัวตั้งและตัวหาร", en: "ratio indicator result without numerator and denominator")

    /// The entry for `code` lacks `missing` (`numerator`, `denominator` or both).
    static func missing(_ missing: [String], code: String, per: DecimalNumber, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ตัวชี้วัด \(code) คิดเป็นอัตราส่วน ต้องระบุ numerator (ตัวตั้ง) และ denominator (ตัวหาร) แต่ไม่มี \(missing.joined(separator: " และ "))",
            en: "\(code) is a ratio: its entry needs numerator and denominator, and \(missing.joined(separator: " and ")) is missing",
            hintTH:
                "เขียน numerator: จำนวนที่นับได้ (เช่น จำนวนนักเรียนที่ออกกลางคัน) และ denominator: จำนวนทั้งหมด (เช่น จำนวนนักเรียนทั้งหมด) แทน value ค่าของจังหวัดคือ ผลรวมตัวตั้ง ÷ ผลรวมตัวหาร × \(per)",
            hintEN:
                "write numerator: the count (such as the students who dropped out) and denominator: the whole (such as all students) instead of value; the province's value is Σ numerator ÷ Σ denominator × \(per)"
        )
    }

    /// The entry for `code` gives `value` beside its numerator and denominator.
    static func valueBesideParts(code: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ตัวชี้วัด \(code) คิดเป็นอัตราส่วนจาก numerator และ denominator ไม่ต้องระบุ value",
            en: "\(code) is a ratio made from numerator and denominator: value is not used",
            hintTH: "ลบ value ออก", hintEN: "remove value")
    }
}
