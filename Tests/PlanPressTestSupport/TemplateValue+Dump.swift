import PlanPressTemplates

extension TemplateValue {
    /// The value as one line, objects with their keys sorted, lazy lists made: two values that
    /// render alike have the same dump.
    public var dump: String {
        switch self {
        case .text(let t): return "t(\(t))"
        case .flag(let f): return "f(\(f))"
        case .list(let items): return "[" + items.map(\.dump).joined(separator: ",") + "]"
        case .lazyList(let list): return "L[" + (0..<list.count).map { list.make($0).dump }.joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.keys.sorted().map { "\($0):\(fields[$0]!.dump)" }.joined(separator: ",") + "}"
        }
    }
}
