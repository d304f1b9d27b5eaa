import Foundation
import Testing

@testable import PlanPressAudit
@testable import PlanPressBooklet
@testable import PlanPressCore
@testable import PlanPressData
@testable import PlanPressPresentation
@testable import PlanPressPublish
@testable import PlanPressSite
@testable import PlanPressTemplates
@testable import PlanPressValidationReport
@testable import PlanPressXML

/// The byte-level fast paths of the render side against the `Character`-based code they replace
/// (kept as `reference…` functions): tricky inputs, every scalar of the simple alphabet, and a few
/// thousand deterministic random strings over a mixed alphabet.
struct TextFastPathTests {
    typealias Random = SplitMix64

    /// Pieces random strings are made of: ASCII (letters, digits, the five specials, marks of
    /// addresses, white space, CR LF), Thai (consonants, vowels, combining marks, digits),
    /// punctuation, non-ASCII white space, combining marks, Prepend, ZWJ, emoji, cased letters of
    /// other scripts, direction controls and C0 controls; and HTML tags and entities.
    static let pieces: [String] = {
        var p: [String] = []
        p += "aZqK09517 ./@:_-\"'<>&;#=,+\t\n\r".map(String.init)
        p += ["\r\n", "  ", "https://x.go.th/a1", "a@b.th", "p01.pdf", "SPE.S3", "2569", "1,250.50"]
        p += "กขคงจฉชซญฎฐดตถทธนบปผพฟภมยรลวศษสหอฮะาำเแโใไๅๆ฿๏๚๛".map(String.init)
        p += ["\u{0E31}", "\u{0E33}", "\u{0E34}", "\u{0E37}", "\u{0E38}", "\u{0E3A}", "\u{0E47}", "\u{0E48}", "\u{0E4C}", "\u{0E4E}"]
        p += "๐๑๒๓๔๕๖๗๘๙".map(String.init)
        p += ["–", "—", "‘", "’", "“", "”", "•", "…", "‧", "·", "\u{00A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{202F}", "\u{0085}"]
        p += ["\u{0301}", "\u{0308}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{0600}", "\u{0605}", "\u{0D4E}", "👍", "\u{1F3FD}", "🇹🇭"]
        p += ["É", "Ä", "ß", "İ", "Σ", "Δ", "Ж", "Ǆ", "\u{212A}", "Ａ", "ﬁ", "ٳ", "٣", "۵", "\u{0660}"]
        p += ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200F}"]
        p += ["\u{01}", "\u{1F}", "\u{7F}", "\u{0B}", "\u{0C}"]
        p += ["<p>", "</p>", "<code>", "</code>", "<CODE>", "<pre>", "</pre>", "<pre class=\"x\">", "<a href=\"https://a.th/1\">", "</a>"]
        p += ["&amp;", "&#39;", "&lt;", "&#3663;", "&", "&nbsp", "<h3>", "<br />", "<code\n>"]
        return p
    }()

    static func randomStrings(count: Int, seed: UInt64, maxPieces: Int = 14, simpleOnly: Bool = false) -> [String] {
        var r = Random(state: seed)
        let pool = simpleOnly ? pieces.filter { s in s.unicodeScalars.allSatisfy { isSimpleScalar($0.value) } } : pieces
        return (0..<count).map { _ in
            (0..<(1 + r.below(maxPieces))).map { _ in pool[r.below(pool.count)] }.joined()
        }
    }

    static func isSimpleScalar(_ v: UInt32) -> Bool { v < 0x80 || (0x0E00...0x0E7F).contains(v) || (0x2010...0x2027).contains(v) }

    static let tricky: [String] = [
        "", " ", "โครงการปี 2569 งบ 1,250,000.50 บาท", "ดูที่ https://www.moe.go.th/2569/plan.pdf หรือ a1@b.go.th",
        "SPE.S3 และ evidence/p01.pdf ปี ๒๕๖๙", "ร้อยละ 80\u{00A0}ของ 120", "บรรทัด 1\u{2028}บรรทัด 2", "\tแท็บ 3\r\nCRLF 4\n",
        "\"\u{0301}quoted\" 5 '\u{0E31}x' <\u{0308}b> &\u{200D}amp; 6", "<p>ปี 2569</p><code>x = 1</code><pre>2</pre>",
        "<p>อ้างอิง &#39;1&#39; และ <a href=\"https://a.th/2\">ลิงก์ 3</a></p>", "a\u{0E31}1 /\u{0E34}2 .\u{0E47}3 1\u{0E31}",
        " \u{0E31}9 x", "MIXED Case ÄÖÜ ΣΑΣ ЖУК İstanbul ß 12", "\u{0600}\"\u{0301}x 1", "\u{202E}abc 1\u{202C}\u{2066}2",
        "\u{01}\"\u{0301}1", "&#3663;1;2&abcdefghijkl;3", "<code\n>9</code>", "1\r\n\u{0E31}2",
    ]

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

    static func allInputs() -> [String] {
        tricky + randomStrings(count: 3000, seed: 1) + randomStrings(count: 1500, seed: 2, simpleOnly: true)
    }

    @Test func thaiDigitsMatchScalarByScalar() {
        for s in Self.allInputs() {
            #expect(ThaiDigits.thai(s) == ThaiDigits.referenceThai(s), "\(s.debugDescription)")
            #expect(ThaiDigits.arabic(s) == ThaiDigits.referenceArabic(s), "\(s.debugDescription)")
            #expect(Array(ThaiDigits.thai(s).utf8) == Array(ThaiDigits.referenceThai(s).utf8))
        }
    }

    @Test func bookletPlainHTMLAndLiteralMatchTheCharacterCode() {
        let thai = BookletText(digits: .thai)
        let arabic = BookletText(digits: .arabic)
        for s in Self.allInputs() {
            #expect(Array(thai.plain(s).utf8) == Array(thai.referencePlain(s).utf8), "plain \(s.debugDescription)")
            #expect(Array(thai.html(s).utf8) == Array(thai.referenceHTML(s).utf8), "html \(s.debugDescription)")
            #expect(arabic.plain(s) == s && arabic.html(s) == s)
            for word in s.split(whereSeparator: \.isWhitespace) {
                #expect(BookletText.isLiteral(word) == BookletText.referenceIsLiteral(word), "isLiteral \(word.debugDescription)")
            }
        }
        // Hand-checked: addresses keep their digits, prose does not.
        #expect(thai.plain("ปี 2569 ที่ https://a.go.th/2569 และ SPE.S3") == "ปี ๒๕๖๙ ที่ https://a.go.th/2569 และ SPE.S3")
        #expect(thai.html("<p>ปี 2569 &#39;</p><code>1</code>") == "<p>ปี ๒๕๖๙ &#39;</p><code>1</code>")
    }

    @Test func searchNormalizeMatchesTheCharacterCode() {
        for s in Self.allInputs() {
            #expect(Array(SearchIndex.normalize(s).utf8) == Array(SearchIndex.referenceNormalize(s).utf8), "\(s.debugDescription)")
        }
        #expect(SearchIndex.normalize("  ABC  ปี ๒๕๖๙\r\n\tx ") == "abc ปี 2569 x")
    }

    @Test func displayMatchesTheCharacterCode() {
        for s in Self.allInputs() {
            #expect(Array(BidiIsolation.display(s).utf8) == Array(BidiIsolation.referenceDisplay(s).utf8), "\(s.debugDescription)")
        }
        #expect(BidiIsolation.display("\"\u{0301}x") == "\"x")
        #expect(BidiIsolation.display("a\u{202E}b") == "\u{2068}a\u{202E}b\u{202C}\u{2069}")
    }

    @Test func jsonStringsMatchTheByteByByteWriter() {
        for s in Self.allInputs() + ["\u{00}\u{1F}\u{7F}</script>\\\"", String(repeating: "ก", count: 300)] {
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

    @Test func theSearchIndexWrittenInPiecesHasAnEntryPerPage() throws {
        let report = try DataChannelTests.report()
        let whole = SearchIndex.file(report).bytes
        var pieces: [[UInt8]] = []
        SearchIndex.write(report, flushEvery: 1) {
            pieces.append($0)
            $0.removeAll()
        }
        #expect(pieces.count > report.units.count)
        #expect(Array(pieces.joined()) == whole)
        // The document after `window.PLANPRESS_SEARCH = ` is JSON with one entry per page.
        let prefix = Array("window.PLANPRESS_SEARCH = ".utf8)
        #expect(Array(whole.prefix(prefix.count)) == prefix)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(whole.dropFirst(prefix.count).dropLast(2))) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String]])
        let items = report.framework.plans.reduce(0) { $0 + 1 + $1.flattenedItems.count }
        #expect(entries.count == report.units.count + report.totals.projects + items + report.pages.filter(\.onSite).count)
        #expect(entries.allSatisfy { $0.count == 4 })
    }

    @Test func csvCellsMatchTheScalarByScalarWriter() {
        let inputs = Self.allInputs() + ["=1+2", "+x", "-3", "@a", "\tx", "\rx", ",\u{0301}", "\"\u{0301}q\"", "=a,b", "-\"", ""]
        for (i, s) in inputs.enumerated() {
            let cells: [CSVWriter.Cell] = [.text(s), .number(s), .text(inputs[(i + 1) % inputs.count])]
            var fast = CSVWriter(header: [])
            fast.row(cells)
            var reference: [UInt8] = [0xEF, 0xBB, 0xBF, 0x0D, 0x0A]
            CSVWriter.referenceRow(cells, to: &reference)
            #expect(fast.bytes == reference, "\(s.debugDescription)")
        }
    }
}
