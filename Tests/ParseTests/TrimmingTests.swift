import Testing

/// `trimmingCharacters(in:)` looks at bytes where it can: it must trim exactly the grapheme
/// clusters the cluster-by-cluster rule trims.
@Suite struct TrimmingTests {
    static let sets = [" \t\n\r" + "\r\n", " \t", " ", "-", " \t\u{00A0}", "\n", "\r", "x"]
    static let pieces = [
        " ", "\t", "\n", "\r", "\r\n", "-", "\u{00A0}", "a", "ก", "\u{0E31}", "\u{0E33}", "\u{0301}", "\u{200D}", "\u{0600}", "e\u{0301}",
        "😀", "๑", "  ", "--",
    ]

    static func reference(_ text: String, _ set: String) -> String {
        let chars = Set(set)
        var s = Substring(text)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }

    @Test func sameAsTrimmingByClusters() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var count = 0
        for set in Self.sets {
            // Every text of up to three pieces, then random longer ones.
            for a in Self.pieces {
                for b in Self.pieces {
                    for c in [""] + Self.pieces {
                        let text = a + b + c
                        #expect(
                            Array(text.trimmingCharacters(in: set).utf8) == Array(Self.reference(text, set).utf8),
                            "\(Array(text.unicodeScalars)) in \(Array(set.unicodeScalars))")
                        count += 1
                    }
                }
            }
            for _ in 0..<2000 {
                let text = (0..<(1 + next(8))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
                let got = text.trimmingCharacters(in: set)
                #expect(got == Self.reference(text, set))
                #expect(Array(got.utf8) == Array(Self.reference(text, set).utf8))
            }
        }
        #expect(count > 1000)
    }
}

extension TrimmingTests {
    @Test func blankAsTrimmingToNothing() {
        for set in Self.sets {
            for a in Self.pieces {
                for b in [""] + Self.pieces {
                    let text = a + b
                    #expect(text.isEmptyAfterTrimming(set) == Self.reference(text, set).isEmpty, "\(Array(text.unicodeScalars))")
                }
            }
        }
    }
}
