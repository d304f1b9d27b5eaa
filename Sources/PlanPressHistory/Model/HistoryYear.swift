import PlanPressAlign

/// One earlier year as its published `report.json` states it: the figures a comparison needs,
/// by unit id, plan item code and strategic indicator code.
public struct HistoryYear: Sendable {
    /// The BE fiscal year (the folder's name, and the report's `site.fiscal_year`).
    public var year: Int
    /// Where it was read from, as diagnostics name it (`content/history/2568/report.json`).
    public var path: String
    public var province: String
    /// The report's totals (`totals`).
    public var totals: Figures
    /// The accepted units of that year, in the report's order.
    public var units: [HistoryUnit]
    /// Every item of every plan, plans in the report's order and items depth first.
    public var items: [HistoryItem]
    /// Every strategic indicator of every item, in the same order.
    public var indicators: [HistoryIndicator]

    public init(
        year: Int, path: String, province: String, totals: Figures, units: [HistoryUnit], items: [HistoryItem],
        indicators: [HistoryIndicator]
    ) {
        self.year = year
        self.path = path
        self.province = province
        self.totals = totals
        self.units = units
        self.items = items
        self.indicators = indicators
    }

    public func unit(_ id: String) -> HistoryUnit? { units.first { $0.id == id } }
    public func item(_ code: String) -> HistoryItem? { items.first { $0.code == code } }
    public func indicator(_ code: String) -> HistoryIndicator? { indicators.first { $0.code == code } }
}
