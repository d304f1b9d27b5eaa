import Foundation

/// Inputs for the tests that compare a byte-level fast path with the `Character`-based code it
/// replaces: tricky texts, and deterministic random strings over a mixed alphabet.
public enum RandomText {
    public typealias Random = SplitMix64
    public static let pieces: [String] = {
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

    public static func randomStrings(count: Int, seed: UInt64, maxPieces: Int = 14, simpleOnly: Bool = false) -> [String] {
        var r = Random(state: seed)
        let pool = simpleOnly ? pieces.filter { s in s.unicodeScalars.allSatisfy { isSimpleScalar($0.value) } } : pieces
        return (0..<count).map { _ in
            (0..<(1 + r.below(maxPieces))).map { _ in pool[r.below(pool.count)] }.joined()
        }
    }

    public static func isSimpleScalar(_ v: UInt32) -> Bool { v < 0x80 || (0x0E00...0x0E7F).contains(v) || (0x2010...0x2027).contains(v) }

    public static let tricky: [String] = [
        "", " ", "โครงการปี 2569 งบ 1,250,000.50 บาท", "ดูที่ https://www.moe.go.th/2569/plan.pdf หรือ a1@b.go.th",
        "SPE.S3 และ evidence/p01.pdf ปี ๒๕๖๙", "ร้อยละ 80\u{00A0}ของ 120", "บรรทัด 1\u{2028}บรรทัด 2", "\tแท็บ 3\r\nCRLF 4\n",
        "\"\u{0301}quoted\" 5 '\u{0E31}x' <\u{0308}b> &\u{200D}amp; 6", "<p>ปี 2569</p><code>x = 1</code><pre>2</pre>",
        "<p>อ้างอิง &#39;1&#39; และ <a href=\"https://a.th/2\">ลิงก์ 3</a></p>", "a\u{0E31}1 /\u{0E34}2 .\u{0E47}3 1\u{0E31}",
        " \u{0E31}9 x", "MIXED Case ÄÖÜ ΣΑΣ ЖУК İstanbul ß 12", "\u{0600}\"\u{0301}x 1", "\u{202E}abc 1\u{202C}\u{2066}2",
        "\u{01}\"\u{0301}1", "&#3663;1;2&abcdefghijkl;3", "<code\n>9</code>", "1\r\n\u{0E31}2",
    ]

    /// The tricky texts and a few thousand random ones, some only over the simple alphabet.
    public static func allInputs() -> [String] {
        tricky + randomStrings(count: 3000, seed: 1) + randomStrings(count: 1500, seed: 2, simpleOnly: true)
    }
}
