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
}
