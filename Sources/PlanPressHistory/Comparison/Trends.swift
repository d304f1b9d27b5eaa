import PlanPressAlign
import PlanPressCore

/// This year's report beside the years of the history, matched by code: the totals, every plan
/// item, every unit and every strategic indicator, each as a `Trend` with a point per year. A
/// code that existed then and not now, or now and not then, has no value in the years it was
/// absent (`Trend.presence` says which). What the channels show of the years before, and
/// `trends.csv`, are made from this.
public struct Trends: Sendable {
    /// Every year compared, ascending: the history's years, then this report's fiscal year.
    public var years: [Int]
    /// The report's totals in each year.
    public var totals: Trend<Figures>
    /// This year's items in framework order, then the items only earlier years had (the latest
    /// year's first, each year in its report's order).
    public var items: [ItemTrend]
    /// Every unit of any year, by id.
    public var units: [UnitTrend]
    /// This year's strategic indicators in framework order, then those only earlier years had.
    public var indicators: [IndicatorTrend]

    /// This report's fiscal year.
    public var currentYear: Int { years.last ?? 0 }
    /// The earlier years compared.
    public var earlierYears: [Int] { Array(years.dropLast()) }
    /// Whether there is any earlier year to compare with.
    public var hasHistory: Bool { years.count > 1 }

    public func item(_ code: String) -> ItemTrend? { items.first { $0.code == code } }
    public func unit(_ id: String) -> UnitTrend? { units.first { $0.id == id } }
    public func indicator(_ code: String) -> IndicatorTrend? { indicators.first { $0.code == code } }

    public init(history: History, report: Report) {
        let earlier = history.years.filter { $0.year < report.site.fiscalYear }
        years = earlier.map(\.year) + [report.site.fiscalYear]
        let newestFirst = Array(earlier.reversed())
        func points<V>(_ now: V?, _ then: (HistoryYear) -> V?) -> Trend<V> {
            Trend(points: earlier.map { .init(year: $0.year, value: then($0)) } + [.init(year: report.site.fiscalYear, value: now)])
        }

        totals = points(report.totals) { $0.totals }

        // Items: this year's roll-ups, then those of earlier years only.
        let itemsByYear = earlier.map { Dictionary($0.items.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }) }
        let itemsOf = Dictionary(zip(earlier.map(\.year), itemsByYear), uniquingKeysWith: { a, _ in a })
        var items: [ItemTrend] = []
        var seen = Set<String>()
        for r in report.rollups where seen.insert(r.item.code).inserted {
            let code = r.item.code
            items.append(
                ItemTrend(
                    code: code, planID: r.item.planID, name: r.item.name, depth: r.item.depth,
                    rollup: points(r.figures) { itemsOf[$0.year]?[code]?.rollup }))
        }
        for year in newestFirst {
            for item in year.items where seen.insert(item.code).inserted {
                let code = item.code
                items.append(
                    ItemTrend(
                        code: code, planID: item.planID, name: item.name, depth: item.depth,
                        rollup: points(nil) { itemsOf[$0.year]?[code]?.rollup }))
            }
        }
        self.items = items

        // Units: every id of any year, sorted.
        let unitsOf = Dictionary(
            earlier.map { ($0.year, Dictionary($0.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })) },
            uniquingKeysWith: { a, _ in a })
        let current = Dictionary(report.units.map { ($0.submission.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids = Set(current.keys)
        for year in earlier { ids.formUnion(year.units.map(\.id)) }
        units = ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { id in
            let now = current[id]
            let latest = newestFirst.lazy.compactMap { unitsOf[$0.year]?[id] }.first
            return UnitTrend(
                id: id, name: now?.submission.unit.name ?? latest?.name ?? id,
                shortName: now.map { $0.submission.unit.shortName } ?? latest?.shortName,
                figures: points(now?.figures) { unitsOf[$0.year]?[id]?.figures })
        }

        // Strategic indicators: this year's by its assessment, then those of earlier years only.
        let indicatorsOf = Dictionary(
            earlier.map { ($0.year, Dictionary($0.indicators.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })) },
            uniquingKeysWith: { a, _ in a })
        let assessments = Dictionary(AlignmentAnalysis.assessments(report).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let planOf = Dictionary(report.framework.allItems.map { ($0.code, $0.planID) }, uniquingKeysWith: { a, _ in a })
        var indicators: [IndicatorTrend] = []
        var seenIndicators = Set<String>()
        for r in report.strategicIndicators where seenIndicators.insert(r.indicator.code).inserted {
            let ind = r.indicator
            let code = ind.code
            let a = assessments[code]
            let now = IndicatorYear(value: a?.value, target: a?.target, status: a?.status ?? .noData)
            indicators.append(
                IndicatorTrend(
                    code: code, itemCode: ind.itemCode, planID: planOf[ind.itemCode] ?? "", name: ind.name, unit: ind.unit,
                    direction: ind.direction, results: points(now) { indicatorsOf[$0.year]?[code]?.result }))
        }
        for year in newestFirst {
            for ind in year.indicators where seenIndicators.insert(ind.code).inserted {
                let code = ind.code
                indicators.append(
                    IndicatorTrend(
                        code: code, itemCode: ind.itemCode, planID: ind.planID, name: ind.name, unit: ind.unit, direction: ind.direction,
                        results: points(nil) { indicatorsOf[$0.year]?[code]?.result }))
            }
        }
        self.indicators = indicators
    }
}
