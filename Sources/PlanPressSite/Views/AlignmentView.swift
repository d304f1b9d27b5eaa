import PlanPressTemplates

/// The alignment analysis page: every plan's items, the report's totals, the charts, the
/// matrices and the strategic indicators.
struct AlignmentView: Encodable {
    var plans: [Plan]
    /// The aligner's count for the primary plan; the audit compares it with the analysis's.
    var primaryPlan: String
    var several: String
    var severalRaw: String
    var totals: FiguresView
    var consistency: [Consistency]
    var hasConsistency: Bool
    var budgetChart: String
    var indicatorChart: String
    var flowChart: String
    var strategyRows: [ItemRow]
    var flows: [Flow]
    var unitsMatrix: MatrixView
    var affiliationMatrix: MatrixView
    var strategicIndicators: [IndicatorSummary]
    var indicatorGapCount: String
    var indicatorGapCountRaw: String
    var indicatorGaps: [NamedCodeLink]

    /// A plan with its items.
    struct Plan: Encodable {
        var id: String
        var name: String
        var href: String
        var items: [ItemRow]
        var gapCount: String
        var gapCountRaw: String
        var itemCount: String
        var several: String
        var severalRaw: String
    }

    /// A project whose written item disagrees with the aligner's.
    struct Consistency: Encodable {
        var unit: String
        var project: String
        var href: String
        var code: String
    }

    /// Budget flowing from one plan item to another.
    struct Flow: Encodable {
        var from: String
        var to: String
        var allocated: String
        var projects: String
    }
}
