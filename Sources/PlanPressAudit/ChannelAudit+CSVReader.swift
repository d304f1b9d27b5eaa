import PlanPressAlign
import PlanPressCore

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
