import PlanPressTemplates

/// A plan item in a list of items: its figures and where it stands in its plan.
struct ItemRow: Encodable {
    @Flattened var figures: FiguresView
    var code: String
    var name: String
    var href: String
    var depth: String
    /// Whether the item is below the plan's top level.
    var indent: Bool
    /// Whether no project serves the item.
    var gap: Bool
    /// The plain unit count for the alignment pages' audit marks (`item.CODE.units`).
    var rawUnits: String
}
