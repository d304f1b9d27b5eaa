import PlanPressTemplates

/// A unit's page: its row's figures, its submission, its projects and its indicator results.
struct UnitView: Encodable {
    @Flattened var row: UnitRow
    var submittedOn: String
    var late: Bool
    var deadline: String
    /// The submission's summary as HTML, empty when there is none.
    var summary: String
    var hasSummary: Bool
    var contact: Contact?
    var approvedBy: PersonView?
    var projectRows: [ProjectRow]
    var indicatorResults: [IndicatorResult]
    /// The encoding the unit's file was converted from, empty when it was UTF-8.
    var encoding: String
    /// With earlier years: the unit's figures by year (one element, or none).
    var unitYears: [YearsView]

    /// Whom to ask about the unit's report ("–" for what the unit left out).
    struct Contact: Encodable {
        var name: String
        var position: String
        var phone: String
        var email: String
    }

    /// A value the unit reported for a strategic indicator.
    struct IndicatorResult: Encodable {
        var code: String
        var href: String
        var value: String
        var note: String
    }
}
