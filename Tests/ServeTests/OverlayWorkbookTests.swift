import PlanPressCore
import PlanPressServe
import Testing

/// The error overlay names a workbook's problem by sheet and cell, as the terminal does.
@Suite struct OverlayWorkbookTests {
    @Test func aWorkbookProblemIsShownAtItsSheetAndCell() {
        let at = SourceLocation(path: "content/units/satun-sec.xlsx", sheet: "โครงการ", row: 12, column: 6)
        let d = Diagnostic(.unknownStrategy, at: at, LocalizedText(th: "ไม่มีรหัส", en: "no such code"), severity: .error)
        let shown = OverlayDiagnostic(d, language: .th, excerpt: "12 | A: P01 │ F: »SPE.S9«")
        #expect(shown.location == "content/units/satun-sec.xlsx:โครงการ!F12")
        #expect(shown.line == 12 && shown.column == 6)
        #expect(shown.excerpt?.contains("»SPE.S9«") == true)
    }
}
