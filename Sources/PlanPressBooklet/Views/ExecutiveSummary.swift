import PlanPressTemplates

/// บทสรุปผู้บริหาร: the totals, how units reported, the figures by status and by top strategy,
/// the charts, and the office's own summary pages.
struct ExecutiveSummary: Encodable, Sendable {
    @Flattened var figures: PrintedFigures
    var id: String
    var title: String
    var expected: String
    var reported: String
    var onTime: String
    var late: String
    var rejected: String
    var missing: String
    var hasRejected: Bool
    var deadline: String
    var allocatedWords: String
    var spentWords: String
    /// Achieved indicators as a share of those measured.
    var measuredRate: String
    var byStatus: [StatusShare]
    /// The graded project indicators per band of the primary plan's scale, highest first.
    var bands: [BandShare]
    /// The indicators without a grade: qualitative, or not measured.
    var unrated: String
    var strategies: [StrategyFigures]
    var primaryPlan: String
    /// The charts, as HTML.
    var statusChart: String
    var budgetChart: String
    var indicatorChart: String
    /// The years compared; nil (and nothing printed) without an earlier year.
    var years: YearsSummary?
    /// The office's pages placed in the summary.
    var office: [Prose]
}

/// The project indicators of one grade, the grade's range, and their share of those graded.
struct BandShare: Encodable, Sendable {
    var label: String
    var range: String
    /// Marked for the audit (`total.indicators.band.N`).
    var count: PrintedFigure
    var share: String
}

/// The projects of one status and their share of all projects.
struct StatusShare: Encodable, Sendable {
    var label: String
    var count: PrintedFigure
    var share: String
}
