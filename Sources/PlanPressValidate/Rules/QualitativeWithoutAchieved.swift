import PlanPressCore
import PlanPressParse

/// PP507: a qualitative indicator has an `actual` but no `achieved`: only the unit can say
/// whether a described result meets its target.
package enum QualitativeWithoutAchieved: DiagnosticRule {
    package static let code = DiagnosticCode.qualitativeWithoutAchieved
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ตัวชี้วัดเชิงคุณภาพมีผลแต่ไม่ระบุ achieved", en: "qualitative actual without achieved")

    /// The problem with an indicator of `kind`, nil unless it is qualitative, has an `actual` and
    /// no `achieved` (`achievedWritten`: the key is there, even with a value that did not read).
    static func check(kind: IndicatorKind, actual: Node?, achievedWritten: Bool) -> Diagnostic? {
        guard kind == .qualitative, let actual, !achievedWritten else { return nil }
        return make(
            at: actual.location,
            th: "ตัวชี้วัดเชิงคุณภาพที่มีผล (actual) ต้องระบุ achieved: true หรือ false",
            en: "a qualitative indicator with an actual needs achieved: true or false",
            hintTH: "เพิ่มบรรทัด achieved: true (บรรลุ) หรือ achieved: false (ไม่บรรลุ)", hintEN: "add achieved: true or achieved: false")
    }
}
