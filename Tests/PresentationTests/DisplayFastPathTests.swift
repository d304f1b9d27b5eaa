import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressPresentation

/// Bidi isolation's byte-level path against its `Character`-based form.
struct DisplayFastPathTests {
    @Test func displayMatchesTheCharacterCode() {
        for s in RandomText.allInputs() {
            #expect(Array(BidiIsolation.display(s).utf8) == Array(BidiIsolation.referenceDisplay(s).utf8), "\(s.debugDescription)")
        }
        #expect(BidiIsolation.display("\"\u{0301}x") == "\"x")
        #expect(BidiIsolation.display("a\u{202E}b") == "\u{2068}a\u{202E}b\u{202C}\u{2069}")
    }
}
