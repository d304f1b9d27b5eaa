import PlanPressAlign
import PlanPressCore
import PlanPressParse
import PlanPressPublish
import PlanPressXML

#if canImport(Glibc)
    import Glibc
#endif

/// Checks that every channel states the headline figures exactly as they were computed: the
/// site's home page, the booklet, `report.xml`, `report.json` and the CSVs, read back from the
/// bytes that are about to be published. The alignment section (the analysis page, the plan and
/// item pages) is held to `HeadlineFigures.alignment`: every item's roll-up, the matrices' cells,
/// the gaps and the projects serving several items, which the data channels state too.
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

    public struct Failed: LocatedError, CustomStringConvertible {
        public var mismatches: [Mismatch]
        /// The first channel that disagrees.
        public var path: String? { mismatches.first?.channel }
        public var description: String {
            "the channels disagree: " + mismatches.prefix(8).map(\.description).joined(separator: "; ")
                + (mismatches.count > 8 ? " (and \(mismatches.count - 8) more)" : "")
        }
    }

    /// What one published file states of the figures: read from its bytes as soon as the file is
    /// made, so that the build need not keep the file (at national scale the files the audit reads
    /// are over a gigabyte).
    public struct Statement: Sendable {
        var stated: [String: String]
        var shown: [Shown] = []

        public init(stated: [String: String]) {
            self.stated = stated
        }

        init(marks bytes: [UInt8]) {
            (stated, shown) = ChannelAudit.fromMarks(bytes)
        }
    }

    /// The elements of `report.xml` the audit reads, and the parents whose attributes it reads
    /// with them.
    public static let xmlQuery = XMLEngine.ElementQuery(
        names: ["totals", "figures", "rollup", "plan", "item"], parents: ["report", "unit"])

    /// Reads what each file the audit reads states; the comparison comes later (`check`).
    public struct Reader: Sendable {
        let figures: HeadlineFigures
        let primaryPlan: String

        public init(_ report: Report) {
            self.init(figures: HeadlineFigures(report), primaryPlan: report.site.primaryPlan)
        }

        init(figures: HeadlineFigures, primaryPlan: String) {
            self.figures = figures
            self.primaryPlan = primaryPlan
        }

        /// What `file` states; nil for a file the audit does not read.
        public func statement(_ file: OutputFile) -> Statement? {
            statement(StagedContent(path: file.path, bytes: file.bytes, url: nil))
        }

        /// What a staged file states; nil for a file the audit does not read. A streamed
        /// `report.xml` is read from its file (as its validation read it, when that was just now).
        public func statement(_ file: StagedContent) -> Statement? {
            guard ChannelAudit.reads(file.path) else { return nil }
            if file.path == OutputPath.reportXML, file.bytes == nil, let url = file.url {
                let elements = XMLEngine.shared.elements(ChannelAudit.xmlQuery, inFile: url.path)
                return Statement(stated: fromXML(elements: elements, planOfItem: figures.alignment.planOfItem))
            }
            let bytes = file.contents()
            switch file.path {
            case OutputPath.projectsCSV: return Statement(stated: fromProjectsCSV(bytes, figures: figures))
            case OutputPath.alignmentCSV: return Statement(stated: fromAlignmentCSV(bytes, figures: figures))
            case OutputPath.reportJSON: return Statement(stated: fromJSON(bytes, primaryPlan: primaryPlan))
            case OutputPath.reportXML:
                return Statement(stated: fromXML(bytes, primaryPlan: primaryPlan, planOfItem: figures.alignment.planOfItem))
            default: return Statement(marks: bytes)
            }
        }
    }

    /// Compares every channel present in `files` with `figures`.
    public static func check(_ figures: HeadlineFigures, files: [OutputFile], primaryPlan: String) -> [Mismatch] {
        let reader = Reader(figures: figures, primaryPlan: primaryPlan)
        var statements: [String: Statement] = [:]
        for file in files where statements[file.path] == nil {
            if let statement = reader.statement(file) { statements[file.path] = statement }
        }
        return check(figures, statements: statements)
    }

    /// Compares what every channel's files state (by path) with `figures`.
    public static func check(_ figures: HeadlineFigures, statements: [String: Statement]) -> [Mismatch] {
        var mismatches: [Mismatch] = []
        func compare(_ channel: String, _ stated: [String: String], required: (String) -> Bool) {
            for (key, expected) in figures.values {
                let found = stated[key]
                if found == nil && !required(key) { continue }
                if found != expected { mismatches.append(Mismatch(channel: channel, key: key, expected: expected, found: found)) }
            }
        }
        let all: (String) -> Bool = { _ in true }
        if let csv = statements[OutputPath.projectsCSV] {
            compare(OutputPath.projectsCSV, csv.stated, required: { !$0.hasPrefix("strategy.") })
        }
        let alignment = figures.alignment
        let gapKeys = alignment.planKeys.map { $0.replacingOccurrences(of: ".several", with: ".gaps") }
        if let csv = statements[OutputPath.alignmentCSV] {
            compare(OutputPath.alignmentCSV, csv.stated, required: { $0.hasPrefix("strategy.") })
            mismatches += compareAlignment(OutputPath.alignmentCSV, csv.stated, alignment, required: alignment.itemKeys + gapKeys)
        }
        for channel in [OutputPath.reportJSON, OutputPath.reportXML] {
            guard let data = statements[channel] else { continue }
            compare(channel, data.stated, required: all)
            mismatches += compareAlignment(
                channel, data.stated, alignment, required: alignment.itemKeys + alignment.planKeys + gapKeys)
        }
        mismatches += checkAlignmentPages(alignment, statements: statements)
        if let html = statements[OutputPath.home] {
            compare(
                OutputPath.home, html.stated,
                required: { key in
                    key.hasPrefix("total.") || key.hasSuffix(".projects") || key.hasSuffix(".allocated") || key.hasSuffix(".spent")
                })
            mismatches += html.shown.map {
                Mismatch(channel: OutputPath.home + " (as shown)", key: $0.key, expected: $0.value, found: $0.shown)
            }
        }
        if let html = statements[OutputPath.bookletHTML] {
            compare(OutputPath.bookletHTML, html.stated, required: { $0.hasPrefix("total.") })
            // Part ๔'s matrices: every cell with projects, as on the site's analysis page.
            let cells = alignment.values.filter { $0.key.hasPrefix("matrix.") && $0.key.hasSuffix(".projects") && $0.value != "0" }
                .keys.flatMap { [$0, String($0.dropLast(".projects".count)) + ".allocated"] }.sorted()
            mismatches += compareAlignment(OutputPath.bookletHTML, html.stated, alignment, required: cells)
            mismatches += html.shown.map {
                Mismatch(channel: OutputPath.bookletHTML + " (as shown)", key: $0.key, expected: $0.value, found: $0.shown)
            }
        }
        return mismatches
    }

    /// Compares what a channel states of the alignment figures: every `required` key, and any other
    /// alignment key it states (a figure the report does not have is a mismatch too).
    static func compareAlignment(_ channel: String, _ stated: [String: String], _ alignment: AlignmentFigures, required: [String])
        -> [Mismatch]
    {
        var out: [Mismatch] = []
        var seen = Set<String>()
        for key in required where seen.insert(key).inserted {
            let expected = alignment.values[key] ?? "?"
            if stated[key] != expected { out.append(Mismatch(channel: channel, key: key, expected: expected, found: stated[key])) }
        }
        for key in stated.keys.sorted() where !seen.contains(key) && AlignmentFigures.prefixes.contains(where: { key.hasPrefix($0) }) {
            if let expected = alignment.values[key] {
                if stated[key] != expected { out.append(Mismatch(channel: channel, key: key, expected: expected, found: stated[key])) }
            } else {
                out.append(Mismatch(channel: channel, key: key, expected: "no such figure", found: stated[key]))
            }
        }
        return out
    }

    /// The site's alignment section: `alignment.html`, `plans/*.html`, `items/*.html`. Each page must
    /// mark the figures it shows (and show what it marks); when the analysis page is published, every
    /// plan and item page must be too.
    static func checkAlignmentPages(_ alignment: AlignmentFigures, statements: [String: Statement]) -> [Mismatch] {
        var out: [Mismatch] = []
        let required = Dictionary(alignment.pages.map { ($0.path, $0.keys) }, uniquingKeysWith: { a, _ in a })
        if statements[OutputPath.alignment] != nil {
            for page in alignment.pages where statements[page.path] == nil {
                out.append(Mismatch(channel: page.path, key: "(page)", expected: "published", found: nil))
            }
        }
        let paths = statements.keys.filter(OutputPath.isAlignmentPage)
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for path in paths {
            guard let page = statements[path] else { continue }
            out += compareAlignment(path, page.stated, alignment, required: required[path] ?? [])
            out += page.shown.map { Mismatch(channel: "\(path) (as shown)", key: $0.key, expected: $0.value, found: $0.shown) }
        }
        return out
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

    /// Reads `report.json` through `JSONTape` (no tree of nodes); a file that is not UTF-8 goes
    /// to `referenceFromJSON`, which repairs it as the reader does.
    static func fromJSON(_ bytes: [UInt8], primaryPlan: String) -> [String: String] {
        guard bytes.count < Int(Int32.max), String(validating: bytes, as: UTF8.self) != nil else {
            return referenceFromJSON(bytes, primaryPlan: primaryPlan)
        }
        // JSON that the reader refuses states nothing.
        guard let tape = JSONTape(bytes) else { return [:] }
        let root: Int? = 0
        var out: [String: String] = [:]
        func figures(_ node: Int?, _ prefix: String, statuses: Bool) {
            guard let node else { return }
            out["\(prefix).projects"] = tape.text(tape.member(node, "projects"))
            out["\(prefix).allocated"] = tape.text(tape.member(node, "allocated"))
            out["\(prefix).spent"] = tape.text(tape.member(node, "spent"))
            let ind = tape.member(node, "indicators")
            out["\(prefix).indicators.achieved"] = tape.text(tape.member(ind, "achieved"))
            out["\(prefix).indicators.not_achieved"] = tape.text(tape.member(ind, "not_achieved"))
            out["\(prefix).indicators.not_measured"] = tape.text(tape.member(ind, "not_measured"))
            if statuses, let byStatus = tape.member(node, "by_status"), tape.values[byStatus].kind == .object {
                for e in tape.members(byStatus) { out["\(prefix).status.\(e.key)"] = tape.text(e.value) }
            }
        }
        figures(tape.member(root, "totals"), "total", statuses: true)
        for u in tape.items(tape.member(root, "units")) {
            if let id = tape.text(tape.member(u, "id")) { figures(tape.member(u, "figures"), "unit.\(id)", statuses: false) }
        }
        let plans = tape.items(tape.member(root, "plans"))
        for p in plans where tape.text(tape.member(p, "id")) == primaryPlan {
            for item in tape.items(tape.member(p, "items")) where tape.text(tape.member(item, "depth")) == "1" {
                if let code = tape.text(tape.member(item, "code")) {
                    figures(tape.member(item, "rollup"), "strategy.\(code)", statuses: false)
                }
            }
        }
        // The alignment section's figures: every item of every plan, gaps and projects serving several.
        for p in plans {
            guard let id = tape.text(tape.member(p, "id")) else { continue }
            out["plan.\(id).several"] = tape.text(tape.member(p, "projects_serving_several_items"))
            var gaps = 0
            for item in tape.items(tape.member(p, "items")) {
                guard let code = tape.text(tape.member(item, "code")) else { continue }
                let rollup = tape.member(item, "rollup")
                let ind = tape.member(rollup, "indicators")
                let stated = [
                    tape.member(rollup, "projects"), tape.member(rollup, "units"), tape.member(rollup, "allocated"),
                    tape.member(rollup, "spent"), tape.member(ind, "achieved"), tape.member(ind, "not_achieved"),
                    tape.member(ind, "not_measured"),
                ]
                for (suffix, node) in zip(AlignmentFigures.itemSuffixes, stated) { out["item.\(code).\(suffix)"] = tape.text(node) }
                if tape.text(tape.member(rollup, "projects")) == "0" { gaps += 1 }
            }
            out["plan.\(id).gaps"] = String(gaps)
        }
        return out
    }

    /// `fromJSON` through `JSONReader`'s tree, as it was first written: for files that are not
    /// UTF-8, and as the tests' reference.
    static func referenceFromJSON(_ bytes: [UInt8], primaryPlan: String) -> [String: String] {
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
        // The alignment section's figures: every item of every plan, gaps and projects serving several.
        for p in list(field(root, "plans")) {
            guard let id = field(p, "id")?.scalar?.text else { continue }
            out["plan.\(id).several"] = field(p, "projects_serving_several_items")?.scalar?.text
            var gaps = 0
            for item in list(field(p, "items")) {
                guard let code = field(item, "code")?.scalar?.text else { continue }
                let rollup = field(item, "rollup")
                let ind = field(rollup, "indicators")
                let stated = [
                    field(rollup, "projects"), field(rollup, "units"), field(rollup, "allocated"), field(rollup, "spent"),
                    field(ind, "achieved"), field(ind, "not_achieved"), field(ind, "not_measured"),
                ]
                for (suffix, node) in zip(AlignmentFigures.itemSuffixes, stated) { out["item.\(code).\(suffix)"] = node?.scalar?.text }
                if field(rollup, "projects")?.scalar?.text == "0" { gaps += 1 }
            }
            out["plan.\(id).gaps"] = String(gaps)
        }
        return out
    }

    static func fromXML(_ bytes: [UInt8], primaryPlan: String, planOfItem: [String: String] = [:]) -> [String: String] {
        // Only the primary plan's top items are headline figures; other plans' items are ignored by key.
        _ = primaryPlan
        return fromXML(
            elements: XMLEngine.shared.elements(ChannelAudit.xmlQuery, in: bytes), planOfItem: planOfItem)
    }

    /// What the elements `XMLEngine` read of `report.xml` state.
    static func fromXML(elements: [XMLEngine.ReadElement], planOfItem: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        var gaps: [String: Int] = [:]
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
        for e in elements {
            switch (e.name, e.parentName) {
            case ("totals", "report"): figures(e.attributes, "total", statuses: true)
            case ("figures", "unit"): if let id = e.parentAttributes["id"] { figures(e.attributes, "unit.\(id)", statuses: false) }
            case ("rollup", "item"):
                guard let code = e.parentAttributes["code"] else { continue }
                if e.parentAttributes["depth"] == "1" { figures(e.attributes, "strategy.\(code)", statuses: false) }
                let a = e.attributes
                for (suffix, attr) in zip(
                    AlignmentFigures.itemSuffixes,
                    ["projects", "units", "allocated", "spent", "indicatorsAchieved", "indicatorsNotAchieved", "indicatorsNotMeasured"])
                {
                    out["item.\(code).\(suffix)"] = a[attr]
                }
            case ("plan", "report"):
                if let id = e.attributes["id"] {
                    out["plan.\(id).several"] = e.attributes["projectsServingSeveralItems"]
                    gaps[id, default: 0] += 0
                }
            case ("item", _):
                if e.attributes["gap"] == "true", let code = e.attributes["code"] { gaps[planOfItem[code] ?? "?", default: 0] += 1 }
            default: continue
            }
        }
        for (plan, n) in gaps { out["plan.\(plan).gaps"] = String(n) }
        return out
    }

    /// The marks `<data data-audit="key" value="v">text</data>` of a page, in page order: a scan
    /// over the bytes (a page of the alignment section is read on every build, so no regex engine).
    static func marks(_ bytes: [UInt8]) -> [(key: String, value: String, text: String)] {
        let open = Array(#"<data data-audit=""#.utf8)
        let middle = Array(#"" value=""#.utf8)
        let close = Array("</data>".utf8)
        var out: [(String, String, String)] = []
        var i = 0
        let n = bytes.count
        /// The index just past `token` when it starts at `j`, else nil.
        func match(_ token: [UInt8], at j: Int) -> Int? {
            guard j + token.count <= n else { return nil }
            for k in 0..<token.count where bytes[j + k] != token[k] { return nil }
            return j + token.count
        }
        /// The index of the first `stop` byte from `j`, nil at the end.
        func scan(from j: Int, to stop: UInt8) -> Int? {
            guard j < n else { return nil }
            return bytes.withUnsafeBytes { raw in
                memchr(raw.baseAddress! + j, Int32(stop), n - j).map { $0 - UnsafeMutableRawPointer(mutating: raw.baseAddress!) }
            }
        }
        /// The index of the first occurrence of `token` from `j`, nil when there is none.
        func find(_ token: [UInt8], from j: Int) -> Int? {
            var k = j
            while let lt = scan(from: k, to: token[0]) {
                if match(token, at: lt) != nil { return lt }
                k = lt + 1
            }
            return nil
        }
        while i < n {
            // The next `<data data-audit="`, found by memchr (pages of the alignment section are
            // megabytes of HTML with a mark every few hundred bytes).
            guard let next = find(open, from: i) else { break }
            i = next + 1
            let keyStart = next + open.count
            guard let keyEnd = scan(from: keyStart, to: UInt8(ascii: "\"")), keyEnd > keyStart,
                let valueStart = match(middle, at: keyEnd), let valueEnd = scan(from: valueStart, to: UInt8(ascii: "\"")),
                valueEnd + 1 < n, bytes[valueEnd + 1] == UInt8(ascii: ">"),
                let textEnd = scan(from: valueEnd + 2, to: UInt8(ascii: "<")), let after = match(close, at: textEnd)
            else { continue }
            out.append(
                (
                    String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self),
                    String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self),
                    String(decoding: bytes[(valueEnd + 2)..<textEnd], as: UTF8.self)
                ))
            i = after
        }
        return out
    }

    /// A figure whose visible text differs from its `value`.
    struct Shown: Sendable {
        var key: String
        var value: String
        var shown: String
    }

    /// Reads `<data data-audit="key" value="v">shown</data>` marks: both the machine value and the
    /// text a reader sees (Thai digits and separators removed) must state the figure.
    static func fromMarks(_ bytes: [UInt8]) -> ([String: String], [Shown]) {
        var stated: [String: String] = [:]
        var shown: [Shown] = []
        for (key, value, text) in marks(bytes) {
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
