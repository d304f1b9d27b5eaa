import Foundation
import Testing

@testable import PlanPressPresentation

/// What the site shows of untrusted text: direction controls isolated, only safe links kept.
@Suite struct DisplayTextTests {
    @Test func bidiControlsAreIsolatedAndClosed() {
        #expect(BidiIsolation.display("ปกติ") == "ปกติ")
        #expect(BidiIsolation.display("a\u{202E}b") == "\u{2068}a\u{202E}b\u{202C}\u{2069}")
        #expect(BidiIsolation.display("a\u{2067}b") == "\u{2068}a\u{2067}b\u{2069}\u{2069}")
        #expect(BidiIsolation.display("x\u{0}y\u{1}\tz") == "xy\tz")
        // A quote with a combining mark is one Character: the mark goes so the quote is escaped.
        let marked = BidiIsolation.display("a\"\u{301}b<\u{200D}c")
        #expect(marked == "a\"b<c")
        #expect(BidiIsolation.display("กิ่ง") == "กิ่ง")
    }

    @Test func onlyWebAndRelativeLinksSurviveMarkdown() {
        #expect(Markdown.isAllowed("https://example.go.th"))
        #expect(Markdown.isAllowed("../index.html"))
        #expect(Markdown.isAllowed("#top"))
        #expect(Markdown.isAllowed("a/b:c"))
        #expect(!Markdown.isAllowed("javascript:alert(1)"))
        #expect(!Markdown.isAllowed("JavaScript:alert(1)"))
        #expect(!Markdown.isAllowed(" data:text/html,x"))
        #expect(!Markdown.isAllowed("file:///etc/passwd"))
        let html = Markdown.html("[a](data:image/png;base64,AAAA) [b](https://x.example) <b>raw</b>")
        #expect(html.contains("<a href=\"\">a</a>"))
        #expect(html.contains("<a href=\"https://x.example\">b</a>"))
        #expect(!html.contains("<b>"))
    }
}
