import Foundation
import PlanPressCore
import PlanPressParse

/// Finds the values that an unedited skeleton (`planpress new unit`) still holds, such as
/// `<ชื่อโครงการ>`, and reports each one once (PP210) with what to write instead.
///
/// A placeholder stands where a value of some type belongs, so the field's own rule would also
/// complain ("not a number", "unknown code"); those echoes at the placeholder's spot are dropped,
/// leaving the unit one clear message per placeholder.
public enum SkeletonPlaceholder {
    /// The placeholder texts the skeleton writes (both languages), longest first so that the
    /// most specific one is named.
    static let known: [(text: String, bytes: [UInt8], field: SkeletonField)] = SkeletonField.all.flatMap { f in
        Language.allCases.map { (f.placeholder($0), Array(f.placeholder($0).utf8), f) }
    }.sorted { $0.text.count > $1.text.count }

    /// The placeholder `text` is or still contains, if any.
    public static func placeholder(in text: String) -> String? {
        // Every placeholder starts with `<`: most values have none and are passed at byte speed
        // (Foundation's `contains` folds Thai clusters and was most of a national build's time).
        guard text.utf8.contains(0x3C) else { return nil }
        let t = text.trimmingCharacters(in: FieldReader.blank)
        let bytes = Array(t.utf8)
        let starts = bytes.indices.filter { bytes[$0] == 0x3C }
        for k in known where starts.contains(where: { bytes.has(k.bytes, at: $0) }) { return k.text }
        // A whole value in angle brackets, `<ใส่ชื่อ>`, is a placeholder too (an older skeleton's
        // or one a staff member wrote), but not a Markdown autolink `<https://…>` or `<a@b.c>`.
        guard t.count > 2, t.hasPrefix("<"), t.hasSuffix(">") else { return nil }
        let inner = t.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline }), !inner.contains("://"), !inner.contains("@") else {
            return nil
        }
        return t
    }

    /// One PP210 per placeholder value of the document, in document order. With the document's
    /// `text`, a block scalar's placeholder is located on its own line, not at the `|`.
    public static func find(in root: Node, text: String? = nil) -> [Diagnostic] {
        // Every placeholder holds a `<`: a document without one has none, and its paths are not
        // built. A scalar's `<` is in the text it was read from, or came from an escape (`\`).
        if let text, !mayHoldAngle(text) { return [] }
        guard anyScalarHasAngle(root) else { return [] }
        // Split into lines only when a placeholder is found: almost every file has none.
        var split: [Substring]?
        func place(_ location: SourceLocation) -> SourceLocation {
            if split == nil { split = text.map { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) } ?? [] }
            let lines = split ?? []
            guard location.line >= 1, location.line <= lines.count else { return location }
            let line = Array(lines[location.line - 1].unicodeScalars)
            guard location.column >= 1, location.column <= line.count, line[location.column - 1] == "|" || line[location.column - 1] == ">"
            else { return location }
            for n in location.line..<lines.count {
                let next = Array(lines[n].unicodeScalars)
                if let first = next.firstIndex(where: { $0 != " " && $0 != "\t" }) {
                    return SourceLocation(path: location.path, line: n + 1, column: first + 1)
                }
            }
            return location
        }
        var out: [Diagnostic] = []
        // Iterative walk: the reader already bounds the depth, and the stack keeps it that way.
        var stack: [(node: Node, shown: String, path: String)] = [(root, "", "")]
        while let (node, shown, path) = stack.popLast() {
            switch node.value {
            case .scalar(let s):
                if let p = placeholder(in: s.text) {
                    out.append(Placeholder.diagnostic(p, text: s.text, at: place(node.location), shown: shown, path: path))
                }
            case .sequence(let items):
                for (i, item) in items.enumerated().reversed() {
                    stack.append((item, "\(shown)[\(i + 1)]", "\(path)[]"))
                }
            case .mapping(let entries):
                for e in entries.reversed() {
                    let join = shown.isEmpty ? "" : "."
                    stack.append((e.value, shown + join + e.key, (path.isEmpty ? "" : path + ".") + e.key))
                }
            }
        }
        return out
    }

    /// Adds the placeholder diagnostics and drops every other diagnostic at a placeholder's value
    /// (`values`: where the placeholders' nodes start): "not a number" about `<งบประมาณ>` only
    /// repeats what PP210 says better.
    public static func merge(_ placeholders: [Diagnostic], values: [SourceLocation], into diagnostics: [Diagnostic]) -> [Diagnostic] {
        let spots = Set(values + placeholders.map(\.location))
        return diagnostics.filter { !spots.contains($0.location) } + placeholders
    }

    /// Whether `text` holds a `<` or a `\`.
    static func mayHoldAngle(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x3C, bytes.count) != nil || memchr(base, 0x5C, bytes.count) != nil
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether some scalar of the tree holds a `<` (where every placeholder starts).
    static func anyScalarHasAngle(_ root: Node) -> Bool {
        var stack = [root]
        while let node = stack.popLast() {
            switch node.value {
            case .scalar(let s):
                let found = s.text.utf8.withContiguousStorageIfAvailable { $0.contains(0x3C) } ?? s.text.utf8.contains(0x3C)
                if found { return true }
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let entries): for e in entries { stack.append(e.value) }
            }
        }
        return false
    }

    /// Where the placeholder values of the document start (their nodes' locations).
    public static func valueLocations(in root: Node) -> [SourceLocation] {
        var out: [SourceLocation] = []
        var stack = [root]
        while let node = stack.popLast() {
            switch node.value {
            case .scalar(let s): if placeholder(in: s.text) != nil { out.append(node.location) }
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let entries): stack.append(contentsOf: entries.map(\.value))
            }
        }
        return out
    }
}

extension [UInt8] {
    /// Whether `needle` occurs in these bytes starting at `offset`.
    fileprivate func has(_ needle: [UInt8], at offset: Int) -> Bool {
        guard offset + needle.count <= count else { return false }
        for i in needle.indices where self[offset + i] != needle[i] { return false }
        return true
    }
}
