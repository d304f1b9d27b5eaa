import PlanPressCore

/// A byte-level reader for the plain YAML that unit files are written in, giving the same `Node`
/// tree as composing libyaml's events (`YAMLReader`): the same texts, `isString`, lines and
/// columns (counted in Unicode scalars, as libyaml counts them), and the same duplicate-key
/// diagnostics in the same order.
///
/// It knows block mappings and sequences (also a sequence at its key's indentation), one-line
/// flow `[a, b]` and `{k: v}` of scalars, one-line plain, single- and double-quoted scalars
/// (a few escapes), `|` and `>` block scalars with `-`/`+` chomping, comments, LF and CRLF.
/// Anything else, and anything it is not sure it reads as libyaml would (anchors, aliases, tags,
/// directives, document markers, tabs, control characters, a plain scalar continued on the next
/// line, an unexpected indentation, syntax errors…), makes it decline with nil, so that
/// `YAMLReader` reads the file with libyaml and reports exactly what it always has.
struct FastYAMLReader {
    /// Why the reader gave up: never shown, the libyaml reader takes over.
    struct Decline: Error {}

    let path: String

    /// The deepest nesting read here; deeper files are left to libyaml and its limit.
    static let maximumDepth = 48

    /// The tree and the duplicate-key diagnostics, or nil when libyaml must read the file.
    func read(_ text: String) -> (Node, [Diagnostic])? {
        let result = text.utf8.withContiguousStorageIfAvailable { buffer -> (Node, [Diagnostic])? in
            guard Self.onlyPlainCharacters(buffer) else { return nil }
            var cursor = FastYAMLCursor(buffer: buffer, text: text, path: path)
            do {
                let root = try cursor.document()
                return (root, cursor.diagnostics)
            } catch {
                return nil
            }
        }
        return result ?? nil
    }

    /// False when the text holds a byte or character this reader leaves to libyaml: tabs, a CR not
    /// followed by LF, other controls, C1 controls (NEL among them), the line and paragraph
    /// separators (libyaml breaks lines there), a byte-order mark, U+FFFE/U+FFFF, and any
    /// character outside the Basic Multilingual Plane. The text is valid UTF-8 (it is a `String`),
    /// so only the bytes marked in `attention` need a look: controls and the lead bytes C2, E2,
    /// EF and F0–FF; continuation bytes and other leads pass.
    static func onlyPlainCharacters(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        attention.withUnsafeBufferPointer { table in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if !table[Int(c)] {
                    i += 1
                    continue
                }
                switch c {
                case 0x0A: i += 1
                case 0x0D:
                    guard i + 1 < n, b[i + 1] == 0x0A else { return false }
                    i += 2
                case 0xC2:
                    guard i + 1 < n, b[i + 1] >= 0xA0 else { return false }
                    i += 2
                case 0xE2:
                    guard i + 2 < n, !(b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)) else { return false }
                    i += 3
                case 0xEF:
                    guard i + 2 < n, !(b[i + 1] == 0xBB && b[i + 2] == 0xBF), !(b[i + 1] == 0xBF && b[i + 2] >= 0xBE) else { return false }
                    i += 3
                default: return false
                }
            }
            return true
        }
    }

    /// The bytes `onlyPlainCharacters` must look at.
    static let attention: [Bool] = (0...255).map { c in c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2 || c == 0xEF || c >= 0xF0 }
}
