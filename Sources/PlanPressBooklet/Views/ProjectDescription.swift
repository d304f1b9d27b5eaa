import PlanPressTemplates

/// A project described in part ๓ (`booklet-project.mustache`): its facts, the plan items its
/// unit wrote, its objectives and indicators, and its results. There is one per project (tens
/// of thousands at national scale), each made only as the booklet is written.
struct ProjectDescription: Encodable, Sendable {
    var id: String
    /// `๓.๑๒`: the strategy's number and the project's under it.
    var number: String
    var name: String
    var unit: String
    var affiliation: String
    var period: String
    var lead: String
    var status: String
    var statusCode: String
    var allocated: String
    var spent: String
    var rate: String
    var source: String
    var aligned: [AlignedItem]
    var objectives: [String]
    var indicators: [ProjectIndicatorRow]
    /// The beneficiaries on one line, `นักเรียน ๑๒๐ · ครู ๘`.
    var beneficiaries: String
    var hasBeneficiaries: Bool
    /// The results as HTML.
    var results: String
    var hasResults: Bool
    /// How many evidence items the project has; empty (so absent) when none.
    var evidenceCount: String
}

/// A plan item the unit wrote for a project, and the plan it belongs to.
struct AlignedItem: Encodable, Sendable {
    var label: String
    var plan: String
}

/// A project indicator: its target, what was achieved and the outcome.
struct ProjectIndicatorRow: Encodable, Sendable {
    var no: String
    var name: String
    var target: String
    var actual: String
    var result: String
    var resultCode: String
    /// The percentage of the target achieved, `–` without a grade.
    var percent: String
    /// The grade on the primary plan's bands, empty without one.
    var rating: String
    var hasRating: Bool
}

extension ProjectDescription: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 28)
        o.text("id", id)
        o.text("number", number)
        o.text("name", name)
        o.text("unit", unit)
        o.text("affiliation", affiliation)
        o.text("period", period)
        o.text("lead", lead)
        o.text("status", status)
        o.text("statusCode", statusCode)
        o.text("allocated", allocated)
        o.text("spent", spent)
        o.text("rate", rate)
        o.text("source", source)
        o.views("aligned", aligned)
        o.texts("objectives", objectives)
        o.views("indicators", indicators)
        o.text("beneficiaries", beneficiaries)
        o.flag("hasBeneficiaries", hasBeneficiaries)
        o.text("results", results)
        o.flag("hasResults", hasResults)
        o.text("evidenceCount", evidenceCount)
        return o.value
    }
}

extension AlignedItem: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 2)
        o.text("label", label)
        o.text("plan", plan)
        return o.value
    }
}

extension ProjectIndicatorRow: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 9)
        o.text("no", no)
        o.text("name", name)
        o.text("target", target)
        o.text("actual", actual)
        o.text("result", result)
        o.text("resultCode", resultCode)
        o.text("percent", percent)
        o.text("rating", rating)
        o.flag("hasRating", hasRating)
        return o.value
    }
}
