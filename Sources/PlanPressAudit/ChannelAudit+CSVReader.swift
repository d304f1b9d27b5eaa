import PlanPressAlign
import PlanPressCore
import PlanPressHistory

/// The reader of the data channel's CSVs.
extension ChannelAudit {
    /// Sums `projects.csv` row by row, as a spreadsheet user would.
    static func fromProjectsCSV(_ bytes: [UInt8], figures: HeadlineFigures) -> [String: String] {
        let rows = CSVReader.rows(bytes)
        guard let header = rows.first else { return [:] }
        let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        struct Sum {
            var projects = 0
            var allocated = Money.zero
            var spent = Money.zero
            var a = 0
            var n = 0
            var m = 0
        }
        var total = Sum()
        var units: [String: Sum] = [:]
        var statuses: [String: Int] = [:]
        func cell(_ r: [String], _ name: String) -> String? { col[name].flatMap { $0 < r.count ? r[$0] : nil } }
        for r in rows.dropFirst() {
            var row = Sum()
            row.projects = 1
            row.allocated = money(cell(r, "allocated"))
            row.spent = money(cell(r, "spent"))
            row.a = Int(cell(r, "indicators_achieved") ?? "") ?? 0
            row.n = Int(cell(r, "indicators_not_achieved") ?? "") ?? 0
            row.m = Int(cell(r, "indicators_not_measured") ?? "") ?? 0
            for key in ["", cell(r, "unit_id") ?? ""] {
                var s = key.isEmpty ? total : units[key, default: Sum()]
                s.projects += 1
                s.allocated += row.allocated
                s.spent += row.spent
                s.a += row.a
                s.n += row.n
                s.m += row.m
                if key.isEmpty { total = s } else { units[key] = s }
            }
            statuses[cell(r, "status") ?? "", default: 0] += 1
        }
        var out: [String: String] = [:]
        // A unit without projects has no rows: it states zeros.
        for (key, _) in figures.values where key.hasPrefix("unit.") && key.hasSuffix(".projects") {
            add(&out, String(key.dropLast(".projects".count)), projects: 0, allocated: .zero, spent: .zero, counts: (0, 0, 0))
        }
        add(&out, "total", projects: total.projects, allocated: total.allocated, spent: total.spent, counts: (total.a, total.n, total.m))
        for (id, s) in units {
            add(&out, "unit.\(id)", projects: s.projects, allocated: s.allocated, spent: s.spent, counts: (s.a, s.n, s.m))
        }
        for status in ["completed", "ongoing", "not_started", "cancelled", "postponed"] {
            out["total.status.\(status)"] = String(statuses[status] ?? 0)
        }
        return out
    }

    static func fromAlignmentCSV(_ bytes: [UInt8], figures: HeadlineFigures) -> [String: String] {
        let rows = CSVReader.rows(bytes)
        guard let header = rows.first else { return [:] }
        let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String: String] = [:]
        var gaps: [String: Int] = [:]
        for plan in figures.alignment.planKeys { gaps[String(plan.dropFirst("plan.".count).dropLast(".several".count))] = 0 }
        for r in rows.dropFirst() {
            func cell(_ name: String) -> String { col[name].flatMap { $0 < r.count ? r[$0] : nil } ?? "" }
            let item = "item.\(cell("code"))"
            for (suffix, column) in zip(
                AlignmentFigures.itemSuffixes,
                ["projects", "units", "allocated", "spent", "indicators_achieved", "indicators_not_achieved", "indicators_not_measured"])
            {
                out["\(item).\(suffix)"] = cell(column)
            }
            if cell("projects") == "0" { gaps[cell("plan_id"), default: 0] += 1 }
            let prefix = "strategy.\(cell("code"))"
            guard figures.value("\(prefix).projects") != nil else { continue }
            add(
                &out, prefix, projects: Int(cell("projects")) ?? -1, allocated: money(cell("allocated")), spent: money(cell("spent")),
                counts: (
                    Int(cell("indicators_achieved")) ?? -1, Int(cell("indicators_not_achieved")) ?? -1,
                    Int(cell("indicators_not_measured")) ?? -1
                ))
        }
        for (plan, n) in gaps { out["plan.\(plan).gaps"] = String(n) }
        return out
    }
}

/// The readers of the data channel's CSVs of the years and the strategic indicators.
extension ChannelAudit {
    /// `trends.csv`: a row per year and scope states `history.YEAR.total|item.CODE|unit.ID.…`.
    static func fromTrendsCSV(_ bytes: [UInt8]) -> [String: String] {
        let rows = CSVReader.rows(bytes)
        guard let header = rows.first else { return [:] }
        let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String: String] = [:]
        let columns = [
            ("projects", "projects"), ("units", "units"), ("allocated", "allocated"), ("spent", "spent"),
            ("indicators.achieved", "indicators_achieved"), ("indicators.not_achieved", "indicators_not_achieved"),
            ("indicators.not_measured", "indicators_not_measured"),
        ]
        for r in rows.dropFirst() {
            func cell(_ name: String) -> String { col[name].flatMap { $0 < r.count ? r[$0] : nil } ?? "" }
            let scope: String
            switch cell("scope") {
            case "total": scope = "total"
            case "item": scope = "item.\(cell("code"))"
            case "unit": scope = "unit.\(cell("code"))"
            default: continue
            }
            let prefix = HistoryFigures.prefix(year: Int(cell("year")) ?? 0, scope)
            for (suffix, column) in columns where !(cell("scope") == "unit" && suffix == "units") {
                out["\(prefix).\(suffix)"] = cell(column)
            }
        }
        return out
    }

    /// `strategic_indicators.csv`: each indicator's value, number of reporting units, percentage
    /// of the target and grade (written as its band's Thai label, read back as the band's index on
    /// the indicator's plan's scale).
    static func fromStrategicIndicatorsCSV(_ bytes: [UInt8], indicators: IndicatorFigures) -> [String: String] {
        let rows = CSVReader.rows(bytes)
        guard let header = rows.first else { return [:] }
        let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String: String] = [:]
        for r in rows.dropFirst() {
            func cell(_ name: String) -> String { col[name].flatMap { $0 < r.count ? r[$0] : nil } ?? "" }
            let code = cell("code")
            let prefix = IndicatorFigures.prefix + code
            if !cell("value").isEmpty { out["\(prefix).value"] = cell("value") }
            out["\(prefix).units"] = cell("units_reporting")
            if !cell("percent_of_target").isEmpty { out["\(prefix).percent"] = cell("percent_of_target") }
            let label = cell("rating")
            if !label.isEmpty {
                let band = indicators.scales[code]?.bands.firstIndex { $0.label == label }
                out["\(prefix).rating"] = band.map(String.init) ?? label
            }
        }
        return out
    }
}
