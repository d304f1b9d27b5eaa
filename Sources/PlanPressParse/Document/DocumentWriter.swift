import PlanPressCore

/// Writes a document tree as YAML or JSON text: what `planpress convert` writes, so that a
/// workbook's document can be read back as the same tree from either syntax.
///
/// Texts the author marked as strings (quoted, block or JSON strings, and every text cell of a
/// workbook) stay strings: quoted, or a block scalar when they hold several lines. Other scalars
/// are written plain when YAML reads them back as the same text.
public enum DocumentWriter {
    /// The document as YAML, two spaces per level, keys in the tree's order.
    public static func yaml(_ root: Node) -> String {
        var out = ""
        if case .mapping(let entries) = root.value {
            for entry in entries { mappingEntry(entry, indent: 0, into: &out) }
        } else {
            value(root, indent: 0, into: &out)
        }
        return out
    }

    /// The document as JSON, two spaces per level.
    public static func json(_ root: Node) -> String {
        var out = ""
        jsonValue(root, indent: 0, into: &out)
        return out + "\n"
    }

    // MARK: YAML

    static func mappingEntry(_ entry: Entry, indent: Int, into out: inout String) {
        out += String(repeating: " ", count: indent) + key(entry.key) + ":"
        switch entry.value.value {
        case .scalar:
            out += " "
            scalar(entry.value, indent: indent + 2, into: &out)
        case .sequence(let items) where items.isEmpty: out += " []\n"
        case .mapping(let entries) where entries.isEmpty: out += " {}\n"
        case .sequence:
            out += "\n"
            value(entry.value, indent: indent, into: &out)
        case .mapping:
            out += "\n"
            value(entry.value, indent: indent + 2, into: &out)
        }
    }

    static func value(_ node: Node, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch node.value {
        case .scalar:
            out += pad
            scalar(node, indent: indent + 2, into: &out)
        case .sequence(let items):
            for item in items {
                out += pad + "- "
                switch item.value {
                case .scalar: scalar(item, indent: indent + 2, into: &out)
                case .mapping(let entries) where !entries.isEmpty:
                    // The first key on the dash's line, the others below it.
                    var first = ""
                    mappingEntry(entries[0], indent: indent + 2, into: &first)
                    out += String(first.dropFirst(indent + 2))
                    for entry in entries.dropFirst() { mappingEntry(entry, indent: indent + 2, into: &out) }
                case .mapping: out += "{}\n"
                case .sequence(let inner) where inner.isEmpty: out += "[]\n"
                case .sequence:
                    out += "\n"
                    value(item, indent: indent + 2, into: &out)
                }
            }
        case .mapping(let entries):
            for entry in entries { mappingEntry(entry, indent: indent, into: &out) }
        }
    }

    /// A scalar after `key: ` or `- `, and its line end.
    static func scalar(_ node: Node, indent: Int, into out: inout String) {
        guard let s = node.scalar else { return }
        if !s.isString {
            out += (isPlainSafe(s.text) ? s.text : quoted(s.text)) + "\n"
            return
        }
        if s.text.contains("\n"), let block = block(s.text, indent: indent) {
            out += block
            return
        }
        // Plain where YAML reads the same text back as a text (not a number, a date, a flag or null).
        out += (isPlainSafe(s.text) && !looksLikeAValue(s.text) ? s.text : quoted(s.text)) + "\n"
    }

    /// A literal block scalar (`|`, `|-` or `|+`), nil when the text cannot be one exactly.
    static func block(_ text: String, indent: Int) -> String? {
        var body = text
        var chomp = "-"
        if body.hasSuffix("\n") {
            body.removeLast()
            chomp = body.hasSuffix("\n") ? "+" : ""
            if chomp == "+" { return nil }
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        // A first line starting with a space needs an indentation indicator; a tab, a carriage
        // return or a trailing space on a line is kept exactly only by quoting.
        guard let first = lines.first, !first.hasPrefix(" "), !body.contains("\r"), !body.contains("\t"),
            !lines.contains(where: { $0.hasSuffix(" ") })
        else { return nil }
        let pad = String(repeating: " ", count: indent)
        return "|\(chomp)\n" + lines.map { $0.isEmpty ? "\n" : pad + $0 + "\n" }.joined()
    }

    static func key(_ key: String) -> String {
        let simple =
            !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789_-.".unicodeScalars.contains($0) }
            && !"-.".contains(key.first!)
        return simple ? key : quoted(key)
    }

    /// True when YAML reads `text`, written plain, as this same text.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if " \t".unicodeScalars.contains(last) || " \t".unicodeScalars.contains(first) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // A negative number is plain.
            return first == "-" && text.dropFirst().first.map(\.isNumber) == true && !text.contains(": ") && !text.contains(" #")
        }
        return !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":") && !text.contains("\n")
            && !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Texts that a plain scalar would turn into something else, or that read as a number or a
    /// date: kept quoted so that the document says they are texts.
    static func looksLikeAValue(_ text: String) -> Bool {
        switch text.lowercased() {
        case "", "~", "null", "true", "false", "yes", "no", "on", "off", ".inf", "-.inf", ".nan": return true
        default: break
        }
        return text.unicodeScalars.allSatisfy { "0123456789๐๑๒๓๔๕๖๗๘๙+-.,:eE _".unicodeScalars.contains($0) }
    }

    /// A double-quoted scalar, as JSON writes strings (YAML reads JSON strings).
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONValue.writeString(text, &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: JSON

    static func jsonValue(_ node: Node, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch node.value {
        case .scalar(let s):
            if node.isNull {
                out += "null"
            } else if !s.isString, let b = s.bool {
                out += b ? "true" : "false"
            } else if !s.isString, isJSONNumber(s.text) {
                out += s.text
            } else {
                out += quoted(s.text)
            }
        case .sequence(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                jsonValue(item, indent: indent + 1, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .mapping(let entries):
            guard !entries.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, entry) in entries.enumerated() {
                out += pad + quoted(entry.key) + ": "
                jsonValue(entry.value, indent: indent + 1, into: &out)
                out += i == entries.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        }
    }

    /// RFC 8259's number grammar.
    static func isJSONNumber(_ text: String) -> Bool {
        text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil
    }
}
