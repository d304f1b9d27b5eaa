import PlanPressCore

/// `FastYAMLReader`'s reading position, what it has read so far, and the grammar it reads.
struct FastYAMLCursor {
    /// The text's UTF-8 bytes, and the text itself, whose slices become the scalars' texts
    /// without being validated again.
    let b: UnsafeBufferPointer<UInt8>
    let source: String
    let n: Int
    let path: String
    /// Byte offset of the reading position.
    var pos = 0
    /// 1-based line of `pos`, and the offset where that line starts.
    var line = 1
    var lineStart = 0
    var depth = 0
    var diagnostics: [Diagnostic] = []

    init(buffer: UnsafeBufferPointer<UInt8>, text: String, path: String) {
        b = buffer
        source = text
        n = buffer.count
        self.path = path
    }

    typealias Decline = FastYAMLReader.Decline

    // MARK: Characters

    func at(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }

    /// End of line or of the text: LF, the CR of CRLF, or the end.
    func isBreakOrEnd(_ i: Int) -> Bool { i >= n || b[i] == 0x0A || b[i] == 0x0D }

    func isBlankOrEnd(_ i: Int) -> Bool { isBreakOrEnd(i) || b[i] == 0x20 }

    /// The last column worked out: its line's start, its offset and its column, so that the
    /// next one on the same line is counted on from there (long flow lines have many nodes).
    var lastColumn = (lineStart: -1, offset: 0, column: 1)

    /// The location of byte `i` of the current line: columns count Unicode scalars.
    mutating func location(_ i: Int) -> SourceLocation {
        var column = 1
        var k = lineStart
        if lastColumn.lineStart == lineStart && lastColumn.offset <= i {
            column = lastColumn.column
            k = lastColumn.offset
        }
        while k < i {
            if b[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        lastColumn = (lineStart, i, column)
        return SourceLocation(path: path, line: line, column: column)
    }

    /// Bytes `from..<to` of the text (both on character boundaries), as a substring of it.
    func slice(_ from: Int, _ to: Int) -> Substring {
        let u = source.utf8
        let start = u.index(u.startIndex, offsetBy: from)
        return source[start..<u.index(start, offsetBy: to - from)]
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(slice(from, to))
    }

    /// Moves past the end of the current line (its break included).
    mutating func nextLine() {
        while pos < n && b[pos] != 0x0A { pos += 1 }
        if pos < n {
            pos += 1
            line += 1
            lineStart = pos
        }
    }

    /// The rest of the line from `i` must be spaces and maybe a comment; then moves to the next line.
    mutating func finishLine(from i: Int) throws {
        var k = i
        while k < n && b[k] == 0x20 { k += 1 }
        if !isBreakOrEnd(k) {
            // A comment needs a space before it (libyaml would take `x#` differently).
            guard b[k] == 0x23, k > i || (k > 0 && b[k - 1] == 0x20) else { throw Decline() }
        }
        pos = k
        nextLine()
    }

    /// Skips blank and comment-only lines. Returns the indentation of the next line with content
    /// (`pos` at its start), or nil at the end of the text.
    mutating func nextContentLine() throws -> Int? {
        while pos < n {
            var k = pos
            while k < n && b[k] == 0x20 { k += 1 }
            if isBreakOrEnd(k) || b[k] == 0x23 {
                nextLine()
                if k >= n { return nil }
                continue
            }
            let indent = k - pos
            if indent == 0 {
                // Document markers and directives are libyaml's business.
                let c = b[k]
                if c == 0x25 { throw Decline() }
                if (c == 0x2D || c == 0x2E) && at(k + 1) == c && at(k + 2) == c && isBlankOrEnd(k + 3) { throw Decline() }
            }
            return indent
        }
        return nil
    }

    // MARK: Structure

    mutating func document() throws -> Node {
        guard let indent = try nextContentLine(), indent == 0 else { throw Decline() }
        guard keyEnd(at: pos) != nil else { throw Decline() }
        let root = try blockMapping(column: 0, at: pos)
        guard try nextContentLine() == nil else { throw Decline() }
        return root
    }

    /// Where the key at `i` ends: the offset of its `:`, when the line starts a `key:` entry.
    func keyEnd(at i: Int) -> Int? {
        let c = at(i)
        if c == 0x22 || c == 0x27 {
            guard let close = quotedEnd(at: i) else { return nil }
            var k = close
            while k < n && b[k] == 0x20 { k += 1 }
            return at(k) == 0x3A && isBlankOrEnd(k + 1) ? k : nil
        }
        guard startsPlain(at: i, flow: false) else { return nil }
        let (_, stop) = plainEnd(from: i, flow: false)
        return at(stop) == 0x3A ? stop : nil
    }

    /// A block mapping whose keys stand at `column`; the first key starts at `start` on the current line.
    mutating func blockMapping(column: Int, at start: Int) throws -> Node {
        depth += 1
        guard depth <= FastYAMLReader.maximumDepth else { throw Decline() }
        defer { depth -= 1 }
        let location = location(start)
        var builder = MappingBuilder()
        var keyStart = start
        while true {
            guard let colon = keyEnd(at: keyStart) else { throw Decline() }
            let keyLocation = self.location(keyStart)
            let key: String
            if b[keyStart] == 0x22 || b[keyStart] == 0x27 {
                guard let q = try quoted(at: keyStart) else { throw Decline() }
                key = q.0
            } else {
                key = text(keyStart, trimmedEnd(keyStart, colon))
            }
            // libyaml gives up on keys longer than 1,024 characters.
            guard colon - keyStart <= 1000 else { throw Decline() }
            let value = try value(after: colon + 1, blockIndent: column, mappingColumn: column)
            builder.add(key: key, at: keyLocation, value: value, diagnostics: &diagnostics)
            guard let indent = try nextContentLine() else { break }
            if indent < column { break }
            guard indent == column else { throw Decline() }
            keyStart = pos + indent
            if b[keyStart] == 0x2D && isBlankOrEnd(keyStart + 1) { throw Decline() }
        }
        return Node(.mapping(builder.entries), at: location)
    }

    /// A block sequence whose `-` stand at `column` (the current line's first one at `pos + column`).
    /// `indentless` when it is the value of a key at the same column.
    mutating func blockSequence(column: Int, indentless: Bool) throws -> Node {
        depth += 1
        guard depth <= FastYAMLReader.maximumDepth else { throw Decline() }
        defer { depth -= 1 }
        let location = location(pos + column)
        var items: [Node] = []
        while true {
            let dash = pos + column
            guard b[dash] == 0x2D, isBlankOrEnd(dash + 1) else { throw Decline() }
            var k = dash + 1
            while k < n && b[k] == 0x20 { k += 1 }
            let item: Node
            if !isBreakOrEnd(k) && b[k] != 0x23 && keyEnd(at: k) != nil {
                item = try blockMapping(column: k - lineStart, at: k)
            } else {
                item = try value(after: dash + 1, blockIndent: column, mappingColumn: nil)
            }
            items.append(item)
            guard let indent = try nextContentLine() else { break }
            if indent < column { break }
            guard indent == column else { throw Decline() }
            let next = pos + indent
            guard b[next] == 0x2D, isBlankOrEnd(next + 1) else {
                if indentless { break }
                throw Decline()
            }
        }
        return Node(.sequence(items), at: location)
    }

    /// The value that follows `key:` or `-` (from `i`, just past the indicator, on the current
    /// line): on the same line, on the lines below, or empty (located at `i`, as libyaml locates
    /// an empty value at the end of the indicator). Leaves `pos` at the start of a line.
    /// `blockIndent` is the column of the innermost block collection; `mappingColumn` is set for a
    /// key's value, whose sequence may stand at the key's own column.
    mutating func value(after i: Int, blockIndent: Int, mappingColumn: Int?) throws -> Node {
        var k = i
        while k < n && b[k] == 0x20 { k += 1 }
        if isBreakOrEnd(k) || b[k] == 0x23 {
            guard isBreakOrEnd(k) || k > i else { throw Decline() }
            let empty = Node(.scalar(Scalar("", isString: false)), at: location(i))
            pos = k
            nextLine()
            guard let indent = try nextContentLine() else { return empty }
            let first = pos + indent
            let isEntry = b[first] == 0x2D && isBlankOrEnd(first + 1)
            if let mappingColumn, indent == mappingColumn, isEntry {
                return try blockSequence(column: indent, indentless: true)
            }
            guard indent > blockIndent else { return empty }
            if isEntry { return try blockSequence(column: indent, indentless: false) }
            guard keyEnd(at: first) != nil else { throw Decline() }
            return try blockMapping(column: indent, at: first)
        }
        let c = b[k]
        let loc = location(k)
        switch c {
        case 0x7C, 0x3E:  // | >
            return try blockScalar(at: k, blockIndent: blockIndent)
        case 0x22, 0x27:
            guard let (s, end) = try quoted(at: k) else { throw Decline() }
            try finishLine(from: end)
            return Node(.scalar(Scalar(s, isString: true)), at: loc)
        case 0x5B, 0x7B:  // [ {
            let (node, end) = try flow(at: k)
            try finishLine(from: end)
            return node
        default:
            guard startsPlain(at: k, flow: false) else { throw Decline() }
            let (end, stop) = plainEnd(from: k, flow: false)
            guard isBreakOrEnd(stop) || b[stop] == 0x23 else { throw Decline() }
            let s = text(k, end)
            try finishLine(from: end)
            // A more indented line below would continue the scalar (folded): libyaml's case.
            var m = pos
            while m < n {
                var j = m
                while j < n && b[j] == 0x20 { j += 1 }
                if j >= n { break }
                if isBreakOrEnd(j) {
                    while m < n && b[m] != 0x0A { m += 1 }
                    m += 1
                    continue
                }
                if b[j] != 0x23 && j - m > blockIndent { throw Decline() }
                break
            }
            return Node(.scalar(Scalar(s, isString: false)), at: loc)
        }
    }

    // MARK: Scalars

    /// Whether a plain scalar may start at `i` (it does not start with an indicator).
    func startsPlain(at i: Int, flow: Bool) -> Bool {
        let c = at(i)
        switch c {
        case 0x2D:  // -: a plain scalar when a letter, digit or non-ASCII character follows
            let d = at(i + 1)
            return d >= 0x80 || (d >= 0x30 && d <= 0x39) || (d | 0x20 >= 0x61 && d | 0x20 <= 0x7A)
        case 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return false
        case 0x20, 0x0A, 0x0D, 0:
            return false
        default:
            return true
        }
    }

    /// Scans a plain scalar from `i`. Returns the end of its text (trailing spaces left out) and
    /// where it stopped: a break, the end, the `#` of ` #`, a `:` followed by a blank, or in flow
    /// context one of `, [ ] { }` or a `:` before one of them (the flow reader refuses the stops
    /// it does not know). Any other `:` is part of the text, as in `https://…`.
    func plainEnd(from i: Int, flow: Bool) -> (end: Int, stop: Int) {
        var k = i
        var end = i
        while k < n {
            let c = b[k]
            if c == 0x0A || c == 0x0D { break }
            if c == 0x3A {
                if isBlankOrEnd(k + 1) { break }
                // libyaml refuses `:` before `, ? [ ] { }` in flow context; the flow reader declines.
                if flow {
                    let d = at(k + 1)
                    if d == 0x2C || d == 0x3F || d == 0x5B || d == 0x5D || d == 0x7B || d == 0x7D { break }
                }
            } else if c == 0x20 {
                if at(k + 1) == 0x23 {
                    k += 1
                    break
                }
                k += 1
                continue
            } else if flow && (c == 0x2C || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D) {
                break
            }
            k += 1
            end = k
        }
        return (end, k)
    }

    func trimmedEnd(_ from: Int, _ to: Int) -> Int {
        var e = to
        while e > from && b[e - 1] == 0x20 { e -= 1 }
        return e
    }

    /// The offset just past the closing quote of a one-line quoted scalar at `i`, or nil.
    func quotedEnd(at i: Int) -> Int? {
        let q = b[i]
        var k = i + 1
        while k < n {
            let c = b[k]
            if c == 0x0A || c == 0x0D { return nil }
            if q == 0x27 && c == 0x27 {
                if at(k + 1) == 0x27 {
                    k += 2
                    continue
                }
                return k + 1
            }
            if q == 0x22 {
                if c == 0x5C {
                    k += 2
                    continue
                }
                if c == 0x22 { return k + 1 }
            }
            k += 1
        }
        return nil
    }

    /// A one-line quoted scalar at `i`: its text and the offset past the closing quote. Declines
    /// on escapes other than `\\ \" \/ \n \t \r`.
    func quoted(at i: Int) throws -> (String, Int)? {
        guard let close = quotedEnd(at: i) else { return nil }
        let q = b[i]
        var plain = true
        var k = i + 1
        while k < close - 1 {
            if b[k] == (q == 0x27 ? 0x27 : 0x5C) {
                plain = false
                break
            }
            k += 1
        }
        if plain { return (text(i + 1, close - 1), close) }
        var out: [UInt8] = []
        out.reserveCapacity(close - i)
        k = i + 1
        while k < close - 1 {
            let c = b[k]
            if q == 0x27 && c == 0x27 {
                out.append(0x27)
                k += 2
                continue
            }
            if q == 0x22 && c == 0x5C {
                switch at(k + 1) {
                case 0x5C: out.append(0x5C)
                case 0x22: out.append(0x22)
                case 0x2F: out.append(0x2F)
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                default: throw Decline()
                }
                k += 2
                continue
            }
            out.append(c)
            k += 1
        }
        return (String(decoding: out, as: UTF8.self), close)
    }

    /// A `|` or `>` block scalar whose indicator is at `i`, read as libyaml's
    /// `yaml_parser_scan_block_scalar` does. Leaves `pos` at the start of the line after it.
    mutating func blockScalar(at i: Int, blockIndent: Int) throws -> Node {
        let location = location(i)
        let literal = b[i] == 0x7C
        var chomping = 0
        var k = i + 1
        if at(k) == 0x2B || at(k) == 0x2D {
            chomping = b[k] == 0x2B ? 1 : -1
            k += 1
        }
        guard isBlankOrEnd(k) else { throw Decline() }
        try finishLine(from: k)

        var indent = 0
        var column = 0
        var out = ""
        var leadingBreak = false
        var trailingBreaks = 0
        var leadingBlank = false

        // Eats indentation and empty lines (libyaml's `yaml_parser_scan_block_scalar_breaks`).
        func breaks() {
            var maxIndent = 0
            while true {
                column = 0
                while (indent == 0 || column < indent) && pos < n && b[pos] == 0x20 {
                    pos += 1
                    column += 1
                }
                if column > maxIndent { maxIndent = column }
                guard pos < n, b[pos] == 0x0A || b[pos] == 0x0D else { break }
                pos += b[pos] == 0x0D ? 2 : 1
                line += 1
                lineStart = pos
                trailingBreaks += 1
            }
            if indent == 0 { indent = max(maxIndent, blockIndent + 1, 1) }
        }

        breaks()
        while column == indent && pos < n {
            let trailingBlank = b[pos] == 0x20
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                if trailingBreaks == 0 { out.append(" ") }
            } else if leadingBreak {
                out.append("\n")
            }
            leadingBreak = false
            for _ in 0..<trailingBreaks { out.append("\n") }
            trailingBreaks = 0
            leadingBlank = b[pos] == 0x20
            let start = pos
            while pos < n && b[pos] != 0x0A && b[pos] != 0x0D { pos += 1 }
            out.append(contentsOf: slice(start, pos))
            if pos < n {
                pos += b[pos] == 0x0D ? 2 : 1
                line += 1
                lineStart = pos
                leadingBreak = true
            }
            breaks()
        }
        if chomping != -1 && leadingBreak { out.append("\n") }
        if chomping == 1 { for _ in 0..<trailingBreaks { out.append("\n") } }
        // Back to the start of the line that ended the scalar (unless the text ended).
        if pos < n { pos = lineStart }
        return Node(.scalar(Scalar(out, isString: true)), at: location)
    }

    // MARK: Flow

    /// A one-line flow sequence or mapping of scalars at `i`; returns it and the offset past its end.
    mutating func flow(at i: Int) throws -> (Node, Int) {
        guard depth < FastYAMLReader.maximumDepth else { throw Decline() }
        let location = location(i)
        let isSequence = b[i] == 0x5B
        let close: UInt8 = isSequence ? 0x5D : 0x7D
        var k = i + 1
        func spaces() { while k < n && b[k] == 0x20 { k += 1 } }
        spaces()
        if at(k) == close { return (Node(isSequence ? .sequence([]) : .mapping([]), at: location), k + 1) }
        var items: [Node] = []
        var builder = MappingBuilder()
        while true {
            let (first, firstEnd) = try flowScalar(at: k)
            k = firstEnd
            spaces()
            if isSequence {
                guard at(k) != 0x3A else { throw Decline() }
                items.append(first)
            } else {
                guard at(k) == 0x3A, at(k + 1) == 0x20, case .scalar(let key) = first.value else { throw Decline() }
                guard firstEnd - i <= 1000 else { throw Decline() }
                k += 1
                spaces()
                let (value, valueEnd) = try flowScalar(at: k)
                k = valueEnd
                spaces()
                builder.add(key: key.text, at: first.location, value: value, diagnostics: &diagnostics)
            }
            if at(k) == 0x2C {
                k += 1
                spaces()
                guard at(k) != close else { throw Decline() }
                continue
            }
            guard at(k) == close else { throw Decline() }
            k += 1
            break
        }
        return (Node(isSequence ? .sequence(items) : .mapping(builder.entries), at: location), k)
    }

    /// A quoted or plain scalar inside a flow collection, and the offset past it.
    mutating func flowScalar(at k: Int) throws -> (Node, Int) {
        let c = at(k)
        if c == 0x22 || c == 0x27 {
            guard let (s, end) = try quoted(at: k) else { throw Decline() }
            return (Node(.scalar(Scalar(s, isString: true)), at: location(k)), end)
        }
        guard startsPlain(at: k, flow: true) else { throw Decline() }
        let (end, stop) = plainEnd(from: k, flow: true)
        let s = at(stop)
        // It must stop at `, ] }` or at `: ` (a key); a break, a comment or an odd `:` is declined.
        guard s == 0x2C || s == 0x5D || s == 0x7D || (s == 0x3A && at(stop + 1) == 0x20) else { throw Decline() }
        guard stop == end || s != 0x3A else { throw Decline() }
        return (Node(.scalar(Scalar(text(k, end), isString: false)), at: location(k)), end)
    }
}
