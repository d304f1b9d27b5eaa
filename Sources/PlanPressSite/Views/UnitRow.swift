import PlanPressTemplates

/// A unit in a list of units: its figures, its affiliation and its district.
struct UnitRow: Encodable {
    @Flattened var figures: FiguresView
    var id: String
    var name: String
    var shortName: String
    var href: String
    var affiliation: String
    var district: String
}
