import PlanPressAlign

/// A unit of an earlier year's report (`units[]`): who it was and its figures.
public struct HistoryUnit: Sendable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var affiliation: String?
    public var figures: Figures

    public init(id: String, name: String, shortName: String? = nil, affiliation: String? = nil, figures: Figures) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.affiliation = affiliation
        self.figures = figures
    }
}
