import PlanPressAlign
import PlanPressHistory

/// `data/trends.csv`: one row per year and scope, every year compared (the history's, then this
/// one), ascending; in each year the totals (`total`, no code), every plan item present that year
/// (`item`, in `Trends`' order: this year's framework, then items only earlier years had) and every
/// unit present that year (`unit`, by id). A code absent in a year has no row that year.
enum TrendsCSV {
    struct Row {
        var year: Int
        var scope: String
        var code: String
        var figures: Figures
    }

    static let table = CSVTable<Row>(
        columns: [
            .number("year") { String($0.year) },
            .text("scope") { $0.scope },
            .text("code") { $0.code },
        ] + CSVTable<Row>.Column.figures(\.figures))

    static func rows(_ trends: Trends) -> [Row] {
        var rows: [Row] = []
        for year in trends.years {
            if let t = trends.totals.value(in: year) { rows.append(Row(year: year, scope: "total", code: "", figures: t)) }
            for item in trends.items {
                if let f = item.rollup.value(in: year) { rows.append(Row(year: year, scope: "item", code: item.code, figures: f)) }
            }
            for unit in trends.units {
                if let f = unit.figures.value(in: year) { rows.append(Row(year: year, scope: "unit", code: unit.id, figures: f)) }
            }
        }
        return rows
    }

    static func bytes(_ trends: Trends) -> [UInt8] {
        table.bytes(rows(trends))
    }
}
