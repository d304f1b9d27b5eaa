import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressParse
import PlanPressPublish
import PlanPressTestSupport
import PlanPressValidate
import Testing

@testable import PlanPressData

/// A `report.json` read exactly (no floating point): a node, its members and items, its text.
struct ExactJSON {
    var node: Node?

    init(_ node: Node?) { self.node = node }

    init(bytes: [UInt8]) {
        node = JSONReader().read(SourceText(path: "report.json", text: String(decoding: bytes, as: UTF8.self), encoding: .utf8)).0
    }

    subscript(_ key: String) -> ExactJSON {
        guard case .mapping(let entries)? = node?.value else { return ExactJSON(nil) }
        return ExactJSON(entries.first { $0.key == key }?.value)
    }

    subscript(_ index: Int) -> ExactJSON { ExactJSON(items.indices.contains(index) ? items[index].node : nil) }

    var items: [ExactJSON] {
        guard case .sequence(let list)? = node?.value else { return [] }
        return list.map(ExactJSON.init)
    }

    var keys: [String] {
        guard case .mapping(let entries)? = node?.value else { return [] }
        return entries.map(\.key)
    }

    /// The scalar's text as written (`482346.42`, `true`, `null`); nil for a container or nothing.
    var text: String? { node?.scalar?.text }

    /// `projects allocated spent` of a change or a figures object, in one line.
    var summary: String { ["projects", "allocated", "spent"].map { self[$0].text ?? "-" }.joined(separator: " ") }
}

/// The years compared in the data channel, by hand: the end-to-end fixture (2569) beside the two
/// hand-written years of `Tests/Fixtures/history/two-years/` (2567: alpha-school and old-unit,
/// SPE.S1 and SPE.OLD; 2568: alpha-school and beta-college, SPE.S1 and SPE.S2).
@Suite struct HistoryDataTests {
    static let report: Report = try! Fixtures.report(Fixtures.base)
    static let trends: Trends = try! Fixtures.trends(report)
    static let files: [OutputFile] = try! DataRenderer().render(report, trends: trends)

    static func file(_ path: String, in files: [OutputFile] = files) throws -> [UInt8] {
        try #require(files.first { $0.path == path }).bytes
    }

    @Test func trendsCSVHasEveryYearAndScopeByHand() throws {
        let bytes = try Self.file(OutputPath.trendsCSV)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a BOM")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends")
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(
            lines.first
                == "year,scope,code,projects,units,allocated,spent,indicators_achieved,indicators_not_achieved,indicators_not_measured")
        // The earlier years as their reports state them: only what existed then, never a zero row.
        let earlier = [
            "2567,total,,4,2,1000000.00,600000.50,2,1,1",
            "2567,item,SPE.S1,3,1,900000.00,550000.25,2,1,0",
            "2567,item,SPE.OLD,1,1,100000.00,50000.25,0,0,1",
            "2567,unit,alpha-school,3,1,900000.00,550000.25,2,1,0",
            "2567,unit,old-unit,1,1,100000.00,50000.25,0,0,1",
            "2568,total,,5,2,1500000.00,1200000.00,3,1,2",
            "2568,item,SPE.S1,3,1,1400000.00,1100000.00,3,0,1",
            "2568,item,SPE.S2,2,1,100000.00,100000.00,0,1,1",
            "2568,unit,alpha-school,3,1,1400000.00,1100000.00,3,0,1",
            "2568,unit,beta-college,2,1,100000.00,100000.00,0,1,1",
        ]
        #expect(Array(lines.dropFirst().prefix(earlier.count)) == earlier)
        // This year: the totals, every item of the framework in order (as alignment.csv gives
        // them), then every unit.
        let now = Array(lines.dropFirst(1 + earlier.count))
        #expect(now.first == "2569,total,,6,3,1982346.42,1268251.49,4,1,3")
        let alignment = String(decoding: try Self.file(OutputPath.alignmentCSV).dropFirst(3), as: UTF8.self)
            .components(separatedBy: "\r\n").dropFirst().dropLast()
        let items = alignment.map { row -> String in
            let c = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (["2569", "item", c[1]] + c[4...]).joined(separator: ",")
        }
        #expect(Array(now.dropFirst().prefix(items.count)) == items && items.count == 13)
        #expect(
            Array(now.suffix(3)) == [
                "2569,unit,alpha-school,2,1,1600000.00,948250.75,2,1,1", "2569,unit,beta-college,2,1,170000.75,120000.75,1,0,1",
                "2569,unit,gamma-office,2,1,212345.67,199999.99,1,0,1",
            ])
        #expect(now.count == 1 + 13 + 3)
    }

    @Test func reportJSONListsEveryYearWithItsChangeByHand() throws {
        let json = ExactJSON(bytes: try Self.file(OutputPath.reportJSON))
        let history = json["history"].items
        #expect(history.map { $0["year"].text } == ["2567", "2568", "2569"])
        #expect(history.map { $0["current"].text } == ["false", "false", "true"])
        let (y2567, y2568, y2569) = (history[0], history[1], history[2])
        // 2567: its own figures, no change (nothing before it).
        #expect(y2567["totals"].summary == "4 1000000.00 600000.50" && y2567["totals"]["units"].text == "2")
        #expect(y2567["change"].text == "null")
        #expect(y2567["items"].keys == ["SPE.S1", "SPE.OLD"] && y2567["units"].keys == ["alpha-school", "old-unit"])
        #expect(y2567["items"]["SPE.OLD"]["presence"].text == "not_now" && y2567["items"]["SPE.S1"]["presence"].text == "every_year")
        #expect(y2567["items"]["SPE.OLD"]["rollup"].summary == "1 100000.00 50000.25")
        #expect(y2567["units"]["old-unit"]["presence"].text == "not_now")
        let k1 = y2567["indicators"]["SPE.S1.K1"]
        #expect(k1["value"].text == "30" && k1["target"].text == "33" && k1["status"].text == "not_met" && k1["change"].text == "null")
        #expect(y2567["indicators"]["SPE.OLD.K1"]["presence"].text == "not_now")
        // 2568 against 2567: 5 − 4 projects, 1,500,000.00 − 1,000,000.00, 1,200,000.00 − 600,000.50;
        // the disbursement rate 80.00 − 60.00 points.
        #expect(y2568["change"]["from_year"].text == "2567" && y2568["change"].summary == "1 500000.00 599999.50")
        #expect(y2568["change"]["disbursement_rate"].text == "20.00" && y2568["change"]["units"].text == "0")
        #expect(y2568["items"]["SPE.S1"]["change"].summary == "0 500000.00 549999.75")
        #expect(y2568["items"]["SPE.S2"]["presence"].text == "some_years" && y2568["items"]["SPE.S2"]["change"].text == "null")
        #expect(y2568["units"]["beta-college"]["presence"].text == "some_years")
        #expect(y2568["indicators"]["SPE.S1.K1"]["change"]["value"].text == "4.5")
        // 2569 against 2568, to the satang: 1,982,346.42 − 1,500,000.00 and 1,268,251.49 − 1,200,000.00.
        let change = y2569["change"]
        #expect(change["from_year"].text == "2568" && change.summary == "1 482346.42 68251.49" && change["units"].text == "1")
        #expect(change["indicators"]["achieved"].text == "1" && change["indicators"]["not_measured"].text == "1")
        #expect(change["disbursement_rate"].text == "-16.02", "63.98 − 80.00")
        #expect(y2569["items"]["SPE.S1"]["change"].summary == "0 400000.00 48250.74")
        #expect(y2569["items"]["SPE.S2"]["change"].summary == "0 32346.42 20000.75")
        #expect(y2569["items"]["SPE.S3"]["presence"].text == "only_now" && y2569["items"]["SPE.S3"]["change"].text == "null")
        #expect(!y2569["items"].keys.contains("SPE.OLD"), "an item of earlier years only is not in this year")
        #expect(y2569["units"]["alpha-school"]["change"].summary == "-1 200000.00 -151749.25")
        #expect(y2569["units"]["beta-college"]["change"].summary == "0 70000.75 20000.75")
        #expect(y2569["units"]["gamma-office"]["presence"].text == "only_now")
        #expect(y2569["indicators"]["SPE.S1.K1"]["change"]["value"].text == "1.7", "36.2 − 34.5")
        #expect(y2569["indicators"]["SPE.S2.K2"]["change"]["value"].text == "15", "40 − 25")
        #expect(y2569["indicators"]["SPE.S2.K1"]["presence"].text == "only_now")
    }

    @Test func reportXMLListsEveryYearWithItsChangeByHand() throws {
        let xml = String(decoding: try Self.file(OutputPath.reportXML), as: UTF8.self)
        #expect(xml.contains(#"<historyYear year="2567" current="false">"#) && xml.contains(#"<historyYear year="2569" current="true">"#))
        #expect(
            xml.contains(
                #"<yearItem code="SPE.OLD" plan="SPE" presence="not_now" projects="1" units="1" allocated="100000.00" spent="50000.25" disbursementRate="50.00" completed="1" ongoing="0" notStarted="0" cancelled="0" postponed="0" indicatorsAchieved="0" indicatorsNotAchieved="0" indicatorsNotMeasured="1">"#
            ))
        #expect(
            xml.contains(
                #"<change from="2568" projects="1" units="1" allocated="482346.42" spent="68251.49" disbursementRate="-16.02" indicatorsAchieved="1" indicatorsNotAchieved="0" indicatorsNotMeasured="1"/>"#
            ))
        #expect(xml.contains(#"<change from="2568" projects="-1" units="0" allocated="200000.00" spent="-151749.25""#))
        #expect(
            xml.contains(
                #"<yearIndicator code="SPE.S1.K1" item="SPE.S1" plan="SPE" presence="every_year" status="met" value="36.2" target="35">"#))
        #expect(xml.contains(#"<change from="2568" value="1.7"/>"#))
        // The grades and the counts by band.
        #expect(xml.contains(#"indicatorsNotMeasured="3" indicatorsByBand="3 1 0 0 0"/>"#))
        #expect(xml.contains(#"<ratingBand from="100" label="ดีเยี่ยม" labelEN="Excellent"/>"#))
    }

    @Test func withoutAnEarlierYearTheHistoryIsEmpty() throws {
        let files = try DataRenderer().render(Self.report)
        let json = ExactJSON(bytes: try Self.file(OutputPath.reportJSON, in: files))
        #expect(json["history"].node != nil && json["history"].items.isEmpty)
        #expect(String(decoding: try Self.file(OutputPath.reportXML, in: files), as: UTF8.self).contains("<history/>"))
        let csv = String(decoding: try Self.file(OutputPath.trendsCSV, in: files).dropFirst(3), as: UTF8.self)
        let years = Set(csv.components(separatedBy: "\r\n").dropFirst().dropLast().map { $0.prefix(4) })
        #expect(years == ["2569"], "this year's rows only")
        let catalog = String(decoding: try Self.file(OutputPath.catalog, in: files), as: UTF8.self)
        #expect(catalog.contains("trends.csv"))
    }

    /// A report written with the history part is read by next year's history as any other: the
    /// reader passes over `history`, `by_band`, `rating` and the other keys added within version 1.
    @Test func nextYearsHistoryReadsAReportWithTheHistoryPart() throws {
        let folder = try BinaryRunner.makeTemporaryDirectory("history-after")
        defer { try? FileManager.default.removeItem(at: folder) }
        let year = folder.appendingPathComponent("history/2569")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try Data(try Self.file(OutputPath.reportJSON)).write(to: year.appendingPathComponent("report.json"))
        var next = Self.report
        next.site.fiscalYear = 2570
        let trends = try Fixtures.trends(next, history: folder)
        #expect(trends.years == [2569, 2570])
        #expect(trends.totals.value(in: 2569) == Self.report.totals.withoutGrades)
        #expect(trends.units.compactMap { $0.figures.value(in: 2569) }.count == 3)
        #expect(trends.items.filter { $0.rollup.value(in: 2569) != nil }.count == Self.report.rollups.count)
        #expect(trends.indicator("SPE.S1.K1")?.results.value(in: 2569)?.value?.description == "36.2")
    }

    /// `scripts/check_schema.py --report`: the history part and the grades are valid as outside
    /// tools check them, and a history figure of the wrong form is not.
    @Test func theHistoryPartIsValidAsOutsideToolsCheckIt() throws {
        guard let python = ExternalProgram.find("python3"), ExternalProgram.find("xmllint") != nil else {
            Issue.record("python3 and xmllint are needed (scripts/setup installs them)")
            return
        }
        func check(_ change: (inout [String: String]) -> Void) throws -> ExternalProgram.Result {
            var texts: [String: String] = [:]
            for name in ["report.json", "report.schema.json", "report.xml", "report.xsd"] {
                texts[name] = String(decoding: try Self.file("data/\(name)"), as: UTF8.self)
            }
            change(&texts)
            let folder = try ExternalProgram.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
            return try ExternalProgram.run(
                python, [Fixtures.packageRoot.appendingPathComponent("scripts/check_schema.py").path, "--report", folder.path], timeout: 120
            )
        }
        let valid = try check { _ in }
        #expect(valid.status == 0, "\(valid.output)")
        let presence = try check { $0["report.json"] = $0["report.json"]?.replacingOccurrences(of: "\"not_now\"", with: "\"gone\"") }
        #expect(presence.status == 1 && presence.output.contains("history"), "\(presence.output)")
        let money = try check {
            $0["report.xml"] = $0["report.xml"]?.replacingOccurrences(of: #"allocated="482346.42""#, with: #"allocated="482346.4""#)
        }
        #expect(money.status == 1, "\(money.output)")
        let twice = try check {
            $0["report.xml"] = $0["report.xml"]?.replacingOccurrences(of: #"code="SPE.OLD" plan="SPE""#, with: #"code="SPE.S1" plan="SPE""#)
        }
        #expect(twice.status == 1 && twice.output.contains("historyItem"), "an item twice in a year: \(twice.output)")
    }
}

extension Figures {
    /// The figures as an earlier year's report is read back: without the counts by band, which
    /// the history does not read.
    var withoutGrades: Figures {
        var f = self
        f.indicators.byBand = .init()
        for status in ProjectStatus.allCases { f.byStatus[status] = f.byStatus[status] ?? 0 }
        return f
    }
}
