import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressBooklet
@testable import PlanPressData
@testable import PlanPressPublish
@testable import PlanPressSite
@testable import PlanPressValidate

/// The cross-channel audit of the alignment section: the analysis page, the page of every plan and
/// every item, against the report and the data channels. Each tampering test changes one figure in
/// the bytes about to be published and expects the audit to name the page and the figure.
@Suite(.serialized) struct AlignmentAuditTests {
    static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/e2e/base")
    static let templates = base.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    static func report() throws -> Report {
        let content = ContentValidator(contentURL: base, displayBase: base, strict: false).validate()
        return try #require(Aligner(strict: false).align(content).0)
    }

    /// The site and data channels of the base fixture, as a build would publish them.
    static func channels(_ report: Report) async throws -> [OutputFile] {
        let site = try await SiteRenderer(templates: templates)
        return try site.render(report) + DataRenderer().render(report)
    }

    static func audit(_ report: Report, _ files: [OutputFile]) -> [ChannelAudit.Mismatch] {
        ChannelAudit.check(ChannelAudit.Reader(report), files: files)
    }

    /// `files` with one file's text changed; the change must actually change something.
    static func edit(_ files: [OutputFile], _ path: String, _ change: (String) -> String) throws -> [OutputFile] {
        var out = files
        let i = try #require(out.firstIndex { $0.path == path }, "no \(path)")
        let before = String(decoding: out[i].bytes, as: UTF8.self)
        let after = change(before)
        #expect(after != before, "the edit of \(path) changed nothing")
        out[i] = OutputFile(path: path, text: after)
        return out
    }

    static func mark(_ key: String, _ value: String, _ shown: String) -> String {
        "<data data-audit=\"\(key)\" value=\"\(value)\">\(shown)</data>"
    }

    /// The fixture's framework has a diamond (SPE.S3 reaches NS1 through MP1, and SPE.S1 through
    /// MP1.1 → MP1), nested items, and a project (P02) naming SPE.S1.1 and SPE.S3. By hand:
    /// P01 350,000 and P02 1,250,000 (alpha-school, obec); B01 120,000.75 (SPE.S2.1 + NS2) and
    /// B02 50,000 (SPE.S3) (beta-college, ovec); G01 12,345.67 (SPE.S2.2) and G02 200,000
    /// (SPE.S1.2 + NS1) (gamma-office, obec).
    @Test func figuresAreTheHandCalculation() throws {
        let a = HeadlineFigures(try Self.report()).alignment
        let expected = [
            // units × SPE strategies
            "matrix.units.alpha-school.SPE.S1.projects": "2", "matrix.units.alpha-school.SPE.S1.allocated": "1600000.00",
            "matrix.units.alpha-school.SPE.S2.projects": "0", "matrix.units.alpha-school.SPE.S2.allocated": "0.00",
            "matrix.units.alpha-school.SPE.S3.projects": "1", "matrix.units.alpha-school.SPE.S3.allocated": "1250000.00",
            "matrix.units.beta-college.SPE.S1.projects": "0",
            "matrix.units.beta-college.SPE.S2.projects": "1", "matrix.units.beta-college.SPE.S2.allocated": "120000.75",
            "matrix.units.beta-college.SPE.S3.projects": "1", "matrix.units.beta-college.SPE.S3.allocated": "50000.00",
            "matrix.units.gamma-office.SPE.S1.projects": "1", "matrix.units.gamma-office.SPE.S1.allocated": "200000.00",
            "matrix.units.gamma-office.SPE.S2.projects": "1", "matrix.units.gamma-office.SPE.S2.allocated": "12345.67",
            "matrix.units.gamma-office.SPE.S3.projects": "0",
            // affiliations × NS: P02 reaches NS1 by two paths and counts once (P01, P02, G02)
            "matrix.affiliations.obec.NS1.projects": "3", "matrix.affiliations.obec.NS1.allocated": "1800000.00",
            "matrix.affiliations.obec.NS2.projects": "1", "matrix.affiliations.obec.NS2.allocated": "12345.67",
            "matrix.affiliations.obec.NS3.projects": "1", "matrix.affiliations.obec.NS3.allocated": "1250000.00",
            "matrix.affiliations.ovec.NS1.projects": "1", "matrix.affiliations.ovec.NS1.allocated": "50000.00",
            "matrix.affiliations.ovec.NS2.projects": "1", "matrix.affiliations.ovec.NS2.allocated": "120000.75",
            "matrix.affiliations.ovec.NS3.projects": "1", "matrix.affiliations.ovec.NS3.allocated": "50000.00",
            // several: P02 (SPE.S1 and SPE.S3); in NS, P02 and B02 (NS1 and NS3); none in MP (all reach MP1 only)
            "plan.SPE.several": "1", "plan.NS.several": "2", "plan.MP.several": "0",
            // gaps: MP2 only (SPE.S2 supports NS2 directly)
            "plan.MP.gaps": "1", "plan.NS.gaps": "0", "plan.SPE.gaps": "0", "item.MP2.projects": "0",
            // NS1: P01, P02, B02, G02 from 3 units
            "item.NS1.projects": "4", "item.NS1.units": "3", "item.NS1.allocated": "1850000.00",
        ]
        for (key, value) in expected { #expect(a.values[key] == value, "\(key)") }
        // 3 units × 3 strategies and 2 affiliations × 3 national strategies, two figures per cell.
        #expect(a.values.keys.filter { $0.hasPrefix("matrix.") }.count == (9 + 6) * 2)
    }

    @Test func everyAlignmentPageMarksItsFiguresAndTheAuditPasses() async throws {
        let report = try Self.report()
        let files = try await Self.channels(report)
        let mismatches = Self.audit(report, files)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        let a = HeadlineFigures(report).alignment
        let byPath = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { x, _ in x })
        // One analysis page, 3 plan pages, 13 item pages; each states every figure it must.
        #expect(a.pages.count == 1 + 3 + 13)
        for page in a.pages {
            let html = try #require(byPath[page.path], "\(page.path)")
            let (stated, shown, _) = ChannelAudit.fromMarks(html)
            #expect(shown.isEmpty, "\(page.path): \(shown)")
            #expect(!page.keys.isEmpty)
            for key in page.keys { #expect(stated[key] == a.values[key], "\(page.path) \(key)") }
        }
        #expect(try DataRenderer().seal(files, report: report).last?.path == "manifest.json")
    }

    @Test func aTamperedMatrixCellFailsTheAudit() async throws {
        let report = try Self.report()
        let key = "matrix.affiliations.obec.NS1.projects"
        // Value and visible text changed together, as a template or model bug would.
        let files = try Self.edit(try await Self.channels(report), "alignment.html") {
            $0.replacingOccurrences(of: Self.mark(key, "3", "3"), with: Self.mark(key, "4", "4"))
        }
        let mismatches = Self.audit(report, files)
        #expect(mismatches.map(\.description) == ["alignment.html: \(key) is 4, expected 3"])
        #expect(throws: ChannelAudit.Failed.self) { try DataRenderer().seal(files, report: report) }

        let money = "matrix.units.beta-college.SPE.S2.allocated"
        let changed = try Self.edit(try await Self.channels(report), "alignment.html") {
            $0.replacingOccurrences(of: Self.mark(money, "120000.75", "120,000.75"), with: Self.mark(money, "120000.76", "120,000.76"))
        }
        #expect(Self.audit(report, changed).map(\.key) == [money])
    }

    /// The booklet's part ๔ shows the same matrices, in Thai digits: every cell with projects is
    /// marked and audited like the site's.
    @Test func theBookletMatricesAreAudited() async throws {
        let report = try Self.report()
        let booklet = try await BookletRenderer(templates: Self.templates).render(report, content: Self.base)
        let files = try await Self.channels(report) + booklet
        #expect(Self.audit(report, files).isEmpty)
        let html = String(decoding: try #require(booklet.first { $0.path == "print/booklet.html" }).bytes, as: UTF8.self)
        let key = "matrix.affiliations.obec.NS1.projects"
        #expect(html.contains(Self.mark(key, "3", "๓")))
        let tampered = try Self.edit(files, "print/booklet.html") {
            $0.replacingOccurrences(of: Self.mark(key, "3", "๓"), with: Self.mark(key, "4", "๔"))
        }
        #expect(Self.audit(report, tampered).map(\.description) == ["print/booklet.html: \(key) is 4, expected 3"])
        let dropped = try Self.edit(files, "print/booklet.html") {
            $0.replacingOccurrences(of: Self.mark(key, "3", "๓"), with: "๓")
        }
        #expect(Self.audit(report, dropped).map(\.key) == [key])
    }

    @Test func aTamperedItemPageFigureFailsTheAudit() async throws {
        let report = try Self.report()
        let key = "item.SPE.S1.allocated"
        let files = try Self.edit(try await Self.channels(report), "items/SPE.S1.html") {
            $0.replacingOccurrences(of: Self.mark(key, "1800000.00", "1,800,000.00"), with: Self.mark(key, "1800001.00", "1,800,001.00"))
        }
        let mismatches = Self.audit(report, files)
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.channel == "items/SPE.S1.html")
        #expect(mismatches.first?.key == key)
        #expect(mismatches.first?.expected == "1800000.00")
        #expect(mismatches.first?.found == "1800001.00")
        #expect(throws: ChannelAudit.Failed.self) { try DataRenderer().seal(files, report: report) }
    }

    @Test func aPlanPageThatMiscountsProjectsServingSeveralItemsFails() async throws {
        let report = try Self.report()
        let files = try Self.edit(try await Self.channels(report), "plans/NS.html") {
            $0.replacingOccurrences(of: Self.mark("plan.NS.several", "2", "2"), with: Self.mark("plan.NS.several", "3", "3"))
        }
        #expect(Self.audit(report, files).map(\.description) == ["plans/NS.html: plan.NS.several is 3, expected 2"])
    }

    @Test func aGapCountThatDiffersFails() async throws {
        let report = try Self.report()
        let files = try Self.edit(try await Self.channels(report), "alignment.html") {
            $0.replacingOccurrences(of: Self.mark("plan.MP.gaps", "1", "1"), with: Self.mark("plan.MP.gaps", "0", "0"))
        }
        #expect(Self.audit(report, files).map(\.description) == ["alignment.html: plan.MP.gaps is 0, expected 1"])
    }

    @Test func aShownFigureThatDiffersFromItsMarkFails() async throws {
        let report = try Self.report()
        let key = "matrix.units.alpha-school.SPE.S3.projects"
        let files = try Self.edit(try await Self.channels(report), "alignment.html") {
            $0.replacingOccurrences(of: Self.mark(key, "1", "1"), with: Self.mark(key, "1", "๗"))
        }
        let mismatches = Self.audit(report, files)
        #expect(mismatches.map(\.channel) == ["alignment.html (as shown)"])
        #expect(mismatches.first?.key == key)
    }

    @Test func aPageThatDropsAFigureFails() async throws {
        let report = try Self.report()
        let files = try Self.edit(try await Self.channels(report), "items/SPE.S1.html") {
            $0.replacingOccurrences(of: Self.mark("item.SPE.S1.units", "2", "2"), with: "2")
        }
        let mismatches = Self.audit(report, files)
        #expect(mismatches.map(\.description) == ["items/SPE.S1.html: item.SPE.S1.units is missing, expected 2"])
    }

    @Test func aFigureTheReportDoesNotHaveFails() async throws {
        let report = try Self.report()
        let files = try Self.edit(try await Self.channels(report), "plans/SPE.html") {
            $0.replacingOccurrences(of: "</main>", with: Self.mark("matrix.units.nobody.SPE.S1.projects", "1", "1") + "</main>")
        }
        let mismatches = Self.audit(report, files)
        #expect(mismatches.map(\.key) == ["matrix.units.nobody.SPE.S1.projects"])
        #expect(mismatches.first?.expected == "no such figure")
    }

    @Test func aMissingItemPageFails() async throws {
        let report = try Self.report()
        let files = try await Self.channels(report).filter { $0.path != "items/MP2.html" }
        #expect(Self.audit(report, files).map(\.channel) == ["items/MP2.html"])
    }

    /// The aligner and the analysis count the projects serving several primary strategies apart;
    /// the analysis page states both under one key, so a disagreement between them is caught.
    @Test func theAlignerAndTheAnalysisMustAgreeOnProjectsServingSeveral() async throws {
        var report = try Self.report()
        report.projectsServingSeveralStrategies += 1
        let files = try await Self.channels(report)
        let mismatches = Self.audit(report, files).filter { $0.key == "plan.SPE.several" }
        #expect(mismatches.contains { $0.channel == "alignment.html (as shown)" || $0.channel == "alignment.html" })
    }

    @Test func theDataChannelsStateEveryItemAndEveryPlanCount() async throws {
        let report = try Self.report()
        let channels = try await Self.channels(report)
        // alignment.csv: the gap MP2 stated as reached by one project.
        let csv = try Self.edit(channels, "data/alignment.csv") {
            $0.replacingOccurrences(of: "MP,MP2,การต่างประเทศ,1,0,", with: "MP,MP2,การต่างประเทศ,1,1,")
        }
        #expect(
            Set(Self.audit(report, csv).map(\.description)) == [
                "data/alignment.csv: item.MP2.projects is 1, expected 0", "data/alignment.csv: plan.MP.gaps is 0, expected 1",
            ])
        let json = try Self.edit(channels, "data/report.json") {
            $0.replacingOccurrences(of: "\"projects_serving_several_items\": 2", with: "\"projects_serving_several_items\": 5")
        }
        #expect(Self.audit(report, json).map(\.description) == ["data/report.json: plan.NS.several is 5, expected 2"])
        let xml = try Self.edit(channels, "data/report.xml") {
            $0.replacingOccurrences(of: "projectsServingSeveralItems=\"2\"", with: "projectsServingSeveralItems=\"1\"")
        }
        #expect(Self.audit(report, xml).map(\.description) == ["data/report.xml: plan.NS.several is 1, expected 2"])
    }
}
