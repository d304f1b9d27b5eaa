import PlanPressCore
import PlanPressParse

/// PP408: a project's `strategies` list is empty.
package enum NoStrategies: DiagnosticRule {
    package static let code = DiagnosticCode.noStrategies
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "โครงการไม่ระบุยุทธศาสตร์", en: "project names no strategy")

    /// The problem with the `strategies` read from `node`, nil unless the list is empty. A single
    /// code written without brackets already got PP203. The hint offers the primary plan's codes.
    static func check(_ strategies: [LocatedCode], node: Node, primaryPlanCodes: [String]) -> Diagnostic? {
        guard strategies.isEmpty, node.scalar == nil else { return nil }
        return make(
            at: node.location,
            th: "โครงการต้องระบุรหัสยุทธศาสตร์อย่างน้อยหนึ่งรหัส", en: "a project must name at least one strategy code",
            hintTH: primaryPlanCodes.prefix(8).isEmpty
                ? nil
                : "เช่น [\(primaryPlanCodes.prefix(1).joined())] (รหัสที่ใช้ได้: \(primaryPlanCodes.prefix(12).joined(separator: ", ")) …)",
            hintEN: primaryPlanCodes.isEmpty ? nil : "e.g. [\(primaryPlanCodes.prefix(1).joined())]")
    }
}
