import PlanPressCore

/// PP506: an indicator measured in percent has a target or actual outside 0–100.
package enum PercentOutOfRange: DiagnosticRule {
    package static let code = DiagnosticCode.percentOutOfRange
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ร้อยละอยู่นอกช่วง 0–100", en: "percentage outside 0–100")

    /// The problem with `value`, the percentage `key` (`target` or `actual`), nil when it is in 0–100.
    static func check(_ value: DecimalNumber, key: String, at location: SourceLocation) -> Diagnostic? {
        guard value < DecimalNumber(0) || value > DecimalNumber(100) else { return nil }
        return make(
            at: location,
            th: "\(key) เป็นร้อยละ แต่มีค่า \(value) ซึ่งอยู่นอกช่วง 0–100",
            en: "\(key) is a percentage but its value \(value) is outside 0–100",
            hintTH: "ตรวจตัวเลข (จุดทศนิยมตกหล่นหรือไม่) หรือถ้าเป็นจำนวนนับ ให้เปลี่ยน unit เป็นหน่วยนับ เช่น คน",
            hintEN: "check the number (a lost decimal point?), or if it is a count, change unit to what is counted")
    }
}
