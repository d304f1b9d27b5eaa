import PlanPressTemplates

/// ส่วนที่ ๔ การวิเคราะห์ความสอดคล้อง: coverage of every plan, each plan's items, the charts and
/// matrices of the site's alignment page, the strategic indicators, and the consistency notes.
struct AlignmentChapter: Encodable, Sendable {
    @Flattened var heading: ChapterHeading
    /// How many projects serve more than one top strategy.
    var several: String
    var sections: [BookletSection<AlignmentSection>]
}

/// A section part ๔ makes.
enum AlignmentSection: Encodable, Sendable {
    case coverage(PlanCoverage)
    case plan(PlanAlignment)
    case charts(AlignmentCharts)
    case matrix(AlignmentMatrixSection)
    case indicators(IndicatorAssessment)
    case years(YearsAlignment)
    case consistency(ConsistencyNotes)

    /// The section's own fields, as the template reads them.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .coverage(let section): try section.encode(to: encoder)
        case .plan(let section): try section.encode(to: encoder)
        case .charts(let section): try section.encode(to: encoder)
        case .matrix(let section): try section.encode(to: encoder)
        case .indicators(let section): try section.encode(to: encoder)
        case .years(let section): try section.encode(to: encoder)
        case .consistency(let section): try section.encode(to: encoder)
        }
    }
}

/// How many items of each plan have projects.
struct PlanCoverage: Encodable, Sendable {
    let isSummary = true
    var plans: [PlanCoverageRow]
}

/// A plan's items, those with projects, the gaps and the share covered.
struct PlanCoverageRow: Encodable, Sendable {
    var name: String
    var items: String
    var covered: String
    var gaps: String
    var share: String
}

/// Every item of one plan with the projects that serve it.
struct PlanAlignment: Encodable, Sendable {
    let isPlan = true
    var rows: [AlignmentRow]
}

/// A plan item and the figures of the projects that serve it.
struct AlignmentRow: Encodable, Sendable {
    var label: String
    /// The item's depth in its plan, at most 4 (a CSS class).
    var depth: String
    /// No project serves the item.
    var gap: Bool
    var projects: String
    var units: String
    var allocated: String
    var indicators: String
}

/// The analysis pictures of the site's alignment page, as HTML.
struct AlignmentCharts: Encodable, Sendable {
    let isCharts = true
    var budget: String
    var indicators: String
    var flow: String
}

/// The strategic indicators against this year's targets, each with how its value is made, and
/// every unit's entry those values are made from.
struct IndicatorAssessment: Encodable, Sendable {
    let isIndicators = true
    var rows: [AssessedIndicatorRow]
    var contributors: [PrintedContributor]
    /// Each plan's grades (of the plans with strategic indicators), for the note under the table.
    var bands: [PlanBands]
}

/// A plan's grades in one line: each band's label and range of the percentage of the target.
struct PlanBands: Encodable, Sendable {
    var plan: String
    var bands: String
}

/// A strategic indicator's baseline, target, value for the year (with its aggregation and the
/// number of units whose entries make it) and status.
struct AssessedIndicatorRow: Encodable, Sendable {
    var no: String
    var name: String
    var baseline: String
    var target: String
    @Flattened var making: PrintedMaking
    var status: String
}

/// The plan items units said their projects also serve, which the framework does not link.
struct ConsistencyNotes: Encodable, Sendable {
    let isConsistency = true
    var rows: [ConsistencyRow]
}

/// A project and an item its unit said it also serves.
struct ConsistencyRow: Encodable, Sendable {
    var unit: String
    var project: String
    var item: String
}
