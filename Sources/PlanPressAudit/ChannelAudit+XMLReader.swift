import PlanPressAlign
import PlanPressCore
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
            case ("strategicIndicator", _):
                if let code = e.attributes["code"] { indicators.append((code, e.attributes["yearValue"], [])) }
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
