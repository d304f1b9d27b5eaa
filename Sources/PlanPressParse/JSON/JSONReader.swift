import PlanPressCore

/// A strict RFC 8259 JSON reader that keeps the position of every value.
///
/// Foundation's JSON parser gives no positions, so this one walks the UTF-8 bytes, keeps byte
/// offsets and turns them into 1-based line and column (in Unicode scalars) at the boundary.
/// Nesting is limited like YAML's, so recursion is bounded by `YAMLReader.maximumDepth`.
///
/// A reader that needs only part of a large document names the keys whose arrays and objects it
/// does not read (`skippingContainersOf`): their values are checked for syntax and depth exactly
/// as any other, by the same grammar and with the same diagnostics, but no node is built for
/// what is inside them; the tree holds an empty array or object at their place. (Duplicate keys
/// inside a skipped value are not reported: nothing reads them.)
public struct JSONReader: Sendable {
    /// Keys whose array or object values are read for syntax only.
    public var skipping: Set<String>

    public init(skippingContainersOf skipping: Set<String> = []) {
        self.skipping = skipping
    }

    public func read(_ source: SourceText) -> (Node?, [Diagnostic]) {
        read(utf8: Array(source.text.utf8), path: source.path)
    }

    /// Reads bytes already known to be UTF-8 (no BOM), without decoding them into a text first:
    /// a large file is held once.
    public func read(utf8 bytes: [UInt8], path: String) -> (Node?, [Diagnostic]) {
        let source = (path: path, count: bytes.count)
        var parser = Parser(bytes: bytes, path: path, skipping: skipping)
        do {
            parser.skipWhitespace()
            if parser.index == source.count {
                return (nil, [RootNotMapping.emptyJSON(path: source.path)])
            }
            let root = try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.bytes.count {
                throw parser.failure(at: parser.index, .textAfterValue)
            }
            return (root, parser.diagnostics)
        } catch let failure as Failure {
            return (nil, parser.diagnostics + [failure.diagnostic])
        } catch {
            return (nil, parser.diagnostics)
        }
    }

    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    struct Parser {
        let bytes: [UInt8]
        let path: String
        let skipping: Set<String>
        var index = 0
        var diagnostics: [Diagnostic] = []
        // A cursor that only moves forward: values are located in reading order, so finding a
        // line and column costs the bytes in between, never a rescan of a long line.
        var cursorOffset = 0
        var cursorLine = 1
        var cursorColumn = 1

        init(bytes: [UInt8], path: String, skipping: Set<String> = []) {
            self.bytes = bytes
            self.path = path
            self.skipping = skipping
        }

        mutating func location(_ offset: Int) -> SourceLocation {
            if offset < cursorOffset {
                // Rare (an error pointing back at a string's start): restart from the file's start.
                cursorOffset = 0
                cursorLine = 1
                cursorColumn = 1
            }
            let end = min(offset, bytes.count)
            // Counted in locals over the buffer: the walk covers every byte of a large file.
            var walkedLine = cursorLine
            var walkedColumn = cursorColumn
            bytes.withUnsafeBufferPointer { buffer in
                var i = cursorOffset
                while i < end {
                    let b = buffer[i]
                    if b == 0x0A {
                        walkedLine += 1
                        walkedColumn = 1
                    } else if b & 0xC0 != 0x80 {
                        walkedColumn += 1
                    }
                    i += 1
                }
            }
            cursorLine = walkedLine
            cursorColumn = walkedColumn
            cursorOffset = end
            // Pointing inside a multi-byte character names the character's own column.
            var column = cursorColumn
            if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
            return SourceLocation(path: path, line: cursorLine, column: column)
        }

        mutating func failure(at offset: Int, _ problem: Syntax.JSONProblem) -> Failure {
            Failure(diagnostic: Syntax.json(problem, at: location(offset)))
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func unexpected() -> Failure {
            guard index < bytes.count else {
                return failure(at: index, .unexpectedEnd)
            }
            let b = bytes[index]
            if b == UInt8(ascii: "/") {
                return failure(at: index, .comment)
            }
            if b == UInt8(ascii: "'") {
                return failure(at: index, .singleQuote)
            }
            let ch = String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self).first.map(String.init) ?? "?"
            return failure(at: index, .unexpectedCharacter(ch))
        }

        mutating func value(depth: Int) throws -> Node {
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            let start = index
            let here = location(start)
            switch bytes[index] {
            case UInt8(ascii: "{"):
                return try object(depth: depth + 1, at: here)
            case UInt8(ascii: "["):
                return try array(depth: depth + 1, at: here)
            case UInt8(ascii: "\""):
                let s = try string()
                return Node(.scalar(Scalar(s, isString: true)), at: here)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                for word in ["true", "false", "null"] {
                    let w = Array(word.utf8)
                    if bytes[index...].starts(with: w) {
                        index += w.count
                        return Node(.scalar(Scalar(word, isString: false)), at: here)
                    }
                }
                throw unexpected()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let text = try number()
                return Node(.scalar(Scalar(text, isString: false)), at: here)
            default:
                throw unexpected()
            }
        }

        mutating func checkDepth(_ depth: Int) throws {
            if depth > YAMLReader.maximumDepth {
                throw Failure(diagnostic: NestingTooDeep.json(at: location(index)))
            }
        }

        mutating func object(depth: Int, at here: SourceLocation) throws -> Node {
            try checkDepth(depth)
            index += 1
            var entries: [Entry] = []
            var seen: [String: SourceLocation] = [:]
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return Node(.mapping([]), at: here)
            }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                        throw failure(at: index, .trailingComma(before: "}"))
                    }
                    throw unexpected()
                }
                let keyLocation = location(index)
                let key = try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw failure(at: index, .missingColon(key: key))
                }
                index += 1
                let v = skipping.contains(key) ? try skippedContainer(depth: depth) : try value(depth: depth)
                if let first = seen[key] {
                    diagnostics.append(DuplicateKey.diagnostic(key, at: keyLocation, first: first))
                } else {
                    seen[key] = keyLocation
                    entries.append(Entry(key: key, keyLocation: keyLocation, value: v))
                }
                skipWhitespace()
                guard index < bytes.count else { throw unexpected() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return Node(.mapping(entries), at: here)
                }
                throw failure(at: index, .expectedCommaOrBrace(afterKey: key))
            }
        }

        mutating func array(depth: Int, at here: SourceLocation) throws -> Node {
            try checkDepth(depth)
            index += 1
            var items: [Node] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return Node(.sequence([]), at: here)
            }
            while true {
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    throw failure(at: index, .trailingComma(before: "]"))
                }
                items.append(try value(depth: depth))
                skipWhitespace()
                guard index < bytes.count else { throw unexpected() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return Node(.sequence(items), at: here)
                }
                throw failure(at: index, .expectedCommaOrBracket)
            }
        }

        mutating func number() throws -> String {
            let start = index
            try scanNumber()
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// Moves past a number, checking it as `number()` does.
        mutating func scanNumber() throws {
            let start = index
            func digits() -> Int {
                let s = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                return index - s
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    throw failure(at: start, .leadingZero)
                }
            } else if digits() == 0 {
                throw unexpected()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                if digits() == 0 { throw failure(at: index, .fractionDigits) }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                if digits() == 0 { throw failure(at: index, .exponentDigits) }
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count else { throw unexpected() }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[index]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw failure(at: index, .hexDigits)
                }
                v = v << 4 | d
                index += 1
            }
            return v
        }

        /// A string's text; `keeping: false` checks it the same way and gives "" (a skipped value).
        mutating func string(keeping: Bool = true) throws -> String {
            let start = index
            index += 1
            var out: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw failure(at: start, .unterminatedString)
                }
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 {
                    throw failure(at: index, .controlCharacter)
                }
                if b != UInt8(ascii: "\\") {
                    if keeping { out.append(b) }
                    index += 1
                    continue
                }
                index += 1
                guard index < bytes.count else { throw unexpected() }
                let e = bytes[index]
                index += 1
                if let plain = JSONReader.unescaped(e) {
                    if keeping { out.append(plain) }
                    continue
                }
                switch e {
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw failure(at: index, .unpairedHighSurrogate)
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw failure(at: index, .invalidSurrogatePair)
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw failure(at: index, .unpairedLowSurrogate)
                    }
                    if keeping { out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8)) }
                default:
                    throw failure(at: index - 2, .invalidEscape(Character(Unicode.Scalar(e))))
                }
            }
        }
    }
}

extension JSONReader {
    /// The byte a one-letter escape stands for (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
    /// `\t`); nil for `\u` and for what JSON does not allow.
    public static func unescaped(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }
}
