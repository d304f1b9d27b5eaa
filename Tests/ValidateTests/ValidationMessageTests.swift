import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressCore
@testable import PlanPressParse
@testable import PlanPressValidate

/// The messages a unit officer acts on alone: one message per slip, and a hint that gives the
/// corrected value whenever it can be worked out.
@Suite struct ValidationMessageTests {
    static let site: SiteConfig = {
        let url = Fixtures.base.appendingPathComponent("site.yaml")
        return SiteValidator.validate(DocumentLoader.load(url, displayPath: "site.yaml")).0!
    }()

    static let framework: PlanFramework = {
        let folder = Fixtures.base.appendingPathComponent("framework")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        return FrameworkValidator.validate(names.map { DocumentLoader.load(folder.appendingPathComponent($0), displayPath: $0) }).0
    }()

    /// The diagnostics of a one-project file whose project has `project` (YAML lines, indented 4).
    static func check(unit: String = "district: mueang-satun", _ project: String) -> [Diagnostic] {
        let yaml = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit:
              id: delta
              name: เดลตา
              affiliation: obec
              \(unit)
            projects:
              - id: P01
                name: โครงการ
                strategies: [SPE.S1.1]
            \(project.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
                indicators:
                  - { name: ก, target: 1, actual: 1 }

            """
        let document = DocumentLoader.parse(Array(yaml.utf8), displayPath: "delta.yaml", json: false)
        let validator = SubmissionValidator(site: site, index: FrameworkIndex(framework: framework, primaryPlan: site.primaryPlan))
        return validator.validate(
            document, expectedID: "delta", evidenceRoot: Fixtures.base.appendingPathComponent("units"), isFolderForm: false
        )
        .1
    }

    static func only(_ list: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        #expect(list.count == 1, "\(list.map { "\($0.code.rawValue) \($0.message.en)" })", sourceLocation: sourceLocation)
        return try #require(list.first, sourceLocation: sourceLocation)
    }

    @Test(
        "an unreadable number's hint gives the number as it should be written",
        arguments: [
            ("\"350,000 บาท\"", "350000"), ("\"2.150.000\"", "2150000"), ("\"1.250.000,50\"", "1250000.5"), ("\"2 150 000\"", "2150000"),
            ("\"฿ 5,000\"", "5000"), ("\"๓๕๐,๐๐๐ บาท\"", "350000"),
        ])
    func numberHint(_ written: String, _ fix: String) throws {
        let d = try Self.only(Self.check("status: ongoing\nbudget: { allocated: \(written) }"))
        #expect(d.code == .badNumber)
        #expect(d.hint?.th.hasPrefix("เขียนเป็น \(fix) ") == true, "\(d.hint?.th ?? "")")
        #expect(d.hint?.en.hasPrefix("write \(fix) ") == true)
    }

    @Test("no guess where there is nothing sensible to guess")
    func noNumberGuess() throws {
        for written in ["\"N/A\"", "\"12,50\"", "\"ไม่มี\""] {
            let d = try Self.only(Self.check("status: ongoing\nbudget: { allocated: \(written) }"))
            #expect(d.hint?.th.hasPrefix("(เขียนเฉพาะตัวเลข") == true, "\(written): \(d.hint?.th ?? "")")
        }
    }

    @Test(
        "a date written day first with slashes, or with a two-digit year, gets the date to write",
        arguments: [
            ("20/10/2569", "เขียนเป็น 20 ตุลาคม 2569 หรือ 2569-10-20"), ("1.11.2568", "เขียนเป็น 1 พฤศจิกายน 2568 หรือ 2568-11-01"),
            ("20/10/69", "เขียนเป็น 20 ตุลาคม 2569 หรือ 2569-10-20"), ("1 ต.ค. 68", "เขียนเป็น 1 ต.ค. 2568"),
            ("20/10/2026", "เขียนเป็น 20 ตุลาคม 2569 หรือ 2569-10-20"),
        ])
    func dateHint(_ written: String, _ hint: String) throws {
        let d = try Self.only(Self.check("status: ongoing\nperiod: { start: \(written) }"))
        #expect(d.code == .badDate)
        #expect(d.hint?.th == hint)
    }

    @Test(
        "a status written in Thai is answered with its English value and the list",
        arguments: [
            ("เสร็จสิ้น", "completed"), ("ดำเนินการแล้วเสร็จ", "completed"), ("อยู่ระหว่างดำเนินการ", "ongoing"), ("ยังไม่เสร็จ", "ongoing"),
            ("ยังไม่ได้ดำเนินการ", "not_started"), ("ยกเลิกโครงการ", "cancelled"), ("เลื่อนไปปีหน้า", "postponed"), ("complete", "completed"),
        ])
    func statusInThai(_ written: String, _ value: String) throws {
        let d = try Self.only(Self.check("status: \(written)"))
        #expect(d.code == .badEnum)
        #expect(d.hint?.th.hasPrefix("เขียน \(value) ") == true, "\(d.hint?.th ?? "")")
        #expect(d.hint?.th.contains("not_started = ยังไม่ดำเนินการ") == true)
    }

    @Test("a misspelled required key gets the one 'did you mean', not also 'missing'")
    func misspelledRequired() throws {
        let d = try Self.only(Self.check("staus: ongoing"))
        #expect(d.code == .unknownKey)
        #expect(d.hint?.en == "rename it to status")
        // Truly missing: the hint explains the field from the catalogue.
        let missing = try Self.only(Self.check("lead: ก"))
        #expect(missing.code == .missingField)
        #expect(missing.hint?.th.contains("completed = ดำเนินการแล้วเสร็จ") == true, "\(missing.hint?.th ?? "")")
    }

    @Test("a copied project keeps its duplicate id reported even when one copy has another error")
    func duplicateWithAnotherError() throws {
        let yaml = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit: { id: delta, name: เดลตา, affiliation: obec }
            projects:
              - { id: P01, name: ก, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: "x" }, indicators: [{ name: ก, target: 1 }] }
              - { id: P01, name: ข, strategies: [SPE.S1.1], status: ongoing, indicators: [{ name: ก, target: 1 }] }

            """
        let document = DocumentLoader.parse(Array(yaml.utf8), displayPath: "delta.yaml", json: false)
        let validator = SubmissionValidator(site: Self.site, index: FrameworkIndex(framework: Self.framework, primaryPlan: "SPE"))
        let codes = validator.validate(document, expectedID: "delta", evidenceRoot: URL(fileURLWithPath: "/tmp"), isFolderForm: false).1
            .map(\.code)
        #expect(codes.sorted() == [.badNumber, .duplicateProjectID])
    }

    @Test("codes: a site code that begins with what was written is the guess; a bad project id gets its cleaned form")
    func codeGuesses() throws {
        let district = try Self.only(Self.check(unit: "district: mueang", "status: ongoing"))
        #expect(district.hint?.en.hasPrefix("did you mean mueang-satun?") == true, "\(district.hint?.en ?? "")")
        let yaml = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit: { id: delta, name: เดลตา, affiliation: obec }
            projects:
              - { id: "SP 03", name: ก, strategies: [SPE.S1.1], status: ongoing, indicators: [{ name: ก, target: 1 }] }

            """
        let document = DocumentLoader.parse(Array(yaml.utf8), displayPath: "delta.yaml", json: false)
        let validator = SubmissionValidator(site: Self.site, index: FrameworkIndex(framework: Self.framework, primaryPlan: "SPE"))
        let d = try Self.only(
            validator.validate(document, expectedID: "delta", evidenceRoot: URL(fileURLWithPath: "/tmp"), isFolderForm: false).1)
        #expect(d.code == .badProjectID && d.hint?.en == "e.g. SP-03")
    }

    @Test("a link without https:// is answered with the link to write; a missing evidence file with where it goes")
    func evidence() throws {
        let url = try Self.only(Self.check("status: ongoing\nevidence: [{ title: ก, url: www.example.go.th/a.pdf }]"))
        #expect(url.hint?.th.hasPrefix("เขียนเป็น https://www.example.go.th/a.pdf ") == true)
        let file = try Self.only(Self.check("status: ongoing\nevidence: [{ title: ก, file: evidence/a.jpg }]"))
        #expect(file.code == .evidenceFileMissing)
        #expect(file.hint?.th.hasSuffix("วางไฟล์ไว้ที่ evidence/a.jpg") == true, "\(file.hint?.th ?? "")")
    }
}
