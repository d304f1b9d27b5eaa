import PlanPressTemplates

/// The problems page: every project that reported problems, by strategy and by unit. At national
/// scale the page is 70 MB: its rows are made only as it is written.
struct ProblemsView: Encodable {
    var byStrategy: [Strategy]
    var byUnit: LazyViews<Unit>

    /// A strategy and its projects with problems.
    struct Strategy: Encodable {
        var code: String
        var name: String
        var href: String
        var projects: LazyViews<ProblemRow>
        var hasProjects: Bool
    }

    /// A unit and its projects with problems.
    struct Unit: Encodable {
        var name: String
        var href: String
        var projects: [ProblemRow]
        var hasProjects: Bool
    }
}

/// A project's problems and suggestions.
struct ProblemRow: Encodable {
    var name: String
    var href: String
    var unit: String
    var problems: [String]
    var suggestions: [String]
}
