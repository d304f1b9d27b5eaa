/// A JSON value whose object keys keep the order they were added in, written deterministically.
///
/// Numbers are kept as their decimal text, so money is written exactly (`1250000.00`), never
/// through a binary floating-point value.
public enum JSONValue: Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose items are made only as it is written, on every core, and let go once
    /// written (the units of a national `report.json`: a tree of them took a gigabyte).
    case lazyArray(LazyItems<JSONValue>)

    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// Pretty-printed with two spaces, `\n` line ends and a final newline.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(&out, indent: 0) { _ in }
        out.append(0x0A)
        return out
    }

    /// `serialized()`, handed to `flush` a piece at a time (each time a long lazy array has
    /// added a megabyte, and at the end) instead of returned whole.
    public func serialize(flushEvery: Int = 1 << 20, flush: (inout [UInt8]) -> Void) {
        var out: [UInt8] = []
        write(&out, indent: 0, flushEvery: flushEvery, flush: flush)
        out.append(0x0A)
        flush(&out)
    }

    /// One line, no indentation: for files only programs read, such as the search index.
    public func serializedCompact() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        writeCompact(&out)
        out.append(0x0A)
        return out
    }

    private func writeCompact(_ out: inout [UInt8]) {
        switch self {
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                item.writeCompact(&out)
            }
            out.append(0x5D)
        case .object(let pairs):
            out.append(0x7B)
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(0x2C) }
                Self.writeString(key, &out)
                out.append(0x3A)
                value.writeCompact(&out)
            }
            out.append(0x7D)
        case .lazyArray(let list):
            out.append(0x5B)
            for i in 0..<list.count {
                if i > 0 { out.append(0x2C) }
                list.make(i).writeCompact(&out)
            }
            out.append(0x5D)
        default:
            write(&out, indent: 0) { _ in }
        }
    }

    private func write(_ out: inout [UInt8], indent: Int, flushEvery: Int = 1 << 20, flush: (inout [UInt8]) -> Void) {
        switch self {
        case .string(let s): Self.writeString(s, &out)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty {
                out.append(0x5B)
                out.append(0x5D)
                return
            }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                out.append(0x0A)
                Self.indent(&out, indent + 2)
                item.write(&out, indent: indent + 2, flushEvery: flushEvery, flush: flush)
            }
            out.append(0x0A)
            Self.indent(&out, indent)
            out.append(0x5D)
        case .lazyArray(let list):
            if list.count == 0 {
                out.append(0x5B)
                out.append(0x5D)
                return
            }
            out.append(0x5B)
            // Chunks of items written on every core and appended in order, a window at a time:
            // the bytes `.array` writes.
            Parallel.stream(
                runsOf: list.count,
                { run in
                    var part: [UInt8] = []
                    for i in run {
                        if i > 0 { part.append(0x2C) }
                        part.append(0x0A)
                        Self.indent(&part, indent + 2)
                        list.make(i).write(&part, indent: indent + 2) { _ in }
                    }
                    return part
                },
                consume: { part in
                    out.append(contentsOf: part)
                    if out.count >= flushEvery { flush(&out) }
                })
            out.append(0x0A)
            Self.indent(&out, indent)
            out.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty {
                out.append(0x7B)
                out.append(0x7D)
                return
            }
            out.append(0x7B)
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(0x2C) }
                out.append(0x0A)
                Self.indent(&out, indent + 2)
                Self.writeString(key, &out)
                out.append(0x3A)
                out.append(0x20)
                value.write(&out, indent: indent + 2, flushEvery: flushEvery, flush: flush)
            }
            out.append(0x0A)
            Self.indent(&out, indent)
            out.append(0x7D)
        }
    }

    /// `n` spaces.
    @inline(__always)
    private static func indent(_ out: inout [UInt8], _ n: Int) {
        for _ in 0..<n { out.append(0x20) }
    }

    package static func writeString(_ s: String, _ out: inout [UInt8]) {
        SimpleText.withBytes(s) { writeString(bytes: $0, &out) }
    }

    /// A JSON string of the UTF-8 `bytes`: runs that need no escape are copied whole.
    package static func writeString(bytes p: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8]) {
        out.append(0x22)
        var run = 0
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x3C {
                i += 1
                continue
            }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x3C: out.append(contentsOf: "\\u003c".utf8)  // keeps `</script>` inert if embedded
            default:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
            i += 1
            run = i
        }
        if run < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<n])) }
        out.append(0x22)
    }

}
