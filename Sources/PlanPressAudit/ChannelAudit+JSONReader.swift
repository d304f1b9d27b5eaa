import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressParse

/// The reader of `report.json`.
extension ChannelAudit {
    /// Reads `report.json` through `JSONTape` (no tree of nodes); a file that is not UTF-8 goes
    /// to `treeFromJSON`, which repairs it as the reader does.
    static func fromJSON(_ bytes: [UInt8], primaryPlan: String) -> [String: String] {
        guard bytes.count < Int(Int32.max), String(validating: bytes, as: UTF8.self) != nil else {
            return treeFromJSON(bytes, primaryPlan: primaryPlan)
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
        // The graded project indicators by band: `indicators.by_band`, a count per band.
        func bands(_ node: Int?, _ prefix: String) {
            for (b, n) in tape.items(tape.member(tape.member(node, "indicators"), "by_band")).enumerated() {
                out[BandFigures.key(prefix, band: b)] = tape.text(n)
            }
        }
        func number(_ v: Int?) -> String? {
            guard let v, tape.values[v].kind != .literal || tape.text(v) != "null" else { return nil }
            return tape.text(v)
        }
        figures(tape.member(root, "totals"), "total", statuses: true)
        bands(tape.member(root, "totals"), "total")
        for u in tape.items(tape.member(root, "units")) {
            if let id = tape.text(tape.member(u, "id")) {
                figures(tape.member(u, "figures"), "unit.\(id)", statuses: false)
                bands(tape.member(u, "figures"), "unit.\(id)")
            }
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
                bands(rollup, "item.\(code)")
                if tape.text(tape.member(rollup, "projects")) == "0" { gaps += 1 }
                for si in tape.items(tape.member(item, "indicators")) {
                    guard let code = tape.text(tape.member(si, "code")) else { continue }
                    addGrade(
                        &out, code: code, percent: number(tape.member(si, "percent_of_target")),
                        band: number(tape.member(tape.member(si, "rating"), "band")))
                    let list = tape.member(si, "contributors")
                    let contributors = tape.items(list).map { c in
                        StatedEntry(
                            unit: tape.text(tape.member(c, "unit_id")), value: number(tape.member(c, "value")),
                            numerator: number(tape.member(c, "numerator")), denominator: number(tape.member(c, "denominator")))
                    }
                    addIndicator(
                        &out, code: code, value: number(tape.member(si, "year_value")),
                        contributors: list.map { tape.values[$0].kind == .array } == true ? contributors : nil)
                }
            }
            out["plan.\(id).gaps"] = String(gaps)
        }
        // The years compared (`history`): each year's figures, and its change from the year before.
        let fiscalYear = tape.text(tape.member(tape.member(root, "site"), "fiscal_year"))
        for y in tape.items(tape.member(root, "history")) {
            guard let yearText = tape.text(tape.member(y, "year")), let year = Int(yearText) else { continue }
            let changePrefix = HistoryFigures.changePrefix(year: year, current: yearText == fiscalYear)
            func yearFigures(_ node: Int?, _ scope: String, unit: Bool) {
                guard let node, tape.values[node].kind == .object else { return }
                let ind = tape.member(node, "indicators")
                var stated = [
                    ("projects", tape.member(node, "projects")), ("allocated", tape.member(node, "allocated")),
                    ("spent", tape.member(node, "spent")), ("indicators.achieved", tape.member(ind, "achieved")),
                    ("indicators.not_achieved", tape.member(ind, "not_achieved")),
                    ("indicators.not_measured", tape.member(ind, "not_measured")),
                ]
                if !unit { stated.append(("units", tape.member(node, "units"))) }
                for (suffix, n) in stated { out[HistoryFigures.prefix(year: year, scope) + ".\(suffix)"] = tape.text(n) }
            }
            func change(_ node: Int?, _ scope: String) {
                guard let node, tape.values[node].kind == .object else { return }
                for (suffix, n) in [
                    ("projects", tape.member(node, "projects")), ("allocated", tape.member(node, "allocated")),
                    ("spent", tape.member(node, "spent")),
                ] {
                    out[changePrefix + "\(scope).\(suffix)"] = tape.text(n)
                }
            }
            yearFigures(tape.member(y, "totals"), "total", unit: false)
            change(tape.member(y, "change"), "total")
            for (code, entry) in tape.members(tape.member(y, "items")) {
                yearFigures(tape.member(entry, "rollup"), "item.\(code)", unit: false)
                change(tape.member(entry, "change"), "item.\(code)")
            }
            for (id, entry) in tape.members(tape.member(y, "units")) {
                yearFigures(tape.member(entry, "figures"), "unit.\(id)", unit: true)
                change(tape.member(entry, "change"), "unit.\(id)")
            }
            for (code, entry) in tape.members(tape.member(y, "indicators")) {
                if let value = number(tape.member(entry, "value")) {
                    out[HistoryFigures.prefix(year: year, "indicator.\(code)") + ".value"] = value
                }
                if let delta = number(tape.member(tape.member(entry, "change"), "value")) {
                    out[changePrefix + "indicator.\(code).value"] = delta
                }
            }
        }
        return out
    }

    /// What a data channel states of a strategic indicator's grade: its percentage of the target
    /// and its band's index.
    static func addGrade(_ out: inout [String: String], code: String, percent: String?, band: String?) {
        let prefix = IndicatorFigures.prefix + code
        if let percent { out["\(prefix).percent"] = percent }
        if let band { out["\(prefix).rating"] = band }
    }

    /// `fromJSON` through `JSONReader`'s tree: for files that are not
    /// UTF-8, and as the tests' reference.
    static func treeFromJSON(_ bytes: [UInt8], primaryPlan: String) -> [String: String] {
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
        func bands(_ node: Node?, _ prefix: String) {
            for (b, n) in list(field(field(node, "indicators"), "by_band")).enumerated() {
                out[BandFigures.key(prefix, band: b)] = n.scalar?.text
            }
        }
        func number(_ node: Node?) -> String? {
            guard let s = node?.scalar, s.isString || s.text != "null" else { return nil }
            return s.text
        }
        func members(_ node: Node?) -> [(key: String, value: Node)] {
            guard case .mapping(let entries)? = node?.value else { return [] }
            var seen = Set<String>()
            return entries.filter { seen.insert($0.key).inserted }.map { ($0.key, $0.value) }
        }
        figures(field(root, "totals"), "total", statuses: true)
        bands(field(root, "totals"), "total")
        for u in list(field(root, "units")) {
            if let id = field(u, "id")?.scalar?.text {
                figures(field(u, "figures"), "unit.\(id)", statuses: false)
                bands(field(u, "figures"), "unit.\(id)")
            }
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
                bands(rollup, "item.\(code)")
                if field(rollup, "projects")?.scalar?.text == "0" { gaps += 1 }
                for si in list(field(item, "indicators")) {
                    guard let code = field(si, "code")?.scalar?.text else { continue }
                    addGrade(
                        &out, code: code, percent: number(field(si, "percent_of_target")), band: number(field(field(si, "rating"), "band")))
                    var contributors: [StatedEntry]?
                    if case .sequence(let items)? = field(si, "contributors")?.value {
                        contributors = items.map { c in
                            StatedEntry(
                                unit: field(c, "unit_id")?.scalar?.text, value: number(field(c, "value")),
                                numerator: number(field(c, "numerator")), denominator: number(field(c, "denominator")))
                        }
                    }
                    addIndicator(&out, code: code, value: number(field(si, "year_value")), contributors: contributors)
                }
            }
            out["plan.\(id).gaps"] = String(gaps)
        }
        let fiscalYear = field(field(root, "site"), "fiscal_year")?.scalar?.text
        for y in list(field(root, "history")) {
            guard let yearText = field(y, "year")?.scalar?.text, let year = Int(yearText) else { continue }
            let changePrefix = HistoryFigures.changePrefix(year: year, current: yearText == fiscalYear)
            func yearFigures(_ node: Node?, _ scope: String, unit: Bool) {
                guard case .mapping? = node?.value else { return }
                let ind = field(node, "indicators")
                var stated = [
                    ("projects", field(node, "projects")), ("allocated", field(node, "allocated")), ("spent", field(node, "spent")),
                    ("indicators.achieved", field(ind, "achieved")), ("indicators.not_achieved", field(ind, "not_achieved")),
                    ("indicators.not_measured", field(ind, "not_measured")),
                ]
                if !unit { stated.append(("units", field(node, "units"))) }
                for (suffix, n) in stated { out[HistoryFigures.prefix(year: year, scope) + ".\(suffix)"] = n?.scalar?.text }
            }
            func change(_ node: Node?, _ scope: String) {
                guard case .mapping? = node?.value else { return }
                for suffix in HistoryFigures.changeSuffixes { out[changePrefix + "\(scope).\(suffix)"] = field(node, suffix)?.scalar?.text }
            }
            yearFigures(field(y, "totals"), "total", unit: false)
            change(field(y, "change"), "total")
            for (code, entry) in members(field(y, "items")) {
                yearFigures(field(entry, "rollup"), "item.\(code)", unit: false)
                change(field(entry, "change"), "item.\(code)")
            }
            for (id, entry) in members(field(y, "units")) {
                yearFigures(field(entry, "figures"), "unit.\(id)", unit: true)
                change(field(entry, "change"), "unit.\(id)")
            }
            for (code, entry) in members(field(y, "indicators")) {
                if let value = number(field(entry, "value")) {
                    out[HistoryFigures.prefix(year: year, "indicator.\(code)") + ".value"] = value
                }
                if let delta = number(field(field(entry, "change"), "value")) { out[changePrefix + "indicator.\(code).value"] = delta }
            }
        }
        return out
    }

    /// A unit's entry for a strategic indicator as a data channel states it.
    struct StatedEntry {
        var unit: String?
        var value: String?
        var numerator: String?
        var denominator: String?
    }

    /// What a data channel states of a strategic indicator (`IndicatorFigures`' keys): its
    /// year's value, and with its contributing entries (nil: the channel lists none), the number
    /// of different units among them and each one's figures.
    static func addIndicator(_ out: inout [String: String], code: String, value: String?, contributors: [StatedEntry]?) {
        let prefix = IndicatorFigures.prefix + code
        if let value { out["\(prefix).value"] = value }
        guard let contributors else { return }
        out["\(prefix).units"] = String(Set(contributors.compactMap(\.unit)).count)
        for (n, c) in contributors.enumerated() {
            let key = "\(prefix).\(n + 1).\(c.unit ?? "?")"
            out["\(key).value"] = c.value
            out["\(key).numerator"] = c.numerator
            out["\(key).denominator"] = c.denominator
        }
    }
}
