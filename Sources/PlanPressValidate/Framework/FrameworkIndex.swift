import PlanPressCore

/// The codes a submission may name, gathered once from the framework.
public struct FrameworkIndex: Sendable {
    public var itemCodes: Set<String>
    public var indicatorCodes: Set<String>
    public var primaryPlanCodes: [String]

    public init(framework: PlanFramework, primaryPlan: String?) {
        let items = framework.allItems
        itemCodes = Set(items.map(\.code))
        indicatorCodes = Set(framework.allIndicators.map(\.code))
        primaryPlanCodes = items.filter { $0.planID == primaryPlan }.map(\.code)
    }
}
