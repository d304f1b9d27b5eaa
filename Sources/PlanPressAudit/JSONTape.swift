import PlanPressParse

/// A JSON document read back for the channel audit: the grammar of `JSONReader` exactly (the
/// same documents are accepted and refused, nesting limited to `YAMLReader.maximumDepth`), but
/// kept as a flat list of values over the bytes, with no positions and no tree of strings.
///
/// Values are in document order; a container's members follow it, and `after` is the index just
/// past its last descendant. Duplicate keys are kept: as `JSONReader` keeps the first of them,
/// readers take the first member with a key (`member`) or skip repeats (`members`).
struct JSONTape {
    enum Kind: UInt8 {
        case object, array, string, number, literal
    }

    struct Value {
        var kind: Kind
        /// A string (value or key) holding a backslash escape: decoded when read.
        var escaped = false
        var keyEscaped = false
        /// Strings: the bytes between the quotes; other scalars: their text; containers: unused.
        var start: Int32
        var end: Int32
        /// The member's key (the bytes between its quotes), or -1 outside objects.
        var keyStart: Int32 = -1
        var keyEnd: Int32 = -1
        var after: Int32 = 0
    }

    let bytes: [UInt8]
    private(set) var values: [Value] = []

    /// Nil when `bytes` is not JSON that `JSONReader` accepts.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        var parser = Parser(count: bytes.count)
        let ok = bytes.withUnsafeBufferPointer { p -> Bool in
            parser.skipWhitespace(p)
            guard parser.index < p.count else { return false }
            guard parser.value(p, depth: 0, key: nil) else { return false }
            parser.skipWhitespace(p)
            return parser.index == p.count
        }
        guard ok else { return nil }
        values = parser.values
    }

    // MARK: Reading

    /// The first member of object `v` whose key is `key` (ASCII, no escapes needed to match it).
    func member(_ v: Int?, _ key: StaticString) -> Int? {
        guard let v, values[v].kind == .object else { return nil }
        var c = v + 1
        let end = Int(values[v].after)
        while c < end {
            if keyEquals(c, key) { return c }
            c = Int(values[c].after)
        }
        return nil
    }

    /// The items of array `v` (none when `v` is not an array).
    func items(_ v: Int?) -> [Int] {
        guard let v, values[v].kind == .array else { return [] }
        var out: [Int] = []
        var c = v + 1
        let end = Int(values[v].after)
        while c < end {
            out.append(c)
            c = Int(values[c].after)
        }
        return out
    }

    /// The members of object `v` as `JSONReader` keeps them: the first of each key, in order.
    func members(_ v: Int?) -> [(key: String, value: Int)] {
        guard let v, values[v].kind == .object else { return [] }
        var out: [(String, Int)] = []
        var seen = Set<String>()
        var c = v + 1
        let end = Int(values[v].after)
        while c < end {
            let key = decoded(values[c].keyStart, values[c].keyEnd, escaped: values[c].keyEscaped)
            if seen.insert(key).inserted { out.append((key, c)) }
            c = Int(values[c].after)
        }
        return out
    }

    /// A scalar's text as `JSONReader` gives it (`Scalar.text`); nil for containers and for nil.
    func text(_ v: Int?) -> String? {
        guard let v else { return nil }
        let value = values[v]
        switch value.kind {
        case .object, .array: return nil
        case .string: return decoded(value.start, value.end, escaped: value.escaped)
        case .number, .literal: return String(decoding: bytes[Int(value.start)..<Int(value.end)], as: UTF8.self)
        }
    }

    private func keyEquals(_ c: Int, _ key: StaticString) -> Bool {
        let value = values[c]
        if value.keyEscaped {
            return decoded(value.keyStart, value.keyEnd, escaped: true) == String(describing: key)
        }
        let s = Int(value.keyStart)
        let n = Int(value.keyEnd) - s
        guard n == key.utf8CodeUnitCount else { return false }
        let k = key.utf8Start
        for i in 0..<n where bytes[s + i] != k[i] { return false }
        return true
    }

    /// The text of a string's bytes, with escapes decoded as `JSONReader` decodes them.
    private func decoded(_ start: Int32, _ end: Int32, escaped: Bool) -> String {
        let range = Int(start)..<Int(end)
        guard escaped else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        var i = range.lowerBound
        func hex4(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = bytes[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                default: d = UInt32(c - 0x61 + 10)
                }
                v = v << 4 | d
            }
            return v
        }
        while i < range.upperBound {
            let b = bytes[i]
            guard b == 0x5C else {
                out.append(b)
                i += 1
                continue
            }
            let e = bytes[i + 1]
            i += 2
            // The tape accepted the string, so an escape is `\u` or one of JSONReader's letters.
            if let plain = JSONReader.unescaped(e) {
                out.append(plain)
                continue
            }
            var scalar = hex4(i)
            i += 4
            if (0xD800...0xDBFF).contains(scalar) {
                let low = hex4(i + 2)
                i += 6
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            out.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Parsing

    private struct Parser {
        let count: Int
        var index = 0
        var values: [Value] = []

        init(count: Int) {
            self.count = count
            values.reserveCapacity(count / 16)
        }

        mutating func skipWhitespace(_ p: UnsafeBufferPointer<UInt8>) {
            while index < count {
                switch p[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// Reads one value (and everything inside it); false where `JSONReader` throws.
        mutating func value(_ p: UnsafeBufferPointer<UInt8>, depth: Int, key: (Int32, Int32, Bool)?) -> Bool {
            skipWhitespace(p)
            guard index < count else { return false }
            let slot = values.count
            var v = Value(kind: .literal, start: Int32(index), end: Int32(index))
            if let key {
                v.keyStart = key.0
                v.keyEnd = key.1
                v.keyEscaped = key.2
            }
            switch p[index] {
            case UInt8(ascii: "{"):
                v.kind = .object
                values.append(v)
                guard object(p, depth: depth + 1) else { return false }
            case UInt8(ascii: "["):
                v.kind = .array
                values.append(v)
                guard array(p, depth: depth + 1) else { return false }
            case UInt8(ascii: "\""):
                guard let (s, e, escaped) = string(p) else { return false }
                v.kind = .string
                v.start = s
                v.end = e
                v.escaped = escaped
                values.append(v)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                var length = 0
                for word in ["true", "false", "null"] where length == 0 {
                    let w = Array(word.utf8)
                    if index + w.count <= count, (0..<w.count).allSatisfy({ p[index + $0] == w[$0] }) { length = w.count }
                }
                guard length > 0 else { return false }
                index += length
                v.end = Int32(index)
                values.append(v)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard number(p) else { return false }
                v.kind = .number
                v.end = Int32(index)
                values.append(v)
            default:
                return false
            }
            values[slot].after = Int32(values.count)
            return true
        }

        mutating func object(_ p: UnsafeBufferPointer<UInt8>, depth: Int) -> Bool {
            guard depth <= YAMLReader.maximumDepth else { return false }
            index += 1
            skipWhitespace(p)
            if index < count, p[index] == UInt8(ascii: "}") {
                index += 1
                return true
            }
            while true {
                skipWhitespace(p)
                guard index < count, p[index] == UInt8(ascii: "\""), let key = string(p) else { return false }
                skipWhitespace(p)
                guard index < count, p[index] == UInt8(ascii: ":") else { return false }
                index += 1
                guard value(p, depth: depth, key: key) else { return false }
                skipWhitespace(p)
                guard index < count else { return false }
                if p[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if p[index] == UInt8(ascii: "}") {
                    index += 1
                    return true
                }
                return false
            }
        }

        mutating func array(_ p: UnsafeBufferPointer<UInt8>, depth: Int) -> Bool {
            guard depth <= YAMLReader.maximumDepth else { return false }
            index += 1
            skipWhitespace(p)
            if index < count, p[index] == UInt8(ascii: "]") {
                index += 1
                return true
            }
            while true {
                skipWhitespace(p)
                if index < count, p[index] == UInt8(ascii: "]") { return false }
                guard value(p, depth: depth, key: nil) else { return false }
                skipWhitespace(p)
                guard index < count else { return false }
                if p[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if p[index] == UInt8(ascii: "]") {
                    index += 1
                    return true
                }
                return false
            }
        }

        mutating func number(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
            func digits() -> Int {
                let s = index
                while index < count, p[index] >= 0x30, p[index] <= 0x39 { index += 1 }
                return index - s
            }
            if p[index] == UInt8(ascii: "-") { index += 1 }
            guard index < count else { return false }
            if p[index] == UInt8(ascii: "0") {
                index += 1
                if index < count, p[index] >= 0x30, p[index] <= 0x39 { return false }
            } else if digits() == 0 {
                return false
            }
            if index < count, p[index] == UInt8(ascii: ".") {
                index += 1
                if digits() == 0 { return false }
            }
            if index < count, p[index] == UInt8(ascii: "e") || p[index] == UInt8(ascii: "E") {
                index += 1
                if index < count, p[index] == UInt8(ascii: "+") || p[index] == UInt8(ascii: "-") { index += 1 }
                if digits() == 0 { return false }
            }
            return true
        }

        mutating func hex4(_ p: UnsafeBufferPointer<UInt8>) -> UInt32? {
            guard index + 4 <= count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = p[index]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
                index += 1
            }
            return v
        }

        /// A string at `index` (its opening quote): the range between the quotes and whether it
        /// holds an escape; nil where `JSONReader` refuses it.
        mutating func string(_ p: UnsafeBufferPointer<UInt8>) -> (Int32, Int32, Bool)? {
            index += 1
            let start = index
            var escaped = false
            while true {
                guard index < count else { return nil }
                let b = p[index]
                if b == UInt8(ascii: "\"") {
                    index += 1
                    return (Int32(start), Int32(index - 1), escaped)
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                escaped = true
                index += 1
                guard index < count else { return nil }
                let e = p[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
                    UInt8(ascii: "r"), UInt8(ascii: "t"):
                    continue
                case UInt8(ascii: "u"):
                    guard let scalar = hex4(p) else { return nil }
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 1 < count, p[index] == UInt8(ascii: "\\"), p[index + 1] == UInt8(ascii: "u") else { return nil }
                        index += 2
                        guard let low = hex4(p), (0xDC00...0xDFFF).contains(low) else { return nil }
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        return nil
                    }
                default:
                    return nil
                }
            }
        }
    }
}
