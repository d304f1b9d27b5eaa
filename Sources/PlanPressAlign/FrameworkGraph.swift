import PlanPressValidate

/// The framework as a directed acyclic graph: an item points to its parent (nesting) and to
/// the items it `supports`. Validation guarantees `supports` only points to smaller ranks and
/// nesting only upwards, so the graph has no cycle.
public struct FrameworkGraph: Sendable {
    public let items: [String: PlanItem]
    /// Every item's direct successors: its parent and its `supports` codes that exist.
    let edges: [String: [String]]
    /// Every item's closure, computed once.
    let closures: [String: Set<String>]

    public init(_ framework: PlanFramework) {
        var items: [String: PlanItem] = [:]
        for item in framework.allItems where items[item.code] == nil { items[item.code] = item }
        var edges: [String: [String]] = [:]
        for (code, item) in items {
            var next = item.supports.map(\.code).filter { items[$0] != nil }
            if let p = item.parent { next.append(p) }
            edges[code] = next
        }
        self.items = items
        self.edges = edges
        var closures: [String: Set<String>] = [:]
        for code in items.keys { closures[code] = Self.reach(from: [code], edges: edges) }
        self.closures = closures
    }

    /// Iterative depth-first search; a visited set keeps diamonds from being walked twice.
    static func reach(from start: [String], edges: [String: [String]]) -> Set<String> {
        var seen = Set<String>()
        var stack = start
        while let code = stack.popLast() {
            guard seen.insert(code).inserted else { continue }
            stack.append(contentsOf: edges[code] ?? [])
        }
        return seen
    }

    /// Everything the given codes reach: the codes themselves, their ancestors and, transitively,
    /// everything they or their ancestors support.
    public func closure(of codes: [String]) -> Set<String> {
        var out = Set<String>()
        for c in codes {
            if let known = closures[c] { out.formUnion(known) }
        }
        return out
    }
}
