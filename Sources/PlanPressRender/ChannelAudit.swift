import PlanPressCore
import PlanPressParse

/// Checks that every channel states the headline figures exactly as they were computed: the
/// site's home page, the booklet, `report.xml`, `report.json` and the CSVs, read back from the
/// bytes that are about to be published.
public enum ChannelAudit {
    /// One figure a channel states differently (or does not state).
    public struct Mismatch: Sendable, CustomStringConvertible {
        public var channel: String
        public var key: String
        public var expected: String
        public var found: String?

        public var description: String {
            "\(channel): \(key) is \(found ?? "missing"), expected \(expected)"
        }
    }

    public struct Failed: Error, CustomStringConvertible {
        public var mismatches: [Mismatch]
        public var description: String {
            "the channels disagree: " + mismatches.prefix(8).map(\.description).joined(separator: "; ")
                + (mismatches.count > 8 ? " (and \(mismatches.count - 8) more)" : "")
        }
    }

    /// Compares every channel present in `files` with `figures`.
    public static func check(_ figures: HeadlineFigures, files: [OutputFile], primaryPlan: String) -> [Mismatch] {
        let byPath = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        var mismatches: [Mismatch] = []
        func compare(_ channel: String, _ stated: [String: String], required: (String) -> Bool) {
            for (key, expected) in figures.values {
                let found = stated[key]
                if found == nil && !required(key) { continue }
                if found != expected { mismatches.append(Mismatch(channel: channel, key: key, expected: expected, found: found)) }
            }
        }
        let all: (String) -> Bool = { _ in true }
        if let csv = byPath["data/projects.csv"] {
            compare("data/projects.csv", fromProjectsCSV(csv, figures: figures), required: { !$0.hasPrefix("strategy.") })
        }
        if let csv = byPath["data/alignment.csv"] {
            compare("data/alignment.csv", fromAlignmentCSV(csv, figures: figures), required: { $0.hasPrefix("strategy.") })
        }
        if let json = byPath["data/report.json"] { compare("data/report.json", fromJSON(json, primaryPlan: primaryPlan), required: all) }
        if let xml = byPath["data/report.xml"] { compare("data/report.xml", fromXML(xml, primaryPlan: primaryPlan), required: all) }
        if let html = byPath["index.html"] {
            let (stated, shown) = fromMarks(html)
            compare(
                "index.html", stated,
                required: { key in
                    key.hasPrefix("total.") || key.hasSuffix(".projects") || key.hasSuffix(".allocated") || key.hasSuffix(".spent")
                })
            mismatches += shown.map { Mismatch(channel: "index.html (as shown)", key: $0.key, expected: $0.value, found: $0.shown) }
        }
        if let html = byPath["print/booklet.html"] {
            let (stated, shown) = fromMarks(html)
            compare("print/booklet.html", stated, required: { $0.hasPrefix("total.") })
            mismatches += shown.map { Mismatch(channel: "print/booklet.html (as shown)", key: $0.key, expected: $0.value, found: $0.shown) }
        }
        return mismatches
    }

    // MARK: Readers, one per channel

    static func add(_ out: inout [String: String], _ prefix: String, projects: Int, allocated: Money, spent: Money, counts: (Int, Int, Int))
    {
        out["\(prefix).projects"] = String(projects)
        out["\(prefix).allocated"] = allocated.plain
        out["\(prefix).spent"] = spent.plain
        out["\(prefix).indicators.achieved"] = String(counts.0)
        out["\(prefix).indicators.not_achieved"] = String(counts.1)
        out["\(prefix).indicators.not_measured"] = String(counts.2)
    }

    static func money(_ s: String?) -> Money {
        guard let s, let n = DecimalNumber(ascii: Substring(s)), let m = Money(n) else { return .zero }
        return m
    }

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
        for r in rows.dropFirst() {
            func cell(_ name: String) -> String { col[name].flatMap { $0 < r.count ? r[$0] : nil } ?? "" }
            let prefix = "strategy.\(cell("code"))"
            guard figures.value("\(prefix).projects") != nil else { continue }
            add(
                &out, prefix, projects: Int(cell("projects")) ?? -1, allocated: money(cell("allocated")), spent: money(cell("spent")),
                counts: (
                    Int(cell("indicators_achieved")) ?? -1, Int(cell("indicators_not_achieved")) ?? -1,
                    Int(cell("indicators_not_measured")) ?? -1
                ))
        }
        return out
    }

    static func fromJSON(_ bytes: [UInt8], primaryPlan: String) -> [String: String] {
        let (root, _) = JSONReader().read(SourceText(path: "report.json", text: String(decoding: bytes, as: UTF8.self), encoding: .utf8))
        var out: [String: String] = [:]
        func field(_ node: Node?, _ key: String) -> Node? {
            guard case .mapping(let entries)? = node?.value else { return nil }
            return entries.first { $0.key == key }?.value
        }
        func list(_ node: Node?) -> [Node] {
            if case .sequence(let items)? = node?.value { return items }
            return []
        }
        func figures(_ node: Node?, _ prefix: String, statuses: Bool) {
            guard let node else { return }
            out["\(prefix).projects"] = field(node, "projects")?.scalar?.text
            out["\(prefix).allocated"] = field(node, "allocated")?.scalar?.text
            out["\(prefix).spent"] = field(node, "spent")?.scalar?.text
            let ind = field(node, "indicators")
            out["\(prefix).indicators.achieved"] = field(ind, "achieved")?.scalar?.text
            out["\(prefix).indicators.not_achieved"] = field(ind, "not_achieved")?.scalar?.text
            out["\(prefix).indicators.not_measured"] = field(ind, "not_measured")?.scalar?.text
            if statuses, case .mapping(let entries)? = field(node, "by_status")?.value {
                for e in entries { out["\(prefix).status.\(e.key)"] = e.value.scalar?.text }
            }
        }
        figures(field(root, "totals"), "total", statuses: true)
        for u in list(field(root, "units")) {
            if let id = field(u, "id")?.scalar?.text { figures(field(u, "figures"), "unit.\(id)", statuses: false) }
        }
        for p in list(field(root, "plans")) where field(p, "id")?.scalar?.text == primaryPlan {
            for item in list(field(p, "items")) where field(item, "depth")?.scalar?.text == "1" {
                if let code = field(item, "code")?.scalar?.text { figures(field(item, "rollup"), "strategy.\(code)", statuses: false) }
            }
        }
        return out
    }

    static func fromXML(_ bytes: [UInt8], primaryPlan: String) -> [String: String] {
        var out: [String: String] = [:]
        func figures(_ a: [String: String], _ prefix: String, statuses: Bool) {
            out["\(prefix).projects"] = a["projects"]
            out["\(prefix).allocated"] = a["allocated"]
            out["\(prefix).spent"] = a["spent"]
            out["\(prefix).indicators.achieved"] = a["indicatorsAchieved"]
            out["\(prefix).indicators.not_achieved"] = a["indicatorsNotAchieved"]
            out["\(prefix).indicators.not_measured"] = a["indicatorsNotMeasured"]
            if statuses {
                for (status, attr) in [
                    ("completed", "completed"), ("ongoing", "ongoing"), ("not_started", "notStarted"), ("cancelled", "cancelled"),
                    ("postponed", "postponed"),
                ] {
                    out["\(prefix).status.\(status)"] = a[attr]
                }
            }
        }
        for e in XMLEngine.shared.elements(named: ["totals", "figures", "rollup"], in: bytes) {
            switch (e.name, e.parentName) {
            case ("totals", "report"): figures(e.attributes, "total", statuses: true)
            case ("figures", "unit"): if let id = e.parentAttributes["id"] { figures(e.attributes, "unit.\(id)", statuses: false) }
            case ("rollup", "item"):
                if e.parentAttributes["depth"] == "1", let code = e.parentAttributes["code"] {
                    figures(e.attributes, "strategy.\(code)", statuses: false)
                }
            default: continue
            }
        }
        // Only the primary plan's top items are headline figures; other plans' items are ignored by key.
        _ = primaryPlan
        return out
    }

    /// A figure whose visible text differs from its `value`.
    struct Shown {
        var key: String
        var value: String
        var shown: String
    }

    /// Reads `<data data-audit="key" value="v">shown</data>` marks: both the machine value and the
    /// text a reader sees (Thai digits and separators removed) must state the figure.
    static func fromMarks(_ bytes: [UInt8]) -> ([String: String], [Shown]) {
        let html = String(decoding: bytes, as: UTF8.self)
        var stated: [String: String] = [:]
        var shown: [Shown] = []
        let pattern = /<data data-audit="([^"]+)" value="([^"]*)">([^<]*)<\/data>/
        for m in html.matches(of: pattern) {
            let key = String(m.output.1)
            let value = String(m.output.2)
            let text = String(m.output.3)
            if let earlier = stated[key], earlier != value {
                shown.append(Shown(key: key, value: earlier, shown: value))
            }
            stated[key] = value
            let plain = HeadlineFigures.plain(text)
            if plain != value { shown.append(Shown(key: key, value: value, shown: text)) }
        }
        return (stated, shown)
    }
}
