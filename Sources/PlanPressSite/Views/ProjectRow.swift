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

extension ProjectFacts: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 11)
        o.text("id", id)
        o.text("name", name)
        o.text("href", href)
        o.text("unit", unit)
        o.text("unitHref", unitHref)
        o.text("status", status)
        o.text("statusCode", statusCode)
        o.text("allocated", allocated)
        o.text("spent", spent)
        o.text("achieved", achieved)
        o.text("indicators", indicators)
        return o.value
    }
}
