import PlanPressValidate

/// A strategic indicator over the years, matched by its code: its value, target and status in
/// each year it existed.
public struct IndicatorTrend: Sendable {
    public var code: String
    /// The item and plan it belongs to, its name, unit and direction: this year's, else the
    /// latest year's that has it.
    public var itemCode: String
    public var planID: String
    public var name: String
    public var unit: String?
    public var direction: Direction
    public var results: Trend<IndicatorYear>

    public init(
        code: String, itemCode: String, planID: String, name: String, unit: String?, direction: Direction, results: Trend<IndicatorYear>
    ) {
        self.code = code
        self.itemCode = itemCode
        self.planID = planID
        self.name = name
        self.unit = unit
        self.direction = direction
        self.results = results
    }

    public var presence: Presence { results.presence }
}
