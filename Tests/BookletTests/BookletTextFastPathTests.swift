import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressBooklet

/// The booklet's byte-level text paths against their `Character`-based forms.
struct BookletTextFastPathTests {
    @Test func bookletPlainHTMLAndLiteralMatchTheCharacterCode() {
        let thai = BookletText(digits: .thai)
        let arabic = BookletText(digits: .arabic)
        for s in RandomText.allInputs() {
            #expect(Array(thai.plain(s).utf8) == Array(thai.characterPlain(s).utf8), "plain \(s.debugDescription)")
            #expect(Array(thai.html(s).utf8) == Array(thai.characterHTML(s).utf8), "html \(s.debugDescription)")
            #expect(arabic.plain(s) == s && arabic.html(s) == s)
            for word in s.split(whereSeparator: \.isWhitespace) {
                #expect(BookletText.isLiteral(word) == BookletText.characterIsLiteral(word), "isLiteral \(word.debugDescription)")
            }
        }
        // Hand-checked: addresses keep their digits, prose does not.
        #expect(thai.plain("ปี 2569 ที่ https://a.go.th/2569 และ SPE.S3") == "ปี ๒๕๖๙ ที่ https://a.go.th/2569 และ SPE.S3")
        #expect(thai.html("<p>ปี 2569 &#39;</p><code>1</code>") == "<p>ปี ๒๕๖๙ &#39;</p><code>1</code>")
    }
}
