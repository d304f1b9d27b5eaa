import PlanPressTemplates

/// The home page: the report's figures, its strategies, its units and its plans.
struct HomeView: Encodable {
    @Flattened var figures: FiguresView
    var reported: String
    var expected: String
    var late: String
    var rejectedCount: String
    var missingCount: String
    var strategies: [ItemRow]
    var budgetChart: String
    var primaryPlan: String
    var units: [UnitRow]
    var plans: [PlanLink]
    var committee: [PersonView]
    /// With earlier years: the province's figures by year (one element, or none), and by year the
    /// projects, budget and indicator results of each strategy of the primary plan.
    var totalYears: [YearsView]
    var strategyYears: [HistoryTable]

    /// A link to a plan's page.
    struct PlanLink: Encodable {
        var href: String
        var name: String
        var id: String
    }
}
