import PlanPressAlign

/// A plan item over the years, matched by its code: its roll-up in each year it existed.
public struct ItemTrend: Sendable {
    public var code: String
    /// The plan of the item: this year's, else that of the latest year that has it.
    public var planID: String
    /// The item's name as this year's framework gives it, else as the latest year that has it.
    public var name: String
    public var rollup: Trend<Figures>

    public init(code: String, planID: String, name: String, rollup: Trend<Figures>) {
        self.code = code
        self.planID = planID
        self.name = name
        self.rollup = rollup
    }

    public var presence: Presence { rollup.presence }
}
