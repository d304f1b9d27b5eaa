import PlanPressCore
import PlanPressParse

/// PP204: a map holds a key its format does not have; when a known key is close, the message
/// asks whether it was meant.
package enum UnknownKey: DiagnosticRule {
    package static let code = DiagnosticCode.unknownKey
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ฟิลด์ที่ไม่รู้จัก", en: "unknown key")

    /// The unknown keys among `entries` of the map `field`, in order, and the known keys they were
    /// taken for (`staus` → `status`), whose absence the "did you mean" message already explains.
    static func check(_ entries: [Entry], field: String, known: [String]) -> (diagnostics: [Diagnostic], misspelled: Set<String>) {
        var diagnostics: [Diagnostic] = []
        var misspelled: Set<String> = []
        for e in entries where !known.contains(e.key) {
            let full = field.isEmpty ? e.key : "\(field).\(e.key)"
            if let guess = Suggestion.closest(to: e.key, in: known) {
                misspelled.insert(guess)
                diagnostics.append(
                    make(
                        at: e.keyLocation,
                        th: "ไม่รู้จักฟิลด์ \"\(full)\" หมายถึง \"\(guess)\" หรือไม่",
                        en: "unknown key \"\(full)\"; did you mean \"\(guess)\"?",
                        hintTH: "เปลี่ยนชื่อเป็น \(guess)", hintEN: "rename it to \(guess)"))
            } else {
                diagnostics.append(
                    make(
                        at: e.keyLocation,
                        th: "ไม่รู้จักฟิลด์ \"\(full)\"",
                        en: "unknown key \"\(full)\"",
                        hintTH: "ฟิลด์ที่ใช้ได้: \(known.joined(separator: ", "))",
                        hintEN: "allowed keys: \(known.joined(separator: ", "))"))
            }
        }
        return (diagnostics, misspelled)
    }
}
