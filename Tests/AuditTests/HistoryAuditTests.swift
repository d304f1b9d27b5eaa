import Foundation
import PlanPressCore
import PlanPressHistory
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressBooklet
@testable import PlanPressData
@testable import PlanPressPublish
@testable import PlanPressSite

/// The audit of the years before, this year's change from them, the grades of strategic
/// indicators and the counts by band: the end-to-end fixture (2569) beside the hand-written
/// 2567 and 2568 of `Tests/Fixtures/history/two-years/`. Each tampering test changes one figure in
/// one channel's bytes and expects the audit to name that channel and key.
@Suite(.serialized) struct HistoryAuditTests {
    static let report: Report = try! Fixtures.report(Fixtures.base)
    static let trends: Trends = try! Fixtures.trends(report)

    /// Every channel, as a build with this history would publish them.
    static func channels() async throws -> [OutputFile] {
        let site = try await SiteRenderer(templates: Fixtures.templates)
        let booklet = try await BookletRenderer(templates: Fixtures.templates).render(report, trends: trends, content: Fixtures.base)
        return try site.render(report, trends: trends) + DataRenderer().render(report, trends: trends) + booklet
    }

    static func audit(_ files: [OutputFile]) -> [ChannelAudit.Mismatch] {
        ChannelAudit.check(ChannelAudit.Reader(report, trends: trends), files: files)
    }

    static func mark(_ key: String, _ value: String, _ shown: String) -> String {
        "<data data-audit=\"\(key)\" value=\"\(value)\">\(shown)</data>"
    }

    @Test func theExpectedFiguresAreTheHandCalculation() {
        let h = HistoryFigures(Self.trends)
        let byHand = [
            "history.2567.total.allocated": "1000000.00", "history.2567.total.units": "2", "history.2568.total.spent": "1200000.00",
            "history.2567.item.SPE.OLD.projects": "1", "history.2568.item.SPE.S2.indicators.not_measured": "1",
            "history.2568.unit.beta-college.spent": "100000.00", "history.2567.unit.old-unit.allocated": "100000.00",
            "history.2567.indicator.SPE.OLD.K1.value": "12.5", "history.2568.indicator.SPE.S1.K1.value": "34.5",
            // This year against the latest earlier year with the code, to the satang.
            "change.total.projects": "1", "change.total.allocated": "482346.42", "change.total.spent": "68251.49",
            "change.unit.alpha-school.projects": "-1", "change.unit.alpha-school.spent": "-151749.25",
            "change.item.SPE.S1.allocated": "400000.00", "change.item.SPE.S2.allocated": "32346.42",
            "change.indicator.SPE.S1.K1.value": "1.7", "change.indicator.SPE.S2.K2.value": "15",
            // 2568 against 2567, as the data files list it.
            "history.2568.change.total.spent": "599999.50", "history.2568.change.item.SPE.S1.spent": "549999.75",
            "history.2568.change.indicator.SPE.S1.K1.value": "4.5",
            // This year's own row of the years.
            "history.2569.total.allocated": "1982346.42",
        ]
        for (key, value) in byHand { #expect(h.values[key] == value, "\(key)") }
        // What did not exist has no figure, never a zero; what is only now has no change.
        for key in [
            "history.2568.item.SPE.OLD.projects", "history.2567.unit.beta-college.projects", "change.unit.gamma-office.projects",
            "change.item.SPE.S3.projects", "change.indicator.SPE.S2.K1.value", "history.2567.change.total.projects",
            "history.2567.total.by_band",
        ] {
            #expect(h.values[key] == nil, "\(key)")
        }
        // The totals of the summary: two earlier years of seven figures, and this year's change.
        #expect(h.totalKeys.count == 2 * 7 + 3 && h.totalKeys.allSatisfy { h.values[$0] != nil })
        #expect(Set(h.changeKeys).isSuperset(of: ["change.total.projects", "history.2568.change.unit.alpha-school.allocated"]))
        // Without an earlier year: this year's rows only, no change.
        let alone = HistoryFigures(Trends(history: History(), report: Self.report))
        #expect(alone.changeKeys.isEmpty && alone.totalKeys.isEmpty && alone.indicatorKeys.allSatisfy { $0.hasPrefix("history.2569.") })
        // The counts by band of the standard scale: 103.57, 125 and 100 ดีเยี่ยม, 80 ดี.
        let bands = BandFigures(Self.report)
        #expect(bands.totalKeys.map { bands.values[$0] } == ["3", "1", "0", "0", "0"])
        #expect(bands.values["unit.beta-college.indicators.band.0"] != nil && bands.values["item.SPE.S1.indicators.band.4"] == "0")
    }

    @Test func everyChannelStatesTheYearsAndTheGradesAndTheAuditPasses() async throws {
        let files = try await Self.channels()
        #expect(Self.audit(files).map(\.description) == [])
        let reader = ChannelAudit.Reader(Self.report, trends: Self.trends)
        let h = HistoryFigures(Self.trends)
        let indicators = IndicatorFigures(Self.report)
        let bands = BandFigures(Self.report)
        func stated(_ path: String) throws -> [String: String] {
            let file = try #require(files.first { $0.path == path })
            return try #require(reader.statement(file)).stated
        }
        for path in [OutputPath.reportJSON, OutputPath.reportXML] {
            let s = try stated(path)
            for key in h.dataKeys + indicators.grades + bands.keys {
                #expect(s[key] == h.values[key] ?? indicators.values[key] ?? bands.values[key], "\(path) \(key)")
            }
        }
        let csv = try stated(OutputPath.trendsCSV)
        #expect(Set(csv.keys) == Set(h.figureKeys))
        let strategic = try stated(OutputPath.strategicIndicatorsCSV)
        for key in indicators.grades + indicators.summary { #expect(strategic[key] == indicators.values[key], "\(key)") }
        let booklet = try stated(OutputPath.bookletHTML)
        for key in h.totalKeys { #expect(booklet[key] == h.values[key], "\(key)") }
        #expect(booklet["history.2568.item.SPE.S2.allocated"] == "100000.00", "part ๔'s table of the strategies")
        #expect(booklet["history.2567.indicator.SPE.S1.K1.value"] == "30", "part ๔'s table of the indicators")
    }

    @Test func aTamperedYearInReportJSONFails() async throws {
        let files = try AlignmentAuditTests.edit(try await Self.channels(), "data/report.json") {
            IndicatorAuditTests.replacingFirst(#""allocated": 1500000.00"#, in: $0, regex: false) { _ in #""allocated": 1500000.01"# }
        }
        #expect(
            Self.audit(files).map(\.description) == ["data/report.json: history.2568.total.allocated is 1500000.01, expected 1500000.00"])
        // A grade: SPE.S2.K2's band.
        let grade = try AlignmentAuditTests.edit(try await Self.channels(), "data/report.json") {
            $0.replacingOccurrences(of: #""band": 4"#, with: #""band": 3"#)
        }
        #expect(Self.audit(grade).map(\.description) == ["data/report.json: indicator.SPE.S2.K2.rating is 3, expected 4"])
        // The part left out: every year's figure is missing.
        let dropped = try AlignmentAuditTests.edit(try await Self.channels(), "data/report.json") {
            IndicatorAuditTests.replacingFirst(#""history": \[[\s\S]*\]\n\}"#, in: $0) { _ in "\"history\": []\n}" }
        }
        let missing = Self.audit(dropped)
        #expect(missing.count == HistoryFigures(Self.trends).dataKeys.count)
        #expect(missing.allSatisfy { $0.channel == "data/report.json" && $0.found == nil })
    }

    @Test func aTamperedChangeInReportXMLFails() async throws {
        let files = try AlignmentAuditTests.edit(try await Self.channels(), "data/report.xml") {
            $0.replacingOccurrences(
                of: #"<change from="2568" projects="1" units="1" allocated="482346.42""#,
                with: #"<change from="2568" projects="1" units="1" allocated="482346.43""#)
        }
        #expect(Self.audit(files).map(\.description) == ["data/report.xml: change.total.allocated is 482346.43, expected 482346.42"])
        let bands = try AlignmentAuditTests.edit(try await Self.channels(), "data/report.xml") {
            IndicatorAuditTests.replacingFirst(#"indicatorsByBand="3 1 0 0 0""#, in: $0, regex: false) { _ in
                #"indicatorsByBand="3 0 1 0 0""#
            }
        }
        #expect(
            Self.audit(bands).map(\.description) == [
                "data/report.xml: total.indicators.band.1 is 0, expected 1", "data/report.xml: total.indicators.band.2 is 1, expected 0",
            ])
    }

    @Test func aTamperedRowOfTrendsCSVFails() async throws {
        let files = try AlignmentAuditTests.edit(try await Self.channels(), "data/trends.csv") {
            $0.replacingOccurrences(of: "2567,unit,old-unit,1,1,100000.00,50000.25,", with: "2567,unit,old-unit,1,1,100000.00,50000.26,")
        }
        #expect(
            Self.audit(files).map(\.description) == ["data/trends.csv: history.2567.unit.old-unit.spent is 50000.26, expected 50000.25"])
        // A year the report does not have.
        let extra = try AlignmentAuditTests.edit(try await Self.channels(), "data/trends.csv") {
            $0 + "2566,total,,1,1,1.00,1.00,0,0,0\r\n"
        }
        let mismatches = Self.audit(extra)
        #expect(
            mismatches.count == 7 && mismatches.allSatisfy { $0.key.hasPrefix("history.2566.total.") && $0.expected == "no such figure" })
        // This year's row is held to this year's figures too.
        let now = try AlignmentAuditTests.edit(try await Self.channels(), "data/trends.csv") {
            $0.replacingOccurrences(of: "2569,total,,6,3,", with: "2569,total,,7,3,")
        }
        #expect(Self.audit(now).map(\.description) == ["data/trends.csv: history.2569.total.projects is 7, expected 6"])
    }

    @Test func aTamperedGradeInStrategicIndicatorsCSVFails() async throws {
        let files = try AlignmentAuditTests.edit(try await Self.channels(), "data/strategic_indicators.csv") {
            $0.replacingOccurrences(of: ",103.43,", with: ",103.34,")
        }
        #expect(
            Self.audit(files).map(\.description) == [
                "data/strategic_indicators.csv: indicator.SPE.S1.K1.percent is 103.34, expected 103.43"
            ]
        )
        // The grade is written as its band's label and read back as the band.
        let label = try AlignmentAuditTests.edit(try await Self.channels(), "data/strategic_indicators.csv") {
            $0.replacingOccurrences(of: ",40.00,ต้องปรับปรุงเร่งด่วน,", with: ",40.00,ต้องปรับปรุง,")
        }
        #expect(Self.audit(label).map(\.description) == ["data/strategic_indicators.csv: indicator.SPE.S2.K2.rating is 3, expected 4"])
    }

    @Test func aTamperedYearInTheBookletFails() async throws {
        let key = "history.2568.total.spent"
        let files = try AlignmentAuditTests.edit(try await Self.channels(), "print/booklet.html") {
            $0.replacingOccurrences(of: Self.mark(key, "1200000.00", "๑,๒๐๐,๐๐๐.๐๐"), with: Self.mark(key, "1200000.10", "๑,๒๐๐,๐๐๐.๑๐"))
        }
        #expect(Self.audit(files).map(\.description) == ["print/booklet.html: \(key) is 1200000.10, expected 1200000.00"])
        // Left out of the summary: the totals of the years are required of the booklet.
        let dropped = try AlignmentAuditTests.edit(try await Self.channels(), "print/booklet.html") {
            $0.replacingOccurrences(of: Self.mark(key, "1200000.00", "๑,๒๐๐,๐๐๐.๐๐"), with: "๑,๒๐๐,๐๐๐.๐๐")
        }
        #expect(Self.audit(dropped).map(\.description) == ["print/booklet.html: \(key) is missing, expected 1200000.00"])
        // The change, shown otherwise than marked.
        let change = try AlignmentAuditTests.edit(try await Self.channels(), "print/booklet.html") {
            $0.replacingOccurrences(
                of: Self.mark("change.total.allocated", "482346.42", "+๔๘๒,๓๔๖.๔๒"),
                with: Self.mark("change.total.allocated", "482346.42", "-๔๘๒,๓๔๖.๔๒"))
        }
        #expect(
            Self.audit(change).map(\.description) == [
                "print/booklet.html (as shown): change.total.allocated is -๔๘๒,๓๔๖.๔๒, expected 482346.42"
            ])
        // A grade shown with another band's label.
        let rating = try AlignmentAuditTests.edit(try await Self.channels(), "print/booklet.html") {
            $0.replacingOccurrences(
                of: Self.mark("indicator.SPE.S2.K2.rating", "4", "ต้องปรับปรุงเร่งด่วน"), with: Self.mark("indicator.SPE.S2.K2.rating", "4", "ดี")
            )
        }
        let shown = Self.audit(rating)
        #expect(
            shown.count == 1 && shown.first?.channel == "print/booklet.html (as shown)" && shown.first?.key == "indicator.SPE.S2.K2.rating")
    }

    @Test func theHomePageMustStateTheYearsTotals() async throws {
        let key = "history.2568.total.spent"
        let channels = try await Self.channels()
        let home = String(decoding: try #require(channels.first { $0.path == "index.html" }).bytes, as: UTF8.self)
        let marked = try #require(home.firstRange(of: "<data data-audit=\"\(key)\" value=\"1200000.00\">"))
        let shown = home[marked.upperBound...].prefix { $0 != "<" }
        let dropped = try AlignmentAuditTests.edit(channels, "index.html") {
            $0.replacingOccurrences(of: Self.mark(key, "1200000.00", String(shown)), with: String(shown))
        }
        #expect(Self.audit(dropped).map(\.description) == ["index.html: \(key) is missing, expected 1200000.00"])
        let band = try AlignmentAuditTests.edit(channels, "index.html") {
            $0.replacingOccurrences(of: "data-audit=\"total.indicators.band.0\"", with: "data-audit=\"ignored.band.0\"")
        }
        #expect(Self.audit(band).map(\.description) == ["index.html: total.indicators.band.0 is missing, expected 3"])
    }
}
