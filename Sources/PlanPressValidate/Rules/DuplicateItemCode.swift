import PlanPressCore

/// PP702: two items of the framework have the same code (codes are unique across all plans).
package enum DuplicateItemCode: DiagnosticRule {
    package static let code = DiagnosticCode.duplicateItemCode
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสรายการในกรอบแผนซ้ำ", en: "duplicate item code")

    /// `item`'s code is already the code of the item at `first`.
    static func diagnostic(_ item: PlanItem, first: SourceLocation) -> Diagnostic {
        make(
            at: item.location, th: "รหัส \"\(item.code)\" ซ้ำกับที่ \(first)",
            en: "code \"\(item.code)\" is already used at \(first)", hintTH: "รหัสต้องไม่ซ้ำกันทั้งกรอบแผน",
            hintEN: "codes are unique across the whole framework")
    }
}
