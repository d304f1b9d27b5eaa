import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressCore

/// The byte-level fast paths of Core against the `Character`-based code they replace (the
/// references beside these tests): the facts they rely on, Thai digits, JSON strings and lazy arrays.
struct TextFastPathTests {
    // MARK: The facts the fast paths rely on

    @Test func simpleAlphabetFactsHoldInThisStandardLibrary() {
        let scalars = Array(0..<0x80) + Array(0x0E00...0x0E7F) + Array(0x2010...0x2027)
        for v in scalars.map(UInt32.init) {
            let s = Unicode.Scalar(v)!
            let c = Character(s)
            let str = String(s)
            #expect(c.isWhitespace == (v < 0x80 && SimpleText.isASCIIWhitespace(UInt8(v))), "isWhitespace \(v)")
            let lower = v >= 0x41 && v <= 0x5A ? String(Unicode.Scalar(v + 0x20)!) : str
            #expect(str.lowercased() == lower, "lowercased \(v)")
            #expect((c.isASCII && c.isLetter) == ((0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)), "isLetter \(v)")
            // Extends an ASCII character (or a space) only when it is a Thai combining mark.
            if v >= 0x80 {
                #expect(("a" + str).count == (SimpleText.isThaiExtender(v) ? 1 : 2), "extends \(v)")
                #expect((" " + str).count == (SimpleText.isThaiExtender(v) ? 1 : 2), "extends space \(v)")
                #expect(("\"" + str).count == (SimpleText.isThaiExtender(v) ? 1 : 2), "extends quote \(v)")
            }
            // Never Prepend: an ASCII character after it is a character of its own.
            if v != 0x0D { #expect((str + "a").count == 2, "prepend \(v)") }
        }
    }

    @Test func isSimpleRefusesMarksOnASCIIAndOtherScalars() {
        func simple(_ s: String) -> Bool { SimpleText.withBytes(s) { SimpleText.isSimple($0) } }
        #expect(simple("ปี 2569 – “ข้อความ” …"))
        #expect(simple("ก\u{0E31}\u{0E48}"))
        #expect(!simple("a\u{0E31}"))
        #expect(!simple(" \u{0E48}"))
        #expect(!simple("é"))
        #expect(!simple("\u{00A0}"))
        #expect(!simple("\u{2028}"))
        #expect(!simple("\u{202E}"))
    }

    // MARK: Each fast path against its reference

    @Test func thaiDigitsMatchScalarByScalar() {
        for s in RandomText.allInputs() {
            #expect(ThaiDigits.thai(s) == ThaiDigits.referenceThai(s), "\(s.debugDescription)")
            #expect(ThaiDigits.arabic(s) == ThaiDigits.referenceArabic(s), "\(s.debugDescription)")
            #expect(Array(ThaiDigits.thai(s).utf8) == Array(ThaiDigits.referenceThai(s).utf8))
        }
    }

    @Test func jsonStringsMatchTheByteByByteWriter() {
        for s in RandomText.allInputs() + ["\u{00}\u{1F}\u{7F}</script>\\\"", String(repeating: "ก", count: 300)] {
            var fast: [UInt8] = []
            var reference: [UInt8] = []
            JSONValue.writeString(s, &fast)
            JSONValue.referenceWriteString(s, &reference)
            #expect(fast == reference, "\(s.debugDescription)")
        }
    }

    @Test func aLazyJSONArrayIsWrittenAsTheArrayItStandsFor() {
        @Sendable func item(_ i: Int) -> JSONValue {
            .object([
                ("id", .string("u\(i) \"ไทย\"")), ("n", .number(String(i))), ("list", .array(i % 2 == 0 ? [] : [.null, .bool(true)])),
            ])
        }
        // Short and long (written in chunks on every core), nested in an object, and empty.
        for count in [0, 1, 5, 300] {
            let eager = JSONValue.object([("a", .number("1")), ("units", .array((0..<count).map(item)))])
            let lazy = JSONValue.object([("a", .number("1")), ("units", .lazyArray(LazyItems(count: count, make: item)))])
            #expect(lazy.serialized() == eager.serialized(), "\(count)")
            #expect(lazy.serializedCompact() == eager.serializedCompact(), "\(count)")
            var pieces: [[UInt8]] = []
            lazy.serialize(flushEvery: 1) {
                pieces.append($0)
                $0.removeAll()
            }
            #expect(Array(pieces.joined()) == eager.serialized(), "\(count)")
            #expect(count < 300 || pieces.count > 2)
        }
    }
}
