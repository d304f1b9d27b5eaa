import PlanPressAlign

/// A plan item over the years, matched by its code: its roll-up in each year it existed.
public struct ItemTrend: Sendable {
    public var code: String
    /// The plan of the item: this year's, else that of the latest year that has it.
    public var planID: String
    /// The item's name as this year's framework gives it, else as the latest year that has it.
    public var name: String
    /// The item's depth in its plan (1 for a plan's top items): this year's, else the latest
    /// year's that has it.
    public var depth: Int
    public var rollup: Trend<Figures>

    public init(code: String, planID: String, name: String, depth: Int = 1, rollup: Trend<Figures>) {
        self.code = code
        self.planID = planID
        self.name = name
        self.depth = depth
        self.rollup = rollup
    }

    public var presence: Presence { rollup.presence }
}
