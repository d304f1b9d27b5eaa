import PlanPressCore

/// PP705: a strategic indicator's code is already another indicator's, or an item's.
package enum DuplicateIndicatorCode: DiagnosticRule {
    package static let code = DiagnosticCode.duplicateIndicatorCode
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "รหัสตัวชี้วัดซ้ำ", en: "duplicate indicator code")

    /// The indicator `code` of the item at `location` is already an indicator of the item `firstItem`.
    static func usedByIndicator(_ code: String, firstItem: String, at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "รหัสตัวชี้วัด \"\(code)\" ซ้ำกับของ \(firstItem)", en: "indicator code \"\(code)\" is already used by \(firstItem)")
    }

    /// The indicator `code` of the item at `location` is also an item's code.
    static func usedByItem(_ code: String, at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "รหัสตัวชี้วัด \"\(code)\" ซ้ำกับรหัสรายการ", en: "indicator code \"\(code)\" is also an item code")
    }
}
