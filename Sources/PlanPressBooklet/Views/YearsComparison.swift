import PlanPressTemplates

/// The executive summary's comparison of the years: each earlier year's totals as that year's
/// report states them, this year's, and the change from the year before. Only when
/// `content/history/` holds an earlier year.
struct YearsSummary: Encodable, Sendable {
    var rows: [YearTotalsRow]
    var change: YearChangeRow
}

/// One year's totals, each figure marked for the audit (`history.YEAR.total.…`, or this year's
/// `total.…`).
struct YearTotalsRow: Encodable, Sendable {
    var year: String
    var current: Bool
    var units: PrintedFigure
    var projects: PrintedFigure
    var allocated: PrintedFigure
    var spent: PrintedFigure
    var achieved: PrintedFigure
    var notAchieved: PrintedFigure
    var notMeasured: PrintedFigure
}

/// This year's totals minus the latest earlier year's, signed (`+๓`, `-๑,๒๐๐.๐๐`); projects and
/// budget marked for the audit (`change.total.…`).
struct YearChangeRow: Encodable, Sendable {
    var label: String
    var units: String
    var projects: PrintedFigure
    var allocated: PrintedFigure
    var spent: PrintedFigure
    var achieved: String
    var notAchieved: String
    var notMeasured: String
}

/// Part ๔'s comparison of the years: each strategy of the primary plan year by year, and each
/// strategic indicator's value in every year, with which years each existed in.
struct YearsAlignment: Encodable, Sendable {
    let isYears = true
    var primaryPlan: String
    /// The years compared, in print digits, oldest first.
    var years: [YearHeading]
    var strategies: [StrategyYears]
    var indicators: [IndicatorYears]
}

/// A year as a column heading.
struct YearHeading: Encodable, Sendable {
    var year: String
}

/// A strategy of the primary plan over the years.
struct StrategyYears: Encodable, Sendable {
    var label: String
    /// Which years it exists in (`มีทุกปี`, `เพิ่งมีในปีนี้`, …).
    var presence: String
    var rows: [StrategyYearRow]
}

/// A strategy's figures in one year; `figures` nil when it did not exist that year.
struct StrategyYearRow: Encodable, Sendable {
    var year: String
    var figures: StrategyYearFigures?
}

/// What a strategy's row shows of a year, marked (`history.YEAR.item.CODE.…`, this year's
/// `item.CODE.…`, the change `change.item.CODE.…` or `history.YEAR.change.item.CODE.…`).
struct StrategyYearFigures: Encodable, Sendable {
    var projects: PrintedFigure
    var units: PrintedFigure
    var allocated: PrintedFigure
    var spent: PrintedFigure
    var achieved: PrintedFigure
    var notAchieved: PrintedFigure
    var notMeasured: PrintedFigure
    /// The change from the latest earlier year with the strategy; nil in its first year.
    var change: PrintedChange?
}

/// A change of a strategy's projects and budget, and the year it is from.
struct PrintedChange: Encodable, Sendable {
    var from: String
    var projects: PrintedFigure
    var allocated: PrintedFigure
}

/// A strategic indicator's value year by year.
struct IndicatorYears: Encodable, Sendable {
    var no: String
    var name: String
    var presence: String
    /// A cell per year: the value (marked), `–` without one, `ไม่มี` when the indicator did not exist.
    var cells: [PrintedFigure]
    var target: String
    /// The change of the value from the latest earlier year with one; `–` when there is none.
    var change: PrintedFigure
}
