import PlanPressAlign
import PlanPressCore
import PlanPressParse
import PlanPressValidate

/// Reads one earlier year's `report.json` into a `HistoryYear`, checking it against the report's
/// own format: PP801 when it cannot be read, PP802 for what the schema does not allow, PP803 when
/// it is another year's, PP804 when it is another province's. Never traps, whatever the bytes.
struct HistoryReportReader {
    /// The format this reader knows; keys may be added within it, and are not looked at.
    static let format = "planpress/report/1"

    /// The arrays and objects of a report that the history does not read (a unit's projects, an
    /// item's project keys, the entries behind a strategic indicator, the years that report itself
    /// compared): checked for syntax but never built, so that a large report is read in a fraction
    /// of its tree's time and memory.
    static let skipped: Set<String> = ["projects", "indicator_results", "reported", "contributions", "contributors", "history"]

    /// The year the report's folder names.
    var year: Int
    /// The report's path as diagnostics show it.
    var path: String
    /// site.yaml's province, which the report must be of.
    var province: String
    /// The largest file read, in bytes.
    var maximumBytes: Int

    /// The year's figures, or nil with the reasons.
    func read(_ bytes: [UInt8]) -> (HistoryYear?, [Diagnostic]) {
        guard bytes.count <= maximumBytes else {
            return (nil, [HistoryUnreadable.tooLarge(byteCount: bytes.count, limit: maximumBytes, path: path)])
        }
        // PlanPress writes UTF-8: checked in place (a large file is held once, never decoded into
        // a copy); anything else is named by the decoder at its byte.
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        // The standard library's validator (vectorised) first; the located search only on failure.
        if body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) == nil {
            let (_, decodeDiagnostics) = SourceText.decode(bytes, path: path)
            let problem =
                decodeDiagnostics.first
                ?? Diagnostic(
                    .encodingInvalid, at: SourceLocation(path: path, line: 1, column: 1), th: "ไบต์ที่อ่านไม่ได้", en: "unreadable bytes")
            return (nil, [HistoryUnreadable.encoding(problem)])
        }
        let (root, parseDiagnostics) = JSONReader(skippingContainersOf: Self.skipped).read(utf8: body, path: path)
        guard let root, parseDiagnostics.isEmpty else {
            return (nil, parseDiagnostics.map(HistoryUnreadable.syntax))
        }
        var fields = ReportFields()
        let year = self.year(root, &fields)
        return (fields.diagnostics.isEmpty ? year : nil, fields.diagnostics)
    }

    /// The whole document, once the format says it is a PlanPress report.
    func year(_ root: Node, _ f: inout ReportFields) -> HistoryYear? {
        guard let top = f.object(root, "") else { return nil }
        // Another format is not read further: its keys would be a list of errors about nothing.
        guard let format = top["format"], let text = format.scalar?.text, format.scalar?.isString == true, text == Self.format else {
            let found = top["format"].flatMap { $0.scalar?.isString == true ? $0.scalar?.text : $0.scalar.map { _ in "?" } }
            f.report(HistorySchema.format(found, expected: Self.format, at: top["format"]?.location ?? root.location))
            return nil
        }
        var province = ""
        if let site = f.object(top, "site") {
            if let p = f.text(site, "province") {
                province = p
                if let d = HistoryProvince.check(p, expected: self.province, at: site["province"]?.location ?? site.node.location) {
                    f.report(d)
                }
            }
            if let y = f.count(site, "fiscal_year"),
                let d = HistoryYearMismatch.check(y, folderYear: year, at: site["fiscal_year"]?.location ?? site.node.location)
            {
                f.report(d)
            }
        }
        let totals = f.object(top, "totals").map { figures($0, &f) } ?? nil
        let unitNodes = f.array(top, "units")
        let units = unitNodes.map { self.units($0, &f) } ?? []
        let planNodes = f.array(top, "plans")
        let (items, indicators) = planNodes.map { plans($0, &f) } ?? ([], [])
        guard let totals else { return nil }
        return HistoryYear(year: year, path: path, province: province, totals: totals, units: units, items: items, indicators: indicators)
    }

    /// A *figures* object (`totals`, a unit's `figures`, an item's `rollup`).
    func figures(_ o: ReportFields.Object, _ f: inout ReportFields) -> Figures? {
        var out = Figures()
        let projects = f.count(o, "projects")
        let units = f.count(o, "units")
        let allocated = f.money(o, "allocated")
        let spent = f.money(o, "spent")
        var complete = projects != nil && units != nil && allocated != nil && spent != nil
        if let byStatus = f.object(o, "by_status") {
            for status in ProjectStatus.allCases {
                if let n = f.count(byStatus, status.rawValue) { out.byStatus[status] = n } else { complete = false }
            }
        } else {
            complete = false
        }
        if let counts = f.object(o, "indicators") {
            let achieved = f.count(counts, "achieved")
            let notAchieved = f.count(counts, "not_achieved")
            let notMeasured = f.count(counts, "not_measured")
            if let achieved, let notAchieved, let notMeasured {
                out.indicators.achieved = achieved
                out.indicators.notAchieved = notAchieved
                out.indicators.notMeasured = notMeasured
            } else {
                complete = false
            }
        } else {
            complete = false
        }
        guard complete, let projects, let units, let allocated, let spent else { return nil }
        out.projects = projects
        out.units = units
        out.allocated = allocated
        out.spent = spent
        return out
    }

    /// `units[]`: each unit's identity and figures; an id listed twice is an error.
    func units(_ nodes: [Node], _ f: inout ReportFields) -> [HistoryUnit] {
        var out: [HistoryUnit] = []
        var seen: [String: SourceLocation] = [:]
        for (i, node) in nodes.enumerated() {
            guard let u = f.object(node, "units[\(i + 1)]") else { continue }
            let id = f.text(u, "id")
            let name = f.text(u, "name")
            let figuresObject = f.object(u, "figures")
            let figures = figuresObject.map { self.figures($0, &f) } ?? nil
            guard let id, let name, let figures else { continue }
            let here = u["id"]?.location ?? u.node.location
            if let first = seen[id] {
                f.report(HistorySchema.duplicate("units", code: id, first: first, at: here))
                continue
            }
            seen[id] = here
            out.append(
                HistoryUnit(
                    id: id, name: name, shortName: f.optionalText(u, "short_name"), affiliation: f.optionalText(u, "affiliation"),
                    figures: figures))
        }
        return out
    }

    /// `plans[]`: every item with its roll-up and strategic indicators; a code listed twice (in
    /// any plan) is an error, as in the framework.
    func plans(_ nodes: [Node], _ f: inout ReportFields) -> ([HistoryItem], [HistoryIndicator]) {
        var items: [HistoryItem] = []
        var indicators: [HistoryIndicator] = []
        var seenItems: [String: SourceLocation] = [:]
        var seenIndicators: [String: SourceLocation] = [:]
        for (p, node) in nodes.enumerated() {
            guard let plan = f.object(node, "plans[\(p + 1)]"), let planID = f.text(plan, "id"), let list = f.array(plan, "items") else {
                continue
            }
            for (i, itemNode) in list.enumerated() {
                guard let o = f.object(itemNode, "\(plan.field).items[\(i + 1)]") else { continue }
                let code = f.text(o, "code")
                let name = f.text(o, "name")
                let depth = f.count(o, "depth")
                let parent = f.optionalText(o, "parent")
                let rollupObject = f.object(o, "rollup")
                let rollup = rollupObject.map { figures($0, &f) } ?? nil
                let indicatorNodes = f.array(o, "indicators")
                let strategic = indicatorNodes.map { self.indicators($0, in: o, &f) } ?? []
                guard let code, let name, let depth, let rollup else { continue }
                let here = o["code"]?.location ?? o.node.location
                if let first = seenItems[code] {
                    f.report(HistorySchema.duplicate("plans[].items", code: code, first: first, at: here))
                    continue
                }
                seenItems[code] = here
                items.append(HistoryItem(code: code, planID: planID, name: name, parent: parent, depth: depth, rollup: rollup))
                for (indicator, location) in strategic {
                    if let first = seenIndicators[indicator.code] {
                        f.report(HistorySchema.duplicate("plans[].items[].indicators", code: indicator.code, first: first, at: location))
                        continue
                    }
                    seenIndicators[indicator.code] = location
                    var indicator = indicator
                    indicator.itemCode = code
                    indicator.planID = planID
                    indicators.append(indicator)
                }
            }
        }
        return (items, indicators)
    }

    /// An item's strategic indicators, each with the location of its code.
    func indicators(_ nodes: [Node], in item: ReportFields.Object, _ f: inout ReportFields) -> [(HistoryIndicator, SourceLocation)] {
        var out: [(HistoryIndicator, SourceLocation)] = []
        for (i, node) in nodes.enumerated() {
            guard let o = f.object(node, "\(item.field).indicators[\(i + 1)]") else { continue }
            let code = f.text(o, "code")
            let name = f.text(o, "name")
            let unit = f.optionalText(o, "unit")
            let direction = f.choice(o, "direction", Direction.self)
            let target = f.optionalNumber(o, "year_target")
            let value = f.optionalNumber(o, "year_value")
            let status = f.choice(o, "status", AlignmentAnalysis.IndicatorStatus.self)
            guard let code, let name, let direction, let status else { continue }
            out.append(
                (
                    HistoryIndicator(
                        code: code, itemCode: "", planID: "", name: name, unit: unit, direction: direction,
                        result: IndicatorYear(value: value, target: target, status: status)),
                    o["code"]?.location ?? o.node.location
                ))
        }
        return out
    }
}
