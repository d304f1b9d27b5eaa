import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressBooklet
@testable import PlanPressData
@testable import PlanPressPublish
@testable import PlanPressSite

/// The audit of how each strategic indicator's value is made: the value, the number of units and
/// every contributing entry's figures, wherever the indicator is shown (its item's page, its
/// plan's page, the analysis page, the booklet, `report.json`, `report.xml`). Each tampering test
/// changes one figure in one channel's bytes and expects the audit to name that channel and key.
@Suite(.serialized) struct IndicatorAuditTests {
    static func report() throws -> Report { try Fixtures.report(Fixtures.base) }

    /// Every channel that shows a strategic indicator, as a build would publish them.
    static func channels(_ report: Report) async throws -> [OutputFile] {
        let site = try await SiteRenderer(templates: Fixtures.templates)
        let booklet = try await BookletRenderer(templates: Fixtures.templates).render(report, content: Fixtures.base)
        return try site.render(report) + DataRenderer().render(report) + booklet
    }

    static func audit(_ report: Report, _ files: [OutputFile]) -> [ChannelAudit.Mismatch] {
        ChannelAudit.check(ChannelAudit.Reader(report), files: files)
    }

    /// `text` with only the first match of `pattern` changed by `change`.
    static func replacingFirst(_ pattern: String, in text: String, regex: Bool = true, _ change: (String) -> String) -> String {
        guard let range = text.range(of: pattern, options: regex ? .regularExpression : []) else { return text }
        return text.replacingCharacters(in: range, with: change(String(text[range])))
    }

    /// `text` with its last `found` replaced by `replacement`.
    static func replacingLast(_ found: String, in text: String, with replacement: String) -> String {
        guard let range = text.range(of: found, options: .backwards) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }

    static func mark(_ key: String, _ value: String, _ shown: String) -> String {
        "<data data-audit=\"\(key)\" value=\"\(value)\">\(shown)</data>"
    }

    /// The base fixture by hand: SPE.S2.K1 a ratio of beta-college's 3/400 (its own 0.75) and
    /// gamma-office's 5/600 (0.83), 8/1000 × 100 = 0.8; SPE.S2.K2 the sum 24 + 16; SPE.S2.K3
    /// gamma-office's single 100; SPE.S1.K1 alpha-school's 36.2, the mean by default.
    @Test func figuresAreTheHandCalculation() throws {
        let f = IndicatorFigures(try Self.report())
        let expected = [
            "indicator.SPE.S2.K1.value": "0.8", "indicator.SPE.S2.K1.units": "2",
            "indicator.SPE.S2.K1.1.beta-college.value": "0.75", "indicator.SPE.S2.K1.1.beta-college.numerator": "3",
            "indicator.SPE.S2.K1.1.beta-college.denominator": "400",
            "indicator.SPE.S2.K1.2.gamma-office.value": "0.83", "indicator.SPE.S2.K1.2.gamma-office.numerator": "5",
            "indicator.SPE.S2.K1.2.gamma-office.denominator": "600",
            "indicator.SPE.S2.K2.value": "40", "indicator.SPE.S2.K2.units": "2",
            "indicator.SPE.S2.K2.1.beta-college.value": "24", "indicator.SPE.S2.K2.2.gamma-office.value": "16",
            "indicator.SPE.S2.K3.value": "100", "indicator.SPE.S2.K3.units": "1", "indicator.SPE.S2.K3.1.gamma-office.value": "100",
            "indicator.SPE.S1.K1.value": "36.2", "indicator.SPE.S1.K1.units": "1", "indicator.SPE.S1.K1.1.alpha-school.value": "36.2",
        ]
        // Graded on the plan's standard bands: 36.2 of 35 is 103.43, a decrease of 0.8 against 1
        // is 125.00, 40 of 100 is 40.00 (the lowest band), 100 of 100 is 100.00.
        let grades = [
            "indicator.SPE.S1.K1.percent": "103.43", "indicator.SPE.S1.K1.rating": "0",
            "indicator.SPE.S2.K1.percent": "125.00", "indicator.SPE.S2.K1.rating": "0",
            "indicator.SPE.S2.K2.percent": "40.00", "indicator.SPE.S2.K2.rating": "4",
            "indicator.SPE.S2.K3.percent": "100.00", "indicator.SPE.S2.K3.rating": "0",
        ]
        #expect(f.values == expected.merging(grades) { a, _ in a })
        #expect(Set(f.keys) == Set(expected.keys))
        #expect(Set(f.grades) == Set(grades.keys) && f.grades.count == grades.count)
        // Only a ratio's entries have parts.
        #expect(!f.values.keys.contains { $0.hasPrefix("indicator.SPE.S2.K2.") && $0.hasSuffix(".numerator") })
        // An item's page holds all its indicators' figures; a plan's page and the analysis page
        // the value and units of each; an item without indicators nothing.
        #expect(Set(f.pages["items/SPE.S2.html"] ?? []) == Set(expected.keys.filter { $0.hasPrefix("indicator.SPE.S2.") }))
        let summaries: Set = [
            "indicator.SPE.S1.K1.value", "indicator.SPE.S1.K1.units", "indicator.SPE.S2.K1.value", "indicator.SPE.S2.K1.units",
            "indicator.SPE.S2.K2.value", "indicator.SPE.S2.K2.units", "indicator.SPE.S2.K3.value", "indicator.SPE.S2.K3.units",
        ]
        #expect(Set(f.pages["plans/SPE.html"] ?? []) == summaries)
        #expect(Set(f.pages["alignment.html"] ?? []) == summaries)
        #expect(f.pages["items/SPE.S3.html"] == [])
        #expect(f.pages["plans/NS.html"] == [])
    }

    @Test func everyChannelStatesTheFiguresAndTheAuditPasses() async throws {
        let report = try Self.report()
        let files = try await Self.channels(report)
        #expect(Self.audit(report, files).isEmpty, "\(Self.audit(report, files).prefix(5))")
        let f = IndicatorFigures(report)
        let reader = ChannelAudit.Reader(report)
        for path in ["data/report.json", "data/report.xml", "print/booklet.html", "items/SPE.S2.html", "plans/SPE.html"] {
            let file = try #require(files.first { $0.path == path })
            let stated = try #require(reader.statement(file)).stated
            let keys = path.hasPrefix("data/") || path.hasPrefix("print/") ? f.keys : f.pages[path] ?? []
            #expect(!keys.isEmpty)
            for key in keys { #expect(stated[key] == f.values[key], "\(path) \(key)") }
        }
        // The booklet prints them in Thai digits, the site in the site's (Arabic here).
        let booklet = String(decoding: try #require(files.first { $0.path == "print/booklet.html" }).bytes, as: UTF8.self)
        #expect(booklet.contains(Self.mark("indicator.SPE.S2.K1.2.gamma-office.denominator", "600", "๖๐๐")))
        let item = String(decoding: try #require(files.first { $0.path == "items/SPE.S2.html" }).bytes, as: UTF8.self)
        #expect(item.contains(Self.mark("indicator.SPE.S2.K1.2.gamma-office.denominator", "600", "600")))
    }

    @Test func aTamperedNumeratorInReportJSONFails() async throws {
        let report = try Self.report()
        let files = try AlignmentAuditTests.edit(try await Self.channels(report), "data/report.json") {
            // The contributor only: the unit's own result and `reported` keep their 3.
            Self.replacingFirst(#""contributors": \[\n\s*\{\n\s*"unit_id": "beta-college",\n\s*"value": 0.75,\n\s*"numerator": 3,"#, in: $0)
            {
                $0.replacingOccurrences(of: "3,", with: "4,")
            }
        }
        #expect(
            Self.audit(report, files).map(\.description) == [
                "data/report.json: indicator.SPE.S2.K1.1.beta-college.numerator is 4, expected 3"
            ])
    }

    @Test func aTamperedContributorInReportXMLFails() async throws {
        let report = try Self.report()
        let files = try AlignmentAuditTests.edit(try await Self.channels(report), "data/report.xml") {
            $0.replacingOccurrences(
                of: #"<contributor unit="gamma-office" value="16"/>"#, with: #"<contributor unit="gamma-office" value="61"/>"#)
        }
        #expect(
            Self.audit(report, files).map(\.description) == ["data/report.xml: indicator.SPE.S2.K2.2.gamma-office.value is 61, expected 16"]
        )
        // The year's value itself.
        let value = try AlignmentAuditTests.edit(try await Self.channels(report), "data/report.xml") {
            $0.replacingOccurrences(of: #"yearValue="0.8""#, with: #"yearValue="0.79""#)
        }
        #expect(Self.audit(report, value).map(\.description) == ["data/report.xml: indicator.SPE.S2.K1.value is 0.79, expected 0.8"])
    }

    @Test func anEntryAttributedToAnotherUnitFails() async throws {
        let report = try Self.report()
        let files = try AlignmentAuditTests.edit(try await Self.channels(report), "data/report.xml") {
            $0.replacingOccurrences(
                of: #"<contributor unit="beta-college" value="24"/>"#, with: #"<contributor unit="alpha-school" value="24"/>"#)
        }
        let mismatches = Self.audit(report, files)
        #expect(mismatches.contains { $0.key == "indicator.SPE.S2.K2.1.beta-college.value" && $0.found == nil })
        #expect(mismatches.contains { $0.key == "indicator.SPE.S2.K2.1.alpha-school.value" && $0.expected == "no such figure" })
        #expect(mismatches.allSatisfy { $0.channel == "data/report.xml" })
    }

    @Test func aTamperedItemPageFigureFails() async throws {
        let report = try Self.report()
        let key = "indicator.SPE.S2.K1.2.gamma-office.denominator"
        let files = try AlignmentAuditTests.edit(try await Self.channels(report), "items/SPE.S2.html") {
            $0.replacingOccurrences(of: Self.mark(key, "600", "600"), with: Self.mark(key, "6000", "6000"))
        }
        #expect(Self.audit(report, files).map(\.description) == ["items/SPE.S2.html: \(key) is 6000, expected 600"])
        // Shown otherwise than marked.
        let shown = try AlignmentAuditTests.edit(try await Self.channels(report), "items/SPE.S2.html") {
            $0.replacingOccurrences(of: Self.mark(key, "600", "600"), with: Self.mark(key, "600", "60"))
        }
        #expect(Self.audit(report, shown).map(\.channel) == ["items/SPE.S2.html (as shown)"])
        // A page that leaves the entries out.
        let dropped = try AlignmentAuditTests.edit(try await Self.channels(report), "items/SPE.S2.html") {
            $0.replacingOccurrences(of: #"<table class="contributors""#, with: "<table").replacingOccurrences(
                of: #"<data data-audit="indicator\.SPE\.S2\.K1\.[12]\.[^"]*" value="[^"]*">([^<]*)</data>"#, with: "$1",
                options: .regularExpression)
        }
        let missing = Self.audit(report, dropped)
        #expect(missing.count == 6 && missing.allSatisfy { $0.channel == "items/SPE.S2.html" && $0.found == nil })
    }

    @Test func aMiscountedPlanPageOrAnalysisPageFails() async throws {
        let report = try Self.report()
        let key = "indicator.SPE.S2.K1.units"
        let plan = try AlignmentAuditTests.edit(try await Self.channels(report), "plans/SPE.html") {
            $0.replacingOccurrences(of: Self.mark(key, "2", "2"), with: Self.mark(key, "3", "3"))
        }
        #expect(Self.audit(report, plan).map(\.description) == ["plans/SPE.html: \(key) is 3, expected 2"])
        let analysis = try AlignmentAuditTests.edit(try await Self.channels(report), "alignment.html") {
            $0.replacingOccurrences(
                of: Self.mark("indicator.SPE.S2.K2.value", "40", "40"), with: Self.mark("indicator.SPE.S2.K2.value", "41", "41"))
        }
        #expect(Self.audit(report, analysis).map(\.description) == ["alignment.html: indicator.SPE.S2.K2.value is 41, expected 40"])
    }

    @Test func aTamperedBookletEntryFails() async throws {
        let report = try Self.report()
        let key = "indicator.SPE.S2.K1.1.beta-college.value"
        let channels = try await Self.channels(report)
        let booklet = String(decoding: try #require(channels.first { $0.path == "print/booklet.html" }).bytes, as: UTF8.self)
        // Part ๓ and part ๔ both print the entry.
        #expect(booklet.components(separatedBy: Self.mark(key, "0.75", "๐.๗๕")).count == 3)
        // Part ๔'s changed: the booklet states 0.57 (and contradicts itself).
        let last = try AlignmentAuditTests.edit(channels, "print/booklet.html") {
            Self.replacingLast(Self.mark(key, "0.75", "๐.๗๕"), in: $0, with: Self.mark(key, "0.57", "๐.๕๗"))
        }
        let mismatches = Self.audit(report, last)
        #expect(mismatches.contains { $0.description == "print/booklet.html: \(key) is 0.57, expected 0.75" })
        #expect(mismatches.allSatisfy { $0.channel.hasPrefix("print/booklet.html") && $0.key == key })
        #expect(throws: ChannelAudit.Failed.self) { try DataRenderer().seal(last, report: report) }
        // Part ๓'s changed: the two parts disagree.
        let first = try AlignmentAuditTests.edit(channels, "print/booklet.html") {
            Self.replacingFirst(Self.mark(key, "0.75", "๐.๗๕"), in: $0, regex: false) { _ in Self.mark(key, "0.57", "๐.๕๗") }
        }
        #expect(Self.audit(report, first).map(\.channel) == ["print/booklet.html (as shown)"])
    }
}
