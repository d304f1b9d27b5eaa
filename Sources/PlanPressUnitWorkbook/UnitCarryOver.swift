import PlanPressCore
import PlanPressParse

/// Next year's report started from last year's: the unit's block, and the projects that continue
/// (neither completed nor cancelled) with this year's results cleared.
public enum UnitCarryOver {
    /// The statuses of projects that end with the year.
    public static let finished: Set<String> = ["completed", "cancelled"]
    /// A project's fields that hold the year's results: left out of next year's start.
    public static let projectResults: Set<String> = ["status", "results", "problems", "suggestions", "evidence", "beneficiaries"]
    /// An indicator's fields that hold the year's result.
    public static let indicatorResults: Set<String> = ["actual", "achieved"]

    /// Last year's document `root` as the start of `fiscalYear`'s.
    public static func nextYear(_ root: Node, fiscalYear: Int?) -> Node {
        guard case .mapping(let entries) = root.value else { return root }
        var out: [Entry] = []
        for entry in entries {
            switch entry.key {
            case "format", "unit": out.append(entry)
            case "fiscal_year":
                var e = entry
                if let fiscalYear { e.value = Node(.scalar(Scalar(String(fiscalYear), isString: false)), at: entry.value.location) }
                out.append(e)
            case "projects":
                var e = entry
                if case .sequence(let items) = entry.value.value {
                    let kept = items.filter { !finished.contains(field($0, "status")?.scalar?.text ?? "") }.map(project)
                    e.value = Node(.sequence(kept), at: entry.value.location)
                }
                out.append(e)
            default: continue  // the dates, the summary and the plan's indicator results are the year's
            }
        }
        return Node(.mapping(out), at: root.location)
    }

    static func project(_ node: Node) -> Node {
        guard case .mapping(let entries) = node.value else { return node }
        var out: [Entry] = []
        for entry in entries where !projectResults.contains(entry.key) {
            var e = entry
            switch entry.key {
            case "budget":
                // The allocation is next year's to give; the spending is this year's.
                if case .mapping(let fields) = entry.value.value {
                    e.value = Node(.mapping(fields.filter { $0.key == "source" }), at: entry.value.location)
                }
            case "indicators":
                if case .sequence(let items) = entry.value.value {
                    e.value = Node(
                        .sequence(
                            items.map { item in
                                guard case .mapping(let fields) = item.value else { return item }
                                return Node(.mapping(fields.filter { !indicatorResults.contains($0.key) }), at: item.location)
                            }), at: entry.value.location)
                }
            default: break
            }
            out.append(e)
        }
        return Node(.mapping(out), at: node.location)
    }

    static func field(_ node: Node, _ key: String) -> Node? {
        guard case .mapping(let entries) = node.value else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
