import PlanPressCore

/// PP706: a strategic indicator's `targets` map has a key that is not a BE year (2500–2700).
package enum TargetYear: DiagnosticRule {
    package static let code = DiagnosticCode.targetYear
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ปีของค่าเป้าหมายไม่ใช่ พ.ศ.", en: "target not keyed by a BE year")

    /// The `targets` key `key` is not a BE year; a CE year gets the BE year as its hint.
    static func diagnostic(_ key: String, at location: SourceLocation) -> Diagnostic {
        let ce = Int(key).map { (1957...2157).contains($0) } ?? false
        return make(
            at: location,
            th: "ค่าเป้าหมายต้องระบุปี พ.ศ. แต่พบ \"\(key)\"", en: "targets must be keyed by BE year, found \"\(key)\"",
            hintTH: ce ? "เขียน \(Int(key)! + 543)" : nil, hintEN: ce ? "write \(Int(key)! + 543)" : nil)
    }
}
