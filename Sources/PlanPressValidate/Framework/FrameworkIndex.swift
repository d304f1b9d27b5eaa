import PlanPressCore

/// The codes a submission may name, gathered once from the framework.
public struct FrameworkIndex: Sendable {
    public var itemCodes: Set<String>
    public var indicatorCodes: Set<String>
    public var primaryPlanCodes: [String]
    /// The strategic indicators by code (the first of a duplicated code), for the rules of
    /// `indicator_results` that depend on the indicator's `aggregation`.
    public var indicators: [String: StrategicIndicator]

    public init(framework: PlanFramework, primaryPlan: String?) {
        let items = framework.allItems
        itemCodes = Set(items.map(\.code))
        indicatorCodes = Set(framework.allIndicators.map(\.code))
        primaryPlanCodes = items.filter { $0.planID == primaryPlan }.map(\.code)
        indicators = Dictionary(framework.allIndicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
