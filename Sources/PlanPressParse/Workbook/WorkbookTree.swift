import PlanPressCore

/// A document tree being built from cells: mappings keep their keys in the order they were
/// first set, as a YAML file written top to bottom would.
final class WorkbookTree {
    enum Value {
        case scalar(Scalar)
        case sequence([WorkbookTree])
        case mapping(keys: [String], entries: [String: (key: SourceLocation, node: WorkbookTree)])
    }

    var value: Value
    var location: SourceLocation

    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    static func mapping(at location: SourceLocation) -> WorkbookTree { WorkbookTree(.mapping(keys: [], entries: [:]), at: location) }

    /// The mapping at `components` below this one, made on the way where missing.
    func mapping(_ components: ArraySlice<Substring>, at location: SourceLocation) -> WorkbookTree {
        guard let first = components.first else { return self }
        let child = self.child(String(first)) ?? set(String(first), .mapping(at: location), keyAt: location)
        return child.mapping(components.dropFirst(), at: location)
    }

    func child(_ key: String) -> WorkbookTree? {
        guard case .mapping(_, let entries) = value else { return nil }
        return entries[key]?.node
    }

    /// Sets `key` (keeping its first place when it was already set).
    @discardableResult
    func set(_ key: String, _ node: WorkbookTree, keyAt location: SourceLocation) -> WorkbookTree {
        guard case .mapping(var keys, var entries) = value else { return node }
        if entries[key] == nil { keys.append(key) }
        entries[key] = (location, node)
        value = .mapping(keys: keys, entries: entries)
        return node
    }

    /// Appends to the list at `key`, making the list where missing.
    func append(_ node: WorkbookTree, to key: String, at location: SourceLocation) {
        let list = child(key) ?? set(key, WorkbookTree(.sequence([]), at: location), keyAt: location)
        if case .sequence(var items) = list.value {
            items.append(node)
            list.value = .sequence(items)
        }
    }

    /// The tree as the validator reads it.
    var node: Node {
        switch value {
        case .scalar(let s): return Node(.scalar(s), at: location)
        case .sequence(let items): return Node(.sequence(items.map(\.node)), at: location)
        case .mapping(let keys, let entries):
            return Node(
                .mapping(keys.map { Entry(key: $0, keyLocation: entries[$0]!.key, value: entries[$0]!.node.node) }), at: location)
        }
    }
}
