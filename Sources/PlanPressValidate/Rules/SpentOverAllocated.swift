import PlanPressCore

/// PP505: a project's budget says it spent more than it was allocated; a warning, since extra
/// funds are sometimes left out of `allocated`.
package enum SpentOverAllocated: DiagnosticRule {
    package static let code = DiagnosticCode.spentOverAllocated
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "ใช้จ่ายมากกว่างบที่ได้รับ", en: "spent greater than allocated")

    /// The problem with a budget, nil unless `spent` (written at `location`) is more than `allocated`.
    static func check(spent: Money, allocated: Money, at location: SourceLocation) -> Diagnostic? {
        guard spent > allocated else { return nil }
        return make(
            at: location,
            th: "ใช้จ่าย \(spent.grouped) บาท มากกว่างบที่ได้รับ \(allocated.grouped) บาท",
            en: "spent \(spent.grouped) baht is more than allocated \(allocated.grouped) baht",
            hintTH: "ตรวจตัวเลข หรือเพิ่มงบที่ได้รับเพิ่มเติมใน allocated", hintEN: "check the figures, or include additional funds in allocated")
    }
}
