import PlanPressCore

/// PP703: an item's `supports` names a code that no item of the framework has.
package enum SupportsUnknown: DiagnosticRule {
    package static let code = DiagnosticCode.supportsUnknown
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "supports อ้างรหัสที่ไม่มี", en: "supports names an unknown code")

    /// `supported` is not among `allCodes` (sorted); the hint names the closest one.
    static func diagnostic(_ supported: LocatedCode, allCodes: [String]) -> Diagnostic {
        let guess = Suggestion.nearest(to: supported.code, in: allCodes)
        return make(
            at: supported.location, th: "supports อ้างรหัส \"\(supported.code)\" ที่ไม่มีในกรอบแผน",
            en: "supports names \"\(supported.code)\", which is not in the framework",
            hintTH: guess.map { "รหัสที่ใกล้เคียงที่สุดคือ \($0)" }, hintEN: guess.map { "the closest code is \($0)" })
    }
}
