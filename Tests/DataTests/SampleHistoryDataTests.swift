import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPublish
import PlanPressTestSupport
import Testing

@testable import PlanPressData

/// The sample's years (`content/history/2567`, `2568`, then 2569): `trends.csv` and the data
/// files' `history` agree with each year's own published `report.json`, read here exactly (no
/// floating point), to the satang: the totals, every unit, every plan item and every strategic
/// indicator's value, and nothing else.
@Suite(.serialized) struct SampleHistoryDataTests {
    static let report: Report = try! Fixtures.report()
    static let trends: Trends = try! Fixtures.trends(report, history: Fixtures.sample)
    static let files: [OutputFile] = try! DataRenderer().render(report, trends: trends)

    static let figureFields = [
        ("projects", ["projects"]), ("units", ["units"]), ("allocated", ["allocated"]), ("spent", ["spent"]),
        ("indicators_achieved", ["indicators", "achieved"]), ("indicators_not_achieved", ["indicators", "not_achieved"]),
        ("indicators_not_measured", ["indicators", "not_measured"]),
    ]

    /// A *figures* object as a line of `trends.csv`'s figures.
    static func line(_ figures: ExactJSON) -> String {
        figureFields.map { _, path in path.reduce(figures) { $0[$1] }.text ?? "?" }.joined(separator: ",")
    }

    /// Every year's own report: the history's, then this year's as published now.
    static func ownReports() throws -> [(year: Int, json: ExactJSON)] {
        let folder = Fixtures.sample.appendingPathComponent("history")
        var out: [(Int, ExactJSON)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where Int(name) != nil {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name)/report.json")))
            out.append((Int(name)!, ExactJSON(bytes: bytes)))
        }
        let now = try #require(files.first { $0.path == OutputPath.reportJSON })
        return out + [(report.site.fiscalYear, ExactJSON(bytes: now.bytes))]
    }

    @Test func trendsCSVIsEachYearsOwnReport() throws {
        let reports = try Self.ownReports()
        #expect(reports.map(\.year) == [2567, 2568, 2569])
        // Each year's rows as that year's report gives them, in trends.csv's order and form.
        var expected: [String] = []
        for (year, json) in reports {
            var rows = ["\(year),total,,\(Self.line(json["totals"]))"]
            var items: [String: String] = [:]
            for plan in json["plans"].items {
                for item in plan["items"].items { items[item["code"].text ?? "?"] = Self.line(item["rollup"]) }
            }
            // trends.csv lists items in Trends' order (this year's framework, then earlier ones').
            for item in Self.trends.items where items[item.code] != nil {
                rows.append("\(year),item,\(item.code),\(items[item.code]!)")
            }
            #expect(rows.count - 1 == items.count, "every item of \(year) is a row")
            let units = json["units"].items.map { ($0["id"].text ?? "?", Self.line($0["figures"])) }
            for (id, figures) in units.sorted(by: { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }) {
                rows.append("\(year),unit,\(id),\(figures)")
            }
            expected += rows
        }
        let csv = String(decoding: try #require(Self.files.first { $0.path == OutputPath.trendsCSV }).bytes.dropFirst(3), as: UTF8.self)
        let lines = Array(csv.components(separatedBy: "\r\n").dropFirst().dropLast())
        #expect(lines.count == expected.count)
        for (found, want) in zip(lines, expected) where found != want { Issue.record("trends.csv: \(found), expected \(want)") }
    }

    @Test func theHistoryPartIsEachYearsOwnReport() throws {
        let reports = try Self.ownReports()
        let now = try #require(reports.last?.json)
        let history = now["history"].items
        #expect(history.map { $0["year"].text } == reports.map { String($0.year) })
        for ((year, json), listed) in zip(reports, history) {
            #expect(Self.line(listed["totals"]) == Self.line(json["totals"]), "\(year) totals")
            #expect(listed["totals"]["by_status"].keys == json["totals"]["by_status"].keys)
            for status in json["totals"]["by_status"].keys {
                #expect(listed["totals"]["by_status"][status].text == json["totals"]["by_status"][status].text, "\(year) \(status)")
            }
            let units = json["units"].items
            #expect(listed["units"].keys.sorted() == units.compactMap { $0["id"].text }.sorted(), "\(year) units")
            for unit in units {
                let id = unit["id"].text ?? "?"
                #expect(Self.line(listed["units"][id]["figures"]) == Self.line(unit["figures"]), "\(year) \(id)")
            }
            var items = 0
            var indicators = 0
            for plan in json["plans"].items {
                for item in plan["items"].items {
                    let code = item["code"].text ?? "?"
                    items += 1
                    #expect(Self.line(listed["items"][code]["rollup"]) == Self.line(item["rollup"]), "\(year) \(code)")
                    for indicator in item["indicators"].items {
                        let code = indicator["code"].text ?? "?"
                        indicators += 1
                        let entry = listed["indicators"][code]
                        #expect(entry["value"].text == indicator["year_value"].text, "\(year) \(code) value")
                        #expect(entry["target"].text == indicator["year_target"].text, "\(year) \(code) target")
                        #expect(entry["status"].text == indicator["status"].text, "\(year) \(code) status")
                    }
                }
            }
            #expect(listed["items"].keys.count == items && listed["indicators"].keys.count == indicators, "\(year): nothing more")
        }
        // This year's change from 2568, to the satang, from the two reports themselves.
        let (before, after) = (reports[1].json["totals"], reports[2].json["totals"])
        func satang(_ json: ExactJSON) throws -> Int64 {
            let text = try #require(json.text)
            return try #require(DecimalNumber(ascii: Substring(text))?.scaled(to: 2))
        }
        let change = try #require(history.last)["change"]
        #expect(try satang(change["allocated"]) == satang(after["allocated"]) - satang(before["allocated"]))
        #expect(try satang(change["spent"]) == satang(after["spent"]) - satang(before["spent"]))
        #expect(change["from_year"].text == "2568")
    }
}
