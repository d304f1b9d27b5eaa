import PlanPressCore

/// PP208: a value that must be one of a list (`status`, `kind`, a page's `channels`…) is not.
package enum BadEnum: DiagnosticRule {
    package static let code = DiagnosticCode.badEnum
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ค่าไม่อยู่ในรายการที่กำหนด", en: "value not in the allowed list")

    /// `written` in `field` is not among `allowed`. `guess` is the value most likely meant, `help`
    /// the field guide's line about the field.
    static func diagnostic(
        _ written: String, field: String, allowed: [String], guess: String?, help: LocalizedText?, at location: SourceLocation
    ) -> Diagnostic {
        var hintTH = guess.map { "เขียน \($0) (ค่าต้องเป็นภาษาอังกฤษตามรายการ)" }
        var hintEN = guess.map { "write \($0)" }
        if let help {
            hintTH = (hintTH.map { $0 + " · " } ?? "") + help.th
            hintEN = (hintEN.map { $0 + " · " } ?? "") + help.en
        }
        return make(
            at: location,
            th: "\"\(field)\" ต้องเป็นค่าใดค่าหนึ่งใน \(allowed.joined(separator: ", ")) แต่พบ \"\(written)\"",
            en: "\"\(field)\" must be one of \(allowed.joined(separator: ", ")), found \"\(written)\"",
            hintTH: hintTH, hintEN: hintEN)
    }

    /// A page's `channels` names something other than `site` and `print`.
    static func channel(at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "channels ใช้ได้เฉพาะ site และ print", en: "channels may only be site and print")
    }
}
