import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressTestSupport
import PlanPressValidate
import Testing

@testable import PlanPressHistory

/// One year's `report.json` read: the sample's history (made by PlanPress), keys the reader does
/// not know, and what the schema refuses, each at its place.
@Suite struct HistoryReportReaderTests {
    static let sampleYear = Fixtures.sample.appendingPathComponent("history/2568/report.json")
    static let fixtureYear = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/history/broken/history/2568/report.json")

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func read(_ text: String, year: Int = 2568, province: String = "สตูล") -> (HistoryYear?, [Diagnostic]) {
        HistoryReportReader(year: year, path: "r.json", province: province, maximumBytes: HistoryReader.maximumBytes).read(Array(text.utf8))
    }

    @Test("the sample's 2568: every unit's figures add up to the totals, to the satang")
    func sampleYearAddsUp() throws {
        let (read, diagnostics) = HistoryReportReader(
            year: 2568, path: "content/history/2568/report.json", province: "สตูล", maximumBytes: HistoryReader.maximumBytes
        ).read(try Self.bytes(Self.sampleYear))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let year = try #require(read)
        #expect(year.year == 2568)
        #expect(year.province == "สตูล")
        var sum = Figures()
        for unit in year.units {
            sum.projects += unit.figures.projects
            sum.allocated += unit.figures.allocated
            sum.spent += unit.figures.spent
            sum.indicators.add(unit.figures.indicators)
        }
        #expect(sum.projects == year.totals.projects)
        #expect(sum.allocated == year.totals.allocated)
        #expect(sum.spent == year.totals.spent)
        #expect(sum.indicators == year.totals.indicators)
        #expect(year.totals.byStatus.values.reduce(0, +) == year.totals.projects)
        // What scripts/make_history gave that year: pao-satun reported, SPE.S3.5 existed.
        #expect(year.unit("pao-satun") != nil)
        #expect(year.item("SPE.S3.5")?.planID == "SPE")
        #expect(year.indicator("SPE.S3.K4")?.itemCode == "SPE.S3")
        #expect(year.indicator("SPE.S3.K4")?.result.value != nil)
        // The same figures as the file states, read independently (the text of the totals).
        let text = String(decoding: try Self.bytes(Self.sampleYear), as: UTF8.self)
        #expect(text.contains("\"allocated\": \(year.totals.allocated.plain),"))
        #expect(text.contains("\"projects\": \(year.totals.projects),"))
    }

    @Test("the sample's history against this year's report: matched by code, with what came and went")
    func sampleTrends() throws {
        let (history, diagnostics) = HistoryReader(
            contentURL: Fixtures.sample, displayBase: Fixtures.packageRoot, engine: DiagnosticEngine(strict: true)
        ).read(site: try Fixtures.report().site)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let trends = Trends(history: history, report: try Fixtures.report())
        #expect(trends.years == [2567, 2568, 2569])
        #expect(trends.unit("pao-satun")?.presence == .notNow)
        #expect(trends.unit("satun-pattana")?.presence == .someYears)
        #expect(trends.unit("spp-satun")?.presence == .everyYear)
        #expect(trends.item("SPE.S2.3")?.presence == .someYears)
        #expect(trends.item("SPE.S3.5")?.presence == .notNow)
        #expect(trends.indicator("SPE.S2.K2")?.results.yearsPresent == [2568, 2569])
        #expect(trends.indicator("SPE.S3.K4")?.presence == .notNow)
    }

    @Test("keys the reader does not know are accepted, within version 1")
    func unknownKeys() throws {
        var text = String(decoding: try Self.bytes(Self.fixtureYear), as: UTF8.self)
        text = text.replacingOccurrences(
            of: "\"status\": \"met\",",
            with: "\"status\": \"met\", \"aggregation\": \"ratio\", \"contributors\": [{\"unit_id\": \"x\", \"numerator\": 1}],")
        text = text.replacingOccurrences(
            of: "\"format\": \"planpress/report/1\",", with: "\"format\": \"planpress/report/1\", \"new\": {\"a\": [1]},")
        text = text.replacingOccurrences(of: "\"projects\": [],", with: "\"projects\": [1, \"two\", {\"three\": null}],")
        let (year, diagnostics) = Self.read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(year?.indicators.map(\.code) == ["SPE.S1.K1"])
        #expect(year?.indicators.first?.result.value == DecimalNumber(ascii: "82.5"))
        #expect(year?.totals.allocated == Money(satang: 12_000_00))
    }

    @Test("what the schema refuses is an error at its value, and the year is not kept")
    func schemaViolations() throws {
        let good = String(decoding: try Self.bytes(Self.fixtureYear), as: UTF8.self)
        let cases: [(from: String, to: String, says: String)] = [
            ("\"projects\": 1,\n    \"units\"", "\"projects\": -1,\n    \"units\"", "totals.projects"),
            ("\"projects\": 1,\n    \"units\"", "\"projects\": 1.5,\n    \"units\"", "totals.projects"),
            ("\"spent\": 10000.00,\n    \"disbursement_rate\"", "\"spent\": 10000.001,\n    \"disbursement_rate\"", "totals.spent"),
            ("\"direction\": \"increase\"", "\"direction\": \"up\"", "one of increase, decrease"),
            ("\"status\": \"met\"", "\"status\": true", "plans[1].items[1].indicators[1].status"),
            ("\"id\": \"alpha-school\"", "\"id\": 7", "units[1].id"),
            ("\"fiscal_year\": 2568", "\"fiscal_year\": \"2568\"", "site.fiscal_year"),
            ("\"year_value\": 82.5", "\"year_value\": \"82.5\"", "year_value"),
            ("\"code\": \"SPE.S1\"", "\"kode\": \"SPE.S1\"", "plans[1].items[1].code is missing"),
            ("\"plans\": [", "\"plans\": 3, \"x\": [", "plans must be an array"),
        ]
        for c in cases {
            #expect(good.contains(c.from), "the fixture no longer holds \(c.from)")
            let (year, diagnostics) = Self.read(good.replacingOccurrences(of: c.from, with: c.to))
            #expect(year == nil, "\(c.to)")
            #expect(
                diagnostics.contains { $0.code == .historySchema && $0.message.en.contains(c.says) && $0.location.line > 0 },
                "\(c.to): \(diagnostics)")
        }
        // A second unit with the same id, then a duplicate item code in another plan.
        let twice = good.replacingOccurrences(of: "\"units\": [\n", with: "\"units\": [\n" + Self.unitText(good) + ",\n")
        #expect(Self.read(twice).1.contains { $0.code == .historySchema && $0.message.en.contains("twice") }, "\(Self.read(twice).1)")
    }

    /// The fixture's one unit, as text.
    static func unitText(_ report: String) -> String {
        let start = report.range(of: "    {\n      \"id\": \"alpha-school\"")!.lowerBound
        let end = report.range(of: "\n    }\n  ],\n  \"rejected\"")!.lowerBound
        return String(report[start..<end]) + "\n    }"
    }

    @Test("another year, another province, another format: each said once, at its value")
    func yearProvinceFormat() throws {
        let good = String(decoding: try Self.bytes(Self.fixtureYear), as: UTF8.self)
        let wrongYear = Self.read(good, year: 2567)
        #expect(wrongYear.0 == nil)
        #expect(wrongYear.1.map(\.code) == [.historyYearMismatch])
        #expect(wrongYear.1.first?.location == SourceLocation(path: "r.json", line: 7, column: 20))
        let otherProvince = Self.read(good, province: "ตรัง")
        #expect(otherProvince.1.map(\.code) == [.historyProvince])
        #expect(otherProvince.1.first?.location == SourceLocation(path: "r.json", line: 4, column: 17))
        #expect(Self.read(good, province: " สตูล ").1.isEmpty)
        let diagnostics = Self.read("{\"format\": \"planpress/unit-report/1\", \"fiscal_year\": 2568}").1
        #expect(diagnostics.map(\.code) == [.historySchema])
        #expect(diagnostics.first?.message.en.contains("planpress/unit-report/1") == true)
        #expect(Self.read("{}").1.first?.message.en.contains("no format") == true)
        #expect(Self.read("[]").1.map(\.code) == [.historySchema])
    }

    @Test("a file that cannot be read: too large, not UTF-8, empty, broken")
    func unreadable() {
        let large = HistoryReportReader(year: 2568, path: "r.json", province: "สตูล", maximumBytes: 10).read(Array("{\"format\": 1}  ".utf8))
        #expect(large.1.map(\.code) == [.historyUnreadable])
        #expect(large.1.first?.message.en.contains("over the") == true)
        let tis620 = Self.read(String(decoding: [0x7B, 0x22, 0xA1, 0x22, 0x7D], as: UTF8.self))
        #expect(tis620.0 == nil)
        let latin = HistoryReportReader(year: 2568, path: "r.json", province: "สตูล", maximumBytes: 100).read([0x7B, 0x22, 0xA1, 0x22, 0x7D])
        #expect(latin.1.map(\.code) == [.historyUnreadable], "\(latin.1)")
        #expect(Self.read("").1.map(\.code) == [.historyUnreadable])
        let broken = Self.read("{\n  \"format\": \"planpress/report/1\",\n}")
        #expect(broken.1.map(\.code) == [.historyUnreadable])
        #expect(broken.1.first?.location == SourceLocation(path: "r.json", line: 3, column: 1))
        #expect(broken.1.first?.message.en.contains("trailing comma") == true)
    }

    @Test("folder names: four ASCII digits in 2500–2700")
    func yearNames() {
        #expect(HistoryReader.year("2568") == 2568)
        for name in ["๒๕๖๘", "2025", "25680", "256", "2701", "2499", "last-year", "+256"] {
            #expect(HistoryReader.year(name) == nil, "\(name)")
        }
        let thai = HistoryFolder.notAYear("๒๕๖๘", path: "content/history/๒๕๖๘")
        #expect(thai.message.en.contains("BE year"))
        #expect(thai.hint?.en == "use Arabic digits: 2568")
        #expect(HistoryFolder.notAYear("2025", path: "x").hint?.en == "2025 is a CE year; use the BE year 2568")
    }
}
