import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressXML

/// The reader of `report.xml`.
extension ChannelAudit {
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
        // Strategic indicators in document order, each with its contributors as they follow it.
        var indicators: [(code: String, value: String?, contributors: [StatedEntry])] = []
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
        // `indicatorsByBand="3 5 0 1 2"`: the graded project indicators, a count per band.
        func bands(_ a: [String: String], _ prefix: String) {
            guard let list = a["indicatorsByBand"] else { return }
            for (b, n) in list.split(separator: " ").enumerated() { out[BandFigures.key(prefix, band: b)] = String(n) }
        }
        // The year of the element of `history` read last, and whether it is this report's.
        var year: (value: Int, current: Bool)?
        func yearFigures(_ e: XMLEngine.ReadElement, _ scope: String, unit: Bool) {
            guard let text = e.parentAttributes["year"], let value = Int(text) else {
                year = nil
                return
            }
            year = (value, e.parentAttributes["current"] == "true")
            let a = e.attributes
            var stated = [
                ("projects", "projects"), ("allocated", "allocated"), ("spent", "spent"), ("indicators.achieved", "indicatorsAchieved"),
                ("indicators.not_achieved", "indicatorsNotAchieved"), ("indicators.not_measured", "indicatorsNotMeasured"),
            ]
            if !unit { stated.append(("units", "units")) }
            for (suffix, attr) in stated { out[HistoryFigures.prefix(year: value, scope) + ".\(suffix)"] = a[attr] }
        }
        for e in elements {
            switch (e.name, e.parentName) {
            case ("totals", "report"):
                figures(e.attributes, "total", statuses: true)
                bands(e.attributes, "total")
            case ("figures", "unit"):
                if let id = e.parentAttributes["id"] {
                    figures(e.attributes, "unit.\(id)", statuses: false)
                    bands(e.attributes, "unit.\(id)")
                }
            case ("rollup", "item"):
                guard let code = e.parentAttributes["code"] else { continue }
                if e.parentAttributes["depth"] == "1" { figures(e.attributes, "strategy.\(code)", statuses: false) }
                bands(e.attributes, "item.\(code)")
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
            case ("strategicIndicator", _):
                if let code = e.attributes["code"] {
                    indicators.append((code, e.attributes["yearValue"], []))
                    addGrade(&out, code: code, percent: e.attributes["percentOfTarget"], band: e.attributes["rating"])
                }
            case ("yearTotals", "historyYear"): yearFigures(e, "total", unit: false)
            case ("yearItem", "historyYear"): if let code = e.attributes["code"] { yearFigures(e, "item.\(code)", unit: false) }
            case ("yearUnit", "historyYear"): if let id = e.attributes["id"] { yearFigures(e, "unit.\(id)", unit: true) }
            case ("yearIndicator", "historyYear"):
                guard let code = e.attributes["code"], let text = e.parentAttributes["year"], let value = Int(text) else { continue }
                year = (value, e.parentAttributes["current"] == "true")
                if let v = e.attributes["value"] { out[HistoryFigures.prefix(year: value, "indicator.\(code)") + ".value"] = v }
            case ("change", let parent):
                // The change of the element just read (its parent), in that element's year.
                guard let (value, current) = year else { continue }
                let prefix = HistoryFigures.changePrefix(year: value, current: current)
                let scope: String
                switch parent {
                case "yearTotals": scope = "total"
                case "yearItem": scope = "item.\(e.parentAttributes["code"] ?? "?")"
                case "yearUnit": scope = "unit.\(e.parentAttributes["id"] ?? "?")"
                case "yearIndicator":
                    out[prefix + "indicator.\(e.parentAttributes["code"] ?? "?").value"] = e.attributes["value"]
                    continue
                default: continue
                }
                for suffix in HistoryFigures.changeSuffixes { out[prefix + "\(scope).\(suffix)"] = e.attributes[suffix] }
            case ("contributor", "strategicIndicator"):
                guard e.parentAttributes["code"] == indicators.last?.code else { continue }
                let a = e.attributes
                indicators[indicators.count - 1].contributors.append(
                    StatedEntry(unit: a["unit"], value: a["value"], numerator: a["numerator"], denominator: a["denominator"]))
            default: continue
            }
        }
        for (plan, n) in gaps { out["plan.\(plan).gaps"] = String(n) }
        for i in indicators { addIndicator(&out, code: i.code, value: i.value, contributors: i.contributors) }
        return out
    }
}
