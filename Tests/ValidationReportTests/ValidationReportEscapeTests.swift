import Testing

@testable import PlanPressValidationReport

/// `ValidationReportHTML.escape` returns a text unchanged when its bytes show that no scalar
/// needs escaping; that must always be what escaping scalar by scalar gives.
struct ValidationReportEscapeTests {
    @Test(
        "the byte screen lets through only texts that escaping leaves unchanged",
        arguments: [
            "", "plain", "โครงการอ่านออก เขียนได้", "ก่\u{0E4C}\t\n\r", "a&b", "<", ">", "\"\u{301}", "'", "\u{0}", "\u{1F}", "\u{7F}",
            "\u{80}", "\u{9F}", "\u{A0}", "\u{85}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{206A}",
            "\u{FEFF}", "\u{FEFE}", "\u{FFFD}", "é", "👍🏽", "ยาว\u{2028}",
        ])
    func screen(_ text: String) {
        #expect(ValidationReportHTML.escape(text) == ValidationReportHTML.escapeScalars(text))
    }

    @Test("every scalar of the first planes escapes as scalar by scalar, alone and inside Thai")
    func everyScalar() {
        for v in UInt32(0)..<0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            for text in [String(Character(s)), "ก\(Character(s))ข"]
            where ValidationReportHTML.escape(text) != ValidationReportHTML.escapeScalars(text) {
                Issue.record("U+\(String(v, radix: 16)) differs")
                return
            }
        }
    }

    @Test("a quoted line without a tab is the escaped line; tabs are shown")
    func visible() {
        #expect(ValidationReportQuote.visible("ก<b>") == "ก&lt;b&gt;")
        #expect(ValidationReportQuote.visible("\tก") == "<span class=\"tab\">→</span>   ก")
    }
}
