/// Reads Mustache text into a `Template`, following swift-mustache 2.1.1's parser step for step
/// (which whitespace a standalone tag takes with it, where a partial's indentation comes from),
/// on Unicode scalars instead of grapheme clusters.
package struct TemplateParser {
    private let s: [Unicode.Scalar]
    private var i = 0
    private let name: String

    package init(_ text: String, name: String) {
        s = Array(text.unicodeScalars)
        self.name = name
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        var start: [Unicode.Scalar] = ["{", "{"]
        var end: [Unicode.Scalar] = ["}", "}"]
    }

    package mutating func parseAll() throws -> Template {
        try parse(State())
    }

    // MARK: - Errors

    private func error(_ message: String, at position: Int? = nil) -> TemplateError {
        let p = min(position ?? i, s.count)
        let line = 1 + s[..<p].count { $0 == "\n" }
        return TemplateError(description: "template \(name): \(message) at line \(line)", path: name)
    }

    // MARK: - Reading

    private var atEnd: Bool { i >= s.count }

    /// The length of the newline at `p` (`\n` or `\r\n`), or 0.
    private func newline(at p: Int) -> Int {
        guard p < s.count else { return 0 }
        if s[p] == "\n" { return 1 }
        if s[p] == "\r", p + 1 < s.count, s[p + 1] == "\n" { return 2 }
        return 0
    }

    private func matches(_ token: [Unicode.Scalar], at p: Int) -> Bool {
        guard p + token.count <= s.count else { return false }
        for (k, c) in token.enumerated() where s[p + k] != c { return false }
        return true
    }

    private static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace
    }

    private mutating func skipWhitespace() {
        while i < s.count, Self.isWhitespace(s[i]) { i += 1 }
    }

    private mutating func read(while test: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] {
        let start = i
        while i < s.count, test(s[i]) { i += 1 }
        return Array(s[start..<i])
    }

    private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "0"..."9", "a"..."z", "A"..."Z", ".", "-", "_", "?", "*", "(", ")": return true
        default: return false
        }
    }

    /// Text up to the next start delimiter (consumed) or newline (not consumed).
    private mutating func readText(_ state: State) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = []
        while i < s.count {
            if newline(at: i) > 0 { break }
            if s[i] == state.start[0] {
                if matches(state.start, at: i) {
                    i += state.start.count
                    break
                }
            }
            text.append(s[i])
            i += 1
        }
        return text
    }

    /// A tag's name and its end delimiter.
    private mutating func readName(_ state: State) throws -> String {
        skipWhitespace()
        let start = i
        let text = String(String.UnicodeScalarView(read(while: Self.isNameChar)))
        skipWhitespace()
        guard matches(state.end, at: i) else { throw error("unfinished tag") }
        i += state.end.count
        if text.contains("(") || text.contains(")") {
            throw error("transforms such as \(text) are not supported", at: start)
        }
        return text
    }

    /// After a tag that may stand alone: true, and the rest of the line taken, when only spaces
    /// or tabs and then a newline (or the end) follow on a line where the tag began.
    private mutating func takeStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var p = i
        while p < s.count, s[p] == " " || s[p] == "\t" { p += 1 }
        let n = newline(at: p)
        guard n > 0 else { return false }
        i = p + n
        return true
    }

    private static func bytes(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        for c in scalars { out.append(contentsOf: UTF8.encode(c)!) }
        return out
    }

    // MARK: - Parsing

    private mutating func parse(_ initial: State) throws -> Template {
        var nodes: [Template.Node] = []
        var state = initial
        var whiteSpaceBefore: [Unicode.Scalar] = []
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                nodes.append(.text(Self.bytes(whiteSpaceBefore)))
                whiteSpaceBefore = []
            }
        }
        while !atEnd {
            if state.newLine {
                whiteSpaceBefore = read { $0 == " " || $0 == "\t" }
            }
            let text = readText(state)
            let n = newline(at: i)
            if n > 0 {
                nodes.append(.text(Self.bytes(whiteSpaceBefore + text + s[i..<(i + n)])))
                state.newLine = true
                i += n
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Self.bytes(whiteSpaceBefore + text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            let tagStart = i
            switch s[i] {
            case "#", "^":
                let inverted = s[i] == "^"
                i += 1
                let name = try readName(state)
                if takeStandalone(state) {
                    setNewLine = true
                } else {
                    flushWhiteSpace()
                }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                let body = try parse(inner)
                nodes.append(.section(TemplateName(name), body, inverted: inverted))
            case "/":
                i += 1
                let name = try readName(state)
                guard name == state.sectionName else {
                    throw error(
                        state.sectionName.map { "{{/\(name)}} closes {{#\($0)}}" } ?? "{{/\(name)}} closes no section", at: tagStart)
                }
                if !takeStandalone(state) { flushWhiteSpace() }
                return Template(nodes: nodes)
            case "!":
                i += 1
                while !atEnd, !matches(state.end, at: i) { i += 1 }
                guard !atEnd else { throw error("unfinished comment", at: tagStart) }
                i += state.end.count
                setNewLine = takeStandalone(state)
            case "{", "&":
                let triple = s[i] == "{"
                flushWhiteSpace()
                i += 1
                let name = try readName(state)
                if triple {
                    guard i < s.count, s[i] == "}" else { throw error("unfinished {{{ tag", at: tagStart) }
                    i += 1
                }
                nodes.append(.variable(TemplateName(name), escaped: false))
            case ">":
                i += 1
                skipWhitespace()
                if i < s.count, s[i] == "*" { throw error("dynamic partials are not supported", at: tagStart) }
                let partial = String(String.UnicodeScalarView(read { Self.isNameChar($0) || $0 == "/" }))
                skipWhitespace()
                guard matches(state.end, at: i) else { throw error("unfinished partial tag", at: tagStart) }
                i += state.end.count
                let indentation = whiteSpaceBefore
                if !indentation.isEmpty { nodes.append(.text(Self.bytes(indentation))) }
                if takeStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(partial, indentation: Self.bytes(indentation)))
                } else {
                    nodes.append(.partial(partial, indentation: nil))
                }
                whiteSpaceBefore = []
            case "=":
                i += 1
                skipWhitespace()
                let start = read { !Self.isWhitespace($0) }
                skipWhitespace()
                let end = read { !Self.isWhitespace($0) && $0 != "=" }
                skipWhitespace()
                guard i < s.count, s[i] == "=", matches(state.end, at: i + 1), !start.isEmpty, !end.isEmpty else {
                    throw error("invalid delimiter change", at: tagStart)
                }
                i += 1 + state.end.count
                state.start = start
                state.end = end
                setNewLine = takeStandalone(state)
            case "%":
                // `{{% CONTENT_TYPE: … }}`: every template escapes for HTML already.
                i += 1
                while !atEnd, !matches(state.end, at: i) { i += 1 }
                guard !atEnd else { throw error("unfinished pragma", at: tagStart) }
                let pragma = String(String.UnicodeScalarView(s[(tagStart + 1)..<i]))
                guard pragma.split(separator: ":").first.map({ $0.trimmingCharacters(in: .whitespaces) }) == "CONTENT_TYPE" else {
                    throw error("unknown pragma \(pragma)", at: tagStart)
                }
                i += state.end.count
                setNewLine = takeStandalone(state)
            case "<", "$":
                throw error("template inheritance is not supported", at: tagStart)
            default:
                flushWhiteSpace()
                let name = try readName(state)
                nodes.append(.variable(TemplateName(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName { throw error("{{#\(open)}} is not closed") }
        return Template(nodes: nodes)
    }
}
