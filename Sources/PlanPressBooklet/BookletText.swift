import Foundation
import PlanPressCore
import PlanPressPresentation

/// Text for the booklet: the channel's digits applied to prose, never to what a reader must type
/// exactly (web addresses, e-mail addresses, file names, code spans).
public struct BookletText: Sendable {
    public var digits: NumeralStyle

    public init(digits: NumeralStyle) {
        self.digits = digits
    }

    /// Plain text (not HTML) with its digits in the channel's style, except inside words that hold
    /// Latin letters together with `/`, `@`, `:` or `.` (addresses, file names, identifiers).
    public func plain(_ text: String) -> String {
        guard digits == .thai, SimpleText.containsByte(text, where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
        return SimpleText.withBytes(text) { p in
            guard SimpleText.isSimple(p) else { return characterPlain(text) }
            var out: [UInt8] = []
            out.reserveCapacity(p.count + 32)
            Self.appendPlain(p, 0, p.count, to: &out)
            return SimpleText.string(out)
        }
    }

    /// `plain` over the simple text `p[start..<end]`, appended to `out`: white space is ASCII and
    /// every ASCII scalar is a character of its own, so words are split and judged on bytes.
    static func appendPlain(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to out: inout [UInt8]) {
        var i = start
        while i < end {
            let b = p[i]
            if SimpleText.isASCIIWhitespace(b) {
                out.append(b)
                i += 1
                continue
            }
            var j = i
            var hasLatin = false
            var hasMark = false
            var hasDigit = false
            while j < end {
                let c = p[j]
                if SimpleText.isASCIIWhitespace(c) { break }
                switch c {
                case 0x41...0x5A, 0x61...0x7A: hasLatin = true
                case 0x2F, 0x40, 0x3A, 0x2E, 0x5F: hasMark = true
                case 0x30...0x39: hasDigit = true
                default: break
                }
                j += 1
            }
            if !hasDigit || (hasLatin && hasMark) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
            } else {
                for k in i..<j { ThaiDigits.appendThai(p[k], to: &out) }
            }
            i = j
        }
    }

    /// The `Character`-based `plain`, for text outside the simple alphabet and as the tests' reference.
    func characterPlain(_ text: String) -> String {
        guard digits == .thai, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
        var out = ""
        var word = ""
        func flush() {
            out += Self.characterIsLiteral(word) ? word : ThaiDigits.thai(word)
            word = ""
        }
        for c in text {
            if c.isWhitespace {
                flush()
                out.append(c)
            } else {
                word.append(c)
            }
        }
        flush()
        return out
    }

    /// An HTML fragment (as cmark-gfm writes it) with `plain` applied to its text, leaving tags,
    /// attributes, entities and the content of `<code>` and `<pre>` as they are.
    public func html(_ fragment: String) -> String {
        // Without an ASCII digit there is nothing to change.
        guard digits == .thai, SimpleText.containsByte(fragment, where: { $0 >= 0x30 && $0 <= 0x39 }) else { return fragment }
        return SimpleText.withBytes(fragment) { p in
            guard SimpleText.isSimple(p) else { return characterHTML(fragment) }
            return SimpleText.string(Self.simpleHTML(p))
        }
    }

    /// `html` over simple text, on bytes.
    static func simpleHTML(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let n = p.count
        var out: [UInt8] = []
        out.reserveCapacity(n + n / 4)
        var literalDepth = 0
        var textStart = 0
        var i = 0
        func flushText(_ end: Int) {
            if textStart < end {
                if literalDepth > 0 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[textStart..<end]))
                } else {
                    appendPlain(p, textStart, end, to: &out)
                }
            }
        }
        /// Whether `p[s..<e]`, ASCII case folded, is `word`.
        func isWord(_ s: Int, _ e: Int, _ word: StaticString) -> Bool {
            guard e - s == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for k in 0..<(e - s) {
                var c = p[s + k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != w[k] { return false }
            }
            return true
        }
        while i < n {
            let b = p[i]
            if b == 0x3C, let close = Self.firstByte(0x3E, in: p, from: i + 1) {
                flushText(i)
                var e = i + 1
                while e < n, p[e] != 0x20, p[e] != 0x3E, p[e] != 0x0A { e += 1 }
                if isWord(i + 1, e, "code") || isWord(i + 1, e, "pre") { literalDepth += 1 }
                if isWord(i + 1, e, "/code") || isWord(i + 1, e, "/pre") { literalDepth = max(0, literalDepth - 1) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...close]))
                i = close + 1
                textStart = i
            } else if b == 0x26, let semi = Self.semicolon(in: p, from: i) {
                // An entity such as `&#39;` keeps its digits.
                flushText(i)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...semi]))
                i = semi + 1
                textStart = i
            } else {
                i += 1
            }
        }
        flushText(n)
        return out
    }

    static func firstByte(_ byte: UInt8, in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var k = start
        while k < p.count {
            if p[k] == byte { return k }
            k += 1
        }
        return nil
    }

    /// The `;` among the first 12 characters from `start` (the `&`), counted as `Character`s are
    /// in simple text: a Thai combining mark and the LF of CR LF start none.
    static func semicolon(in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var characters = 0
        var k = start
        while k < p.count {
            let b = p[k]
            var starts = true
            if b >= 0x80 {
                if b & 0xC0 == 0x80 {
                    starts = false
                } else if b == 0xE0, k + 2 < p.count, p[k + 1] == 0xB8 || p[k + 1] == 0xB9 {
                    starts = !SimpleText.isThaiExtender(0x0E00 + UInt32(p[k + 1] - 0xB8) * 64 + UInt32(p[k + 2] & 0x3F))
                }
            } else if b == 0x0A, k > start, p[k - 1] == 0x0D {
                starts = false
            }
            if starts {
                characters += 1
                if characters > 12 { return nil }
            }
            if b == 0x3B { return k }
            k += 1
        }
        return nil
    }

    /// The `Character`-based `html`, for text outside the simple alphabet and as the tests' reference.
    func characterHTML(_ fragment: String) -> String {
        guard digits == .thai, fragment.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return fragment }
        var out = ""
        var text = ""
        var literalDepth = 0
        var i = fragment.startIndex
        func flushText() {
            out += literalDepth > 0 ? text : characterPlain(text)
            text = ""
        }
        while i < fragment.endIndex {
            let c = fragment[i]
            if c == "<", let close = fragment[i...].firstIndex(of: ">") {
                flushText()
                let tag = fragment[i...close]
                let lower = tag.dropFirst().prefix { $0 != " " && $0 != ">" && $0 != "\n" }.lowercased()
                if lower == "code" || lower == "pre" { literalDepth += 1 }
                if lower == "/code" || lower == "/pre" { literalDepth = max(0, literalDepth - 1) }
                out += tag
                i = fragment.index(after: close)
            } else if c == "&", let semi = fragment[i...].prefix(12).firstIndex(of: ";") {
                // An entity such as `&#39;` keeps its digits.
                flushText()
                out += fragment[i...semi]
                i = fragment.index(after: semi)
            } else {
                text.append(c)
                i = fragment.index(after: i)
            }
        }
        flushText()
        return out
    }

    /// Words written for machines: `https://…`, `a@b.go.th`, `evidence/p01.pdf`, `SPE.S3`.
    static func isLiteral(_ word: some StringProtocol) -> Bool {
        let fast: Bool? = SimpleText.withBytes(String(word)) { p in
            guard SimpleText.isSimple(p) else { return nil }
            var hasLatin = false
            var hasMark = false
            for b in p {
                switch b {
                case 0x41...0x5A, 0x61...0x7A: hasLatin = true
                case 0x2F, 0x40, 0x3A, 0x2E, 0x5F: hasMark = true
                default: break
                }
            }
            return hasLatin && hasMark
        }
        return fast ?? characterIsLiteral(word)
    }

    /// The `Character`-based `isLiteral`.
    static func characterIsLiteral(_ word: some StringProtocol) -> Bool {
        let hasLatin = word.contains { $0.isASCII && $0.isLetter }
        let hasMark = word.contains { $0 == "/" || $0 == "@" || $0 == ":" || $0 == "." || $0 == "_" }
        return hasLatin && hasMark
    }

    /// Markdown rendered for a chapter: headings moved down so that `#` sits below the chapter's
    /// own `<h2>`, digits applied.
    public func markdown(_ source: String, headingOffset: Int = 2) -> String {
        var html = Markdown.html(source)
        // cmark-gfm writes headings as bare `<hN>` tags; shift from the deepest level up. Most
        // texts are paragraphs only, and skip the searches.
        for level in stride(from: 6, through: 1, by: -1) where html.hasBytes("<h\(level)>") {
            let target = min(6, level + headingOffset)
            html = html.replacingOccurrences(of: "<h\(level)>", with: "<h\(target) class=\"md-h\">")
            html = html.replacingOccurrences(of: "</h\(level)>", with: "</h\(target)>")
        }
        // A relative link means something only inside the published folder: keep its text.
        if html.hasBytes("<a href=") { html = html.replacing(/<a href="(?!https?:|mailto:|#)[^"]*"/, with: "<a") }
        return self.html(html)
    }
}
