import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressCore
@testable import PlanPressData
@testable import PlanPressPublish
@testable import PlanPressSite
@testable import PlanPressValidate
@testable import PlanPressXML

/// The data channel: XML against its schema, the cross-channel audit, the manifest, CSV form.
/// libxml2 is driven through one serial owner; these tests run one at a time all the same.
@Suite(.serialized) struct DataChannelTests {
    static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/e2e/base")

    static func report() throws -> Report {
        let content = ContentValidator(contentURL: base, displayBase: base, strict: false).validate()
        return try #require(Aligner(strict: false).align(content).0)
    }

    @Test func xmlValidatesAgainstTheSchema() throws {
        let xml = ReportXML.document(try Self.report())
        let problems = XMLEngine.shared.validate(document: xml, schema: Array(ReportXSD.text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"report.xsl\"?>"))
        #expect(text.contains("<report xmlns=\"urn:planpress:report:1\""))
    }

    func tampered(_ edit: (String) -> String) throws -> [XMLEngine.ValidationProblem] {
        let xml = String(decoding: ReportXML.document(try Self.report()), as: UTF8.self)
        return XMLEngine.shared.validate(document: Array(edit(xml).utf8), schema: Array(ReportXSD.text.utf8))
    }

    @Test func aRemovedProjectFailsTheSchema() throws {
        let problems = try tampered { xml in
            let start = xml.range(of: "<project ")!.lowerBound
            let end = xml.range(of: "</project>", range: start..<xml.endIndex)!.upperBound
            return String(xml[..<start] + xml[end...])
        }
        #expect(problems.contains { $0.message.contains("keyref") || $0.message.contains("key-sequence") }, "\(problems)")
        #expect(problems.allSatisfy { $0.line > 0 })
    }

    @Test func aWrongStatusOrAmountFailsTheSchema() throws {
        let status = try tampered { $0.replacingOccurrences(of: "status=\"completed\"", with: "status=\"done\"") }
        #expect(status.first?.element == "project")
        #expect(status.first?.message.contains("done") == true)
        let money = try tampered { $0.replacingOccurrences(of: ".00\"", with: ".001\"") }
        #expect(!money.isEmpty)
        let code = try tampered { $0.replacingOccurrences(of: "<code>SPE.S1</code>", with: "<code>SPE.S99</code>") }
        #expect(code.contains { $0.message.contains("SPE.S99") })
    }

    @Test func aTruncatedOrMisnamedDocumentFailsTheStreamingValidation() throws {
        let xml = ReportXML.document(try Self.report())
        let cut = XMLEngine.shared.validate(document: Array(xml.dropLast(40)), schema: Array(ReportXSD.text.utf8))
        #expect(!cut.isEmpty)
        let renamed = try tampered {
            $0.replacingOccurrences(of: "<objectives>", with: "<aims>").replacingOccurrences(of: "</objectives>", with: "</aims>")
        }
        #expect(renamed.first?.element == "aims", "\(renamed)")
        #expect(renamed.allSatisfy { $0.line > 0 })
        #expect(XMLEngine.elementNamed(in: "Element '{urn:planpress:report:1}project', attribute 'status': x") == "project")
        #expect(XMLEngine.elementNamed(in: "Element 'unit': y") == "unit")
        #expect(XMLEngine.elementNamed(in: "no element") == "")
    }

    @Test func textThatXMLCannotHoldIsDropped() {
        let root = XMLEngine.Element("report")
        root.child("note", text: "a\u{1}b<&>\u{FFFE}")
        let text = String(decoding: XMLEngine.shared.serialize(root, namespace: ReportXSD.namespace), as: UTF8.self)
        #expect(text.contains("<note>ab&lt;&amp;&gt;</note>"))
    }

    static let templates = base.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    /// The real site and data channels of the base fixture, as a build would publish them.
    func channels() async throws -> (Report, [OutputFile]) {
        let report = try Self.report()
        let site = try await SiteRenderer(templates: Self.templates)
        return (report, try site.render(report) + DataRenderer().render(report))
    }

    @Test func theAuditPassesWhenChannelsAgree() async throws {
        let (report, files) = try await channels()
        let sealed = try DataRenderer().seal(files, report: report)
        #expect(sealed.last?.path == "manifest.json")
    }

    @Test func theAuditNamesTheChannelAndFigureThatDiffer() async throws {
        let (report, files) = try await channels()
        let figures = ChannelAudit.Reader(report)
        var changed = files
        let i = try #require(changed.firstIndex { $0.path == "data/projects.csv" })
        var text = String(decoding: changed[i].bytes, as: UTF8.self)
        let first = try #require(report.allProjects.first?.project.allocated.plain)
        text = text.replacingOccurrences(
            of: ",\(first),", with: ",\(Money(satang: report.allProjects.first!.project.allocated.satang + 1).plain),")
        changed[i] = OutputFile(path: "data/projects.csv", text: text)
        let mismatches = ChannelAudit.check(figures, files: changed)
        #expect(mismatches.contains { $0.channel == "data/projects.csv" && $0.key == "total.allocated" })
        #expect(!mismatches.contains { $0.channel != "data/projects.csv" })

        // A page that shows a figure other than the one it marks is caught as shown.
        var page = files
        let j = try #require(page.firstIndex { $0.path == "index.html" })
        page[j] = OutputFile(
            path: "index.html",
            text: String(decoding: page[j].bytes, as: UTF8.self).replacingOccurrences(
                of: "value=\"\(report.totals.projects)\">\(report.totals.projects)<", with: "value=\"\(report.totals.projects)\">๙๙<"))
        let shown = ChannelAudit.check(figures, files: page)
        #expect(shown.map(\.channel) == ["index.html (as shown)"])
        #expect(throws: ChannelAudit.Failed.self) { try DataRenderer().seal(page, report: report) }
    }

    @Test func thaiDigitsOnAPageStateTheSameFigure() {
        let (stated, shown, _) = ChannelAudit.fromMarks(
            Array(#"<data data-audit="total.allocated" value="1250000.50">๑,๒๕๐,๐๐๐.๕๐</data>"#.utf8))
        #expect(stated["total.allocated"] == "1250000.50")
        #expect(shown.isEmpty)
    }

    @Test func manifestHashesEveryFile() {
        #expect(Manifest.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let m = Manifest.file(for: [OutputFile(path: "b.txt", text: "abc"), OutputFile(path: "a.txt", text: "")])
        let text = String(decoding: m.bytes, as: UTF8.self)
        #expect(text.contains("\"path\": \"a.txt\""))
        #expect(text.range(of: "a.txt")!.lowerBound < text.range(of: "b.txt")!.lowerBound)
        #expect(text.contains("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
    }

    @Test func csvIsWhatSpreadsheetsExpect() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.row([.text("=SUM(A1)"), .text("ข้อความ, \"อ้าง\"")])
        csv.row([.text("+1"), .number("-5.00")])
        csv.row([.text("@x"), .text("บรรทัด\nใหม่")])
        let bytes = csv.bytes
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "a,b\r\n'=SUM(A1),\"ข้อความ, \"\"อ้าง\"\"\"\r\n'+1,-5.00\r\n'@x,\"บรรทัด\nใหม่\"\r\n")
        #expect(CSVReader.rows(bytes) == [["a", "b"], ["'=SUM(A1)", "ข้อความ, \"อ้าง\""], ["'+1", "-5.00"], ["'@x", "บรรทัด\nใหม่"]])
    }

    @Test func catalogCarriesThePortalFields() throws {
        let text = String(decoding: DataCatalog.file(try Self.report()).bytes, as: UTF8.self)
        for field in [
            "\"title\"", "\"notes\"", "\"publisher\"", "\"license_id\"", "\"update_frequency\"", "\"geo_coverage\"", "\"language\": \"th\"",
            "\"resources\"",
        ] {
            #expect(text.contains(field), "\(field)")
        }
    }
}
