import PlanPressCore

/// PP802: a year's `report.json` is not a PlanPress report (`format: planpress/report/1`), or a
/// value the history reads is missing or of the wrong kind (the report's JSON Schema for the keys
/// read: the site, the totals, the units' figures, the plans' items and strategic indicators).
package enum HistorySchema: DiagnosticRule {
    package static let code = DiagnosticCode.historySchema
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "รายงานของปีก่อนไม่ตรงตามรูปแบบ report.json", en: "a report of an earlier year does not follow report.json's schema")

    static let hint = LocalizedText(
        th: "ใช้ไฟล์ output/data/report.json ที่ PlanPress เขียนในปีนั้น โดยไม่แก้ไข",
        en: "use the output/data/report.json PlanPress wrote that year, unedited")

    /// `format` is `found` (nil: absent) rather than `expected`.
    package static func format(_ found: String?, expected: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            LocalizedText(
                th: found.map { "format เป็น \"\($0)\" ไม่ใช่ \"\(expected)\"" }
                    ?? "ไม่มี format: \"\(expected)\" จึงไม่ใช่ report.json ของ PlanPress",
                en: found.map { "format is \"\($0)\", not \"\(expected)\"" }
                    ?? "no format: \"\(expected)\", so this is not PlanPress's report.json"),
            hint: hint)
    }

    /// `field` is missing from the object at `location`.
    package static func missing(_ field: String, at location: SourceLocation) -> Diagnostic {
        make(at: location, LocalizedText(th: "ขาดฟิลด์ \(field)", en: "\(field) is missing"), hint: hint)
    }

    /// `field` holds something other than `expected` (`found` names what it holds).
    package static func wrongType(_ field: String, expected: LocalizedText, found: LocalizedText, at location: SourceLocation)
        -> Diagnostic
    {
        make(
            at: location,
            LocalizedText(
                th: "\(field) ต้องเป็น\(expected.th) แต่พบ\(found.th)", en: "\(field) must be \(expected.en), found \(found.en)"),
            hint: hint)
    }

    /// `field` holds `text`, which is not `expected` (a count, an amount, one of a list).
    package static func badValue(_ field: String, _ text: String, expected: LocalizedText, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            LocalizedText(
                th: "\(field) เป็น \"\(text)\" ซึ่งไม่ใช่\(expected.th)", en: "\(field) is \"\(text)\", which is not \(expected.en)"),
            hint: hint)
    }

    /// A second entry with `code` in the same list (`field`), first at `first`.
    package static func duplicate(_ field: String, code: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            LocalizedText(
                th: "\(field) มีรหัส \"\(code)\" ซ้ำ (พบครั้งแรกที่บรรทัด \(first.line))",
                en: "\(field) lists \"\(code)\" twice (first on line \(first.line))"),
            hint: hint)
    }
}
