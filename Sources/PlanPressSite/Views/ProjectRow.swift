import PlanPressTemplates

/// What a project's row and a project's page both show.
struct ProjectFacts: Encodable {
    var id: String
    var name: String
    var href: String
    var unit: String
    var unitHref: String
    var status: String
    var statusCode: String
    var allocated: String
    var spent: String
    var achieved: String
    var indicators: String
}

/// A project in a list of projects. Item pages list the same rows many times over: every
/// project's row is converted once per build (`SiteModel.projectRows`).
struct ProjectRow: Encodable {
    @Flattened var facts: ProjectFacts
    /// The plan items the unit wrote for the project.
    var strategies: [CodeLink]
}
