import PlanPressCore

/// The rules about a unit's code that site.yaml does not list (PP405 affiliations, PP406
/// districts): one check and one message, told apart by the rule's code.
package protocol UnknownSiteCode: DiagnosticRule {}

extension UnknownSiteCode {
    /// The problem with `code`, written in `field`, nil when it is among `known` (site.yaml's
    /// `list`, at `sitePath`).
    static func check(
        _ code: String, at location: SourceLocation, field: String, list: String, among known: Set<String>, sitePath: String
    ) -> Diagnostic? {
        guard !known.contains(code) else { return nil }
        // `mueang` is the start of `mueang-satun`: a code that begins with what was written wins.
        let guess =
            known.sorted().first { $0.hasPrefix(code) || code.hasPrefix($0) } ?? Suggestion.nearest(to: code, in: known.sorted())
        return make(
            at: location,
            th: "ไม่มีรหัส \"\(code)\" ใน \(list) ของ \(sitePath) (\(field))",
            en: "\"\(code)\" is not listed under \(list) in \(sitePath) (\(field))",
            hintTH: guess.map { "หมายถึง \($0) หรือไม่ (รหัสที่ใช้ได้: \(known.sorted().joined(separator: ", ")))" },
            hintEN: guess.map { "did you mean \($0)? (codes: \(known.sorted().joined(separator: ", ")))" })
    }
}
