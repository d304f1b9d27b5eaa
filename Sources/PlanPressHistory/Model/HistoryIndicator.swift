import PlanPressValidate

/// A strategic indicator of an earlier year's report (`plans[].items[].indicators[]`): what it
/// measured and where it stood that year.
public struct HistoryIndicator: Sendable {
    public var code: String
    /// The item it belongs to, and that item's plan.
    public var itemCode: String
    public var planID: String
    public var name: String
    public var unit: String?
    public var direction: Direction
    public var result: IndicatorYear

    public init(
        code: String, itemCode: String, planID: String, name: String, unit: String? = nil, direction: Direction, result: IndicatorYear
    ) {
        self.code = code
        self.itemCode = itemCode
        self.planID = planID
        self.name = name
        self.unit = unit
        self.direction = direction
        self.result = result
    }
}
