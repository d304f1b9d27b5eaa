import Testing

@testable import PlanPressParse

/// The byte-level shortcuts of the lenient readers give what the general path gives.
@Suite struct LenientShortcutTests {
    @Test func isoDatesAsTheGeneralPath() {
        let pieces = ["2569", "2026", "0000", "999", "12345", "-", "--", "1", "01", "10", "31", "29", "02", "123", "+1", " ", "๒", "a", ""]
        var count = 0
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for text in [a + "-" + b + "-" + c, a + b + c, a + "-" + b + c] {
                        let scalar = Scalar(text, isString: false)
                        #expect(LenientValue.date(scalar) == LenientValue.dateInGeneral(scalar), "\(text)")
                        count += 1
                    }
                }
            }
        }
        #expect(count > 10_000)
    }
}
