/// A plan's page: every item with its figures, the items no project serves, and the plan's
/// strategic indicators in brief.
struct PlanView: Encodable {
    var id: String
    var name: String
    var nameEN: String
    var rank: String
    var period: String
    var items: [ItemRow]
    var gaps: [ItemRow]
    var hasGaps: Bool
    /// How many projects serve more than one of the plan's items.
    var several: String
    var severalRaw: String
    var gapCount: String
    var gapCountRaw: String
    var itemCount: String
    /// The strategic indicators of the plan's items (the same rows as the analysis page's).
    var strategicIndicators: [IndicatorSummary]
    /// With earlier years: the items' projects, budget and spending by year (this year's items,
    /// then those of earlier years only), and the strategic indicators of earlier years only.
    var planYears: [HistoryTable]
    var goneIndicators: [GoneIndicator]
}
