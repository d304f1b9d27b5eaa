import PlanPressTemplates

/// A project's page: its facts, its plan items, its indicators and what it reported.
struct ProjectView: Encodable {
    @Flattened var facts: ProjectFacts
    var unitName: String
    var lead: String
    var start: String
    var end: String
    var source: String
    /// Whether the unit gave the amount spent (rather than it being taken as zero).
    var spentGiven: Bool
    var rate: String
    var objectives: [String]
    var hasObjectives: Bool
    /// The plan items the project names itself (a row shows the items the unit wrote).
    var strategies: [CodeLink]
    var alsoSupports: [CodeLink]
    /// Every item of every plan the project serves, as the aligner found them.
    var aligned: [NamedCodeLink]
    var indicatorRows: [IndicatorRow]
    var hasIndicators: Bool
    var beneficiaries: [Beneficiary]
    var hasBeneficiaries: Bool
    /// The project's results as HTML, empty when there are none.
    var results: String
    var hasResults: Bool
    var problems: [String]
    var suggestions: [String]
    var evidence: [Evidence]
    var hasEvidence: Bool

    /// One of the project's indicators: its target, its result, and the strategic indicator it
    /// contributes to.
    struct IndicatorRow: Encodable {
        var no: String
        var name: String
        var kind: String
        var unit: String
        var target: String
        var actual: String
        var direction: String
        var result: String
        var resultCode: String
        var contributesTo: String
        var hasContribution: Bool
        var contributesHref: String
        /// The percentage of the target achieved, `–` without a grade.
        var percent: String
        /// The grade's label on the primary plan's bands, empty without one.
        var rating: String
        var hasRating: Bool
    }

    /// A group of people the project served.
    struct Beneficiary: Encodable {
        var name: String
        var count: String
    }

    /// A link to evidence: a web page, or a file published beside the site.
    struct Evidence: Encodable {
        var title: String
        var href: String
        var external: Bool
    }
}

extension ProjectView: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 48)
        o.flatten(facts.templateValue(encoding))
        o.text("unitName", unitName)
        o.text("lead", lead)
        o.text("start", start)
        o.text("end", end)
        o.text("source", source)
        o.flag("spentGiven", spentGiven)
        o.text("rate", rate)
        o.texts("objectives", objectives)
        o.flag("hasObjectives", hasObjectives)
        o.views("strategies", strategies)
        o.views("alsoSupports", alsoSupports)
        o.views("aligned", aligned)
        o.views("indicatorRows", indicatorRows)
        o.flag("hasIndicators", hasIndicators)
        o.views("beneficiaries", beneficiaries)
        o.flag("hasBeneficiaries", hasBeneficiaries)
        o.text("results", results)
        o.flag("hasResults", hasResults)
        o.texts("problems", problems)
        o.texts("suggestions", suggestions)
        o.views("evidence", evidence)
        o.flag("hasEvidence", hasEvidence)
        return o.value
    }
}

extension ProjectView.IndicatorRow: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 15)
        o.text("no", no)
        o.text("name", name)
        o.text("kind", kind)
        o.text("unit", unit)
        o.text("target", target)
        o.text("actual", actual)
        o.text("direction", direction)
        o.text("result", result)
        o.text("resultCode", resultCode)
        o.text("contributesTo", contributesTo)
        o.flag("hasContribution", hasContribution)
        o.text("contributesHref", contributesHref)
        o.text("percent", percent)
        o.text("rating", rating)
        o.flag("hasRating", hasRating)
        return o.value
    }
}

extension ProjectView.Beneficiary: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 2)
        o.text("name", name)
        o.text("count", count)
        return o.value
    }
}

extension ProjectView.Evidence: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 3)
        o.text("title", title)
        o.text("href", href)
        o.flag("external", external)
        return o.value
    }
}
