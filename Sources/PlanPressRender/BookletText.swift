import Foundation
import PlanPressCore

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
        guard digits == .thai, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
        var out = ""
        var word = ""
        func flush() {
            out += Self.isLiteral(word) ? word : ThaiDigits.thai(word)
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
        guard digits == .thai, fragment.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return fragment }
        var out = ""
        var text = ""
        var literalDepth = 0
        var i = fragment.startIndex
        func flushText() {
            out += literalDepth > 0 ? text : plain(text)
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
