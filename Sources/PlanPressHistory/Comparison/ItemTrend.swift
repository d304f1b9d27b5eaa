import PlanPressAlign

/// A plan item over the years, matched by its code: its roll-up in each year it existed.
public struct ItemTrend: Sendable {
    public var code: String
    /// The plan of the item: this year's, else that of the latest year that has it.
    public var planID: String
    /// The item's name as this year's framework gives it, else as the latest year that has it.
    public var name: String
    /// The item's parent code (nil for a top-level item): this year's, else the latest year's.
    public var parent: String?
    public var rollup: Trend<Figures>

    public init(code: String, planID: String, name: String, parent: String? = nil, rollup: Trend<Figures>) {
        self.code = code
        self.planID = planID
        self.name = name
        self.parent = parent
        self.rollup = rollup
    }

    public var presence: Presence { rollup.presence }
}
