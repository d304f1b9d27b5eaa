import PlanPressCore

/// The entries of a mapping being read, with the duplicate-key rule (`DuplicateKey`).
///
/// The keys kept are exactly those of `entries`, so a short mapping looks them up there (with the
/// same `String` equality a dictionary uses) and only a long one builds a dictionary.
struct MappingBuilder {
    private(set) var entries: [Entry] = []
    private var seen: [String: SourceLocation]?

    private static let linearLimit = 24

    mutating func add(key: String, at keyLocation: SourceLocation, value: Node, diagnostics: inout [Diagnostic]) {
        if let first = firstLocation(of: key) {
            diagnostics.append(DuplicateKey.diagnostic(key, at: keyLocation, first: first))
            return
        }
        entries.append(Entry(key: key, keyLocation: keyLocation, value: value))
        if seen != nil {
            seen![key] = keyLocation
        } else if entries.count > Self.linearLimit {
            var all: [String: SourceLocation] = [:]
            for e in entries { all[e.key] = e.keyLocation }
            seen = all
        }
    }

    private func firstLocation(of key: String) -> SourceLocation? {
        if let seen { return seen[key] }
        for e in entries where e.key == key { return e.keyLocation }
        return nil
    }
}
