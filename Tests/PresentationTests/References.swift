@testable import PlanPressPresentation

// The first, plain forms of code that has a faster form in the sources: the tests compare the
// two on many inputs. They live here, not in the sources, because nothing but the tests calls them.

extension BidiIsolation {
    /// The first `display`, kept as the tests' reference.
    static func referenceDisplay(_ text: String) -> String {
        // One pass over the bytes clears nearly all text: no C0 control, no quote, angle bracket
        // or ampersand (which may carry a mark), and no E2 80/81 lead of a direction control.
        guard
            text.utf8.contains(where: { b in
                (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F || b == 0xE2 || b == 0x22 || b == 0x27 || b == 0x3C
                    || b == 0x3E || b == 0x26
            })
        else { return text }
        return isolate(detached(dropControls(text)))
    }
}
