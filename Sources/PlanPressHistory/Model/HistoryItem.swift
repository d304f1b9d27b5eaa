import PlanPressAlign

/// A plan item of an earlier year's report (`plans[].items[]`) with its roll-up.
public struct HistoryItem: Sendable {
    public var code: String
    /// The plan the item belongs to (`plans[].id`).
    public var planID: String
    public var name: String
    public var parent: String?
    public var depth: Int
    /// The projects that reached the item that year, counted as the roll-ups count them.
    public var rollup: Figures

    public init(code: String, planID: String, name: String, parent: String? = nil, depth: Int = 1, rollup: Figures) {
        self.code = code
        self.planID = planID
        self.name = name
        self.parent = parent
        self.depth = depth
        self.rollup = rollup
    }
}
