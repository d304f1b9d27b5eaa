import PlanPressCore
import PlanPressParse

/// PP201: the file's `format` is not the format it is read as (`planpress/unit-report/1`,
/// `planpress/site/1`, `planpress/plan/1`).
package enum WrongFormat: DiagnosticRule {
    package static let code = DiagnosticCode.wrongFormat
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ค่า format ไม่ถูกต้อง", en: "wrong format")

    /// The problem with the `format` value `node`, nil when it is `expected`. The unit report's
    /// message names what was written (`namingFound`), the others' do not.
    static func check(_ node: Node, expected: String, namingFound: Bool = false) -> Diagnostic? {
        guard node.scalar?.text != expected else { return nil }
        guard namingFound else {
            return make(
                at: node.location, th: "format ต้องเป็น \(expected)", en: "format must be \(expected)",
                hintTH: "เขียน format: \(expected)", hintEN: "write format: \(expected)")
        }
        return make(
            at: node.location,
            th: "format ต้องเป็น \(expected) แต่พบ \"\(node.scalar?.text ?? "")\"",
            en: "format must be \(expected), found \"\(node.scalar?.text ?? "")\"",
            hintTH: "เขียน format: \(expected)", hintEN: "write format: \(expected)")
    }
}
