import PlanPressCore

/// The rules about a code the plan framework does not have (PP401–PP404): one check and one
/// message, told apart by the rule's code.
package protocol UnknownFrameworkCode: DiagnosticRule {}

extension UnknownFrameworkCode {
    /// The problem with `code`, written in `field`, nil when it is among `known`. The hint names
    /// the closest known code.
    static func check(_ code: String, at location: SourceLocation, field: String, among known: Set<String>) -> Diagnostic? {
        guard !known.contains(code) else { return nil }
        let guess = Suggestion.nearest(to: code, in: known.sorted())
        return make(
            at: location,
            th: "ไม่มีรหัส \"\(code)\" ในกรอบแผน (\(field))",
            en: "\"\(code)\" is not a code of the plan framework (\(field))",
            hintTH: guess.map { "รหัสที่ใกล้เคียงที่สุดคือ \($0)" }, hintEN: guess.map { "the closest code is \($0)" })
    }
}
