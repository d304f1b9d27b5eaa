import PlanPressAlign

/// A unit over the years, matched by its id: its figures in each year it had an accepted report.
public struct UnitTrend: Sendable {
    public var id: String
    /// The unit's name this year, else in the latest year that has it.
    public var name: String
    public var shortName: String?
    public var figures: Trend<Figures>

    public init(id: String, name: String, shortName: String?, figures: Trend<Figures>) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.figures = figures
    }

    public var presence: Presence { figures.presence }
}
