import PlanPressTemplates

/// Appendix ก: every project of every unit, the units' totals and the grand total in words.
struct ProjectsByUnit: Encodable, Sendable {
    @Flattened var figures: PrintedFigures
    let isProjects = true
    /// Encoded after `figures`, so the list takes the place of the figures' unit count. Made
    /// unit by unit as the booklet is written.
    var units: LazyViews<UnitProjects>
    var allocatedWords: String
    var spentWords: String
    var unitCount: String
}

/// A unit's projects and totals.
struct UnitProjects: Encodable, Sendable {
    @Flattened var figures: PrintedFigures
    var name: String
    var affiliation: String
    var rows: [UnitProjectRow]
}

/// A project in its unit's table, linked to its description.
struct UnitProjectRow: Encodable, Sendable {
    var no: String
    var name: String
    var status: String
    var statusCode: String
    var allocated: String
    var spent: String
    var href: String
}
