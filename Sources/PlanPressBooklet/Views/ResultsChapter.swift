import PlanPressTemplates

/// ส่วนที่ ๓ ผลการดำเนินงานตามประเด็นยุทธศาสตร์: an overview table, then a section per top
/// strategy of the primary plan, and one for the projects that reach none.
struct ResultsChapter: Encodable, Sendable {
    @Flattened var heading: ChapterHeading
    var strategies: [StrategyResults]
    /// The projects under no top strategy; nil when there are none.
    var other: UnplacedResults?
    var overview: [StrategyFigures]
    var totals: PrintedFigures
}

/// A top strategy's results: its figures, strategies and indicators, every project that reaches
/// it, and the descriptions of the projects whose home it is.
struct StrategyResults: Encodable, Sendable {
    @Flattened var figures: PrintedFigures
    var id: String
    var title: String
    var children: [ItemLabel]
    var strategicIndicators: [ReportedIndicator]
    /// Every project that reaches the strategy, in the order of its table.
    var projectTable: [ProjectRow]
    var details: LazyViews<ProjectDescription>
    var unitCount: String
}

/// The projects that reach no top strategy of the primary plan.
struct UnplacedResults: Encodable, Sendable {
    var id: String
    var title: String
    var projects: [ProjectRow]
    var details: LazyViews<ProjectDescription>
}

/// A strategic indicator with this year's target, its value for the year and the units'
/// entries it is made from.
struct ReportedIndicator: Encodable, Sendable {
    var name: String
    var unit: String
    var baseline: String
    var target: String
    @Flattened var making: PrintedMaking
    /// Met, not met or no data, in Thai.
    var status: String
    var contributors: [PrintedContributor]
    var contributions: String
    var achieved: String
}

/// A project in a strategy's table, linked to its description.
struct ProjectRow: Encodable, Sendable {
    var no: String
    var name: String
    var unit: String
    var allocated: String
    var spent: String
    var status: String
    var statusCode: String
    /// Achieved of all indicators, `๒/๓`.
    var indicators: String
    var href: String
}
