import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressParse
@testable import PlanPressValidate

/// `planpress new unit`: the skeleton a unit fills in, and the one message per placeholder that
/// `check` gives until it is filled in.
@Suite(.serialized)
struct NewUnitTests {
    static let base = Fixtures.base

    /// A scratch folder holding a copy of `base/` as `content/`.
    static func stage(_ label: String) throws -> URL {
        let dir = try BinaryRunner.makeTemporaryDirectory(label)
        try FileManager.default.copyItem(at: base, to: dir.appendingPathComponent("content"))
        return dir
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The placeholders of a skeleton, as written on its value lines (comments left out).
    static func placeholderLines(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { i, line in
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let count = code.components(separatedBy: "<").count - 1
            return count > 0 ? Array(repeating: i + 1, count: count) : nil
        }.flatMap { $0 }
    }

    @Test("new unit writes a commented skeleton that check reports once per placeholder, and nothing else")
    func unfilledSkeleton() throws {
        let dir = try Self.stage("new-unit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let made = try BinaryRunner.run(["new", "unit", "delta-school", "--affiliation", "obec"], in: dir)
        #expect(made.status == 0, "\(made)")
        let file = dir.appendingPathComponent("content/units/delta-school.yaml")
        let text = try Self.read(file)

        #expect(text.hasPrefix("# yaml-language-server: $schema=../unit-report.schema.json\n"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/unit-report.schema.json").path))
        #expect(text.contains("format: planpress/unit-report/1"))
        #expect(text.contains("fiscal_year: 2569"))
        #expect(text.contains("  id: delta-school"))
        #expect(text.contains("  affiliation: obec"))
        // Every key of the format is written, with a Thai comment.
        for key in SubmissionValidator.topKeys + SubmissionValidator.unitKeys + SubmissionValidator.projectKeys
            + SubmissionValidator.indicatorKeys
        {
            #expect(text.contains("\(key):"), "the skeleton lacks \(key)")
        }
        // (`evidence[].file` is the alternative to `url`, explained in the comment above it.)
        for field in SkeletonField.all
        where !field.path.hasSuffix("[]") && !field.path.contains("beneficiaries.") && field.path != "projects[].evidence[].file" {
            #expect(text.contains("# \(field.label.th) ("), "no comment for \(field.path)")
        }
        // The plan's strategy and indicator codes, the affiliations and districts, in comments.
        for code in ["SPE.S1", "SPE.S1.1", "SPE.S1.2", "SPE.S2", "SPE.S3", "SPE.S1.K1", "obec", "ovec", "mueang-satun", "la-ngu"] {
            #expect(text.contains("#   \(code) ") || text.contains("#     \(code) "), "\(code) is not listed")
        }
        #expect(made.stderr.contains("content/units/delta-school.yaml"))

        let check = try BinaryRunner.run(["check", "--format", "json"], in: dir)
        #expect(check.status == 1)
        let (_, reported) = try DiagnosticsJSONReading.parseDiagnosticsJSON(check.stdout)
        let mine = reported.filter { $0.path == "content/units/delta-school.yaml" }
        let expectedLines = Self.placeholderLines(text)
        #expect(!expectedLines.isEmpty)
        #expect(mine.allSatisfy { $0.code == "PP210" }, "only placeholder messages: \(mine.filter { $0.code != "PP210" })")
        #expect(mine.map(\.line) == expectedLines, "one message per placeholder, on its line")
        #expect(made.stderr.contains("\(expectedLines.count)"), "the count is announced: \(made.stderr)")
        // Each says what to write: the hint names the placeholder and gives the field's help.
        for d in mine {
            #expect(d.messageEN.contains("<"), "\(d)")
            #expect(d.hintEN.hasPrefix("replace <"), "\(d) — hint \(d.hintEN)")
        }
        // The other units are untouched by the new file.
        #expect(reported.filter { $0.path != "content/units/delta-school.yaml" }.isEmpty)
    }

    /// The value a unit would write for each placeholder: the catalogue's example, or a code of
    /// base/'s framework.
    static func filled(_ text: String) -> String {
        let codes = [
            "projects[].strategies[]": "SPE.S1.1", "projects[].also_supports[]": "NS1",
            "projects[].indicators[].contributes_to": "SPE.S1.K1", "indicator_results[].code": "SPE.S1.K1",
        ]
        var out = text
        // Codes first: a list and its items share a label, so the same placeholder.
        for (path, code) in codes { out = out.replacingOccurrences(of: SkeletonField.named(path)!.placeholder(.th), with: code) }
        for field in SkeletonField.all {
            out = out.replacingOccurrences(of: field.placeholder(.th), with: field.example ?? "ข้อความ")
        }
        return out
    }

    @Test("a skeleton with every placeholder replaced by the catalogue's example is accepted")
    func filledSkeleton() throws {
        let dir = try Self.stage("new-unit-filled")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try BinaryRunner.run(["new", "unit", "delta-school", "--affiliation", "obec"], in: dir).status == 0)
        let file = dir.appendingPathComponent("content/units/delta-school.yaml")
        try Self.filled(try Self.read(file)).write(to: file, atomically: true, encoding: .utf8)
        let check = try BinaryRunner.run(["check", "--format", "json"], in: dir)
        let (_, reported) = try DiagnosticsJSONReading.parseDiagnosticsJSON(check.stdout)
        let errors = reported.filter { $0.severity == "error" }
        #expect(errors.isEmpty, "\(errors)")
        #expect(check.status == 0, "\(check)")
    }

    @Test("a name comes from site.yaml's expected units; --name and --district are written as given")
    func namesAndCodes() throws {
        let dir = try Self.stage("new-unit-names")
        defer { try? FileManager.default.removeItem(at: dir) }
        // An expected unit whose file was lost: its name is known.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("content/units/beta-college.yaml"))
        #expect(try BinaryRunner.run(["new", "unit", "beta-college"], in: dir).status == 0)
        let beta = try Self.read(dir.appendingPathComponent("content/units/beta-college.yaml"))
        #expect(beta.contains("  name: วิทยาลัยเบตา\n"))
        #expect(beta.contains("  affiliation: <รหัสสังกัด>"))

        let r = try BinaryRunner.run(["new", "unit", "epsilon", "--name", "โรงเรียน: เอปไซลอน", "--district", "la-ngu"], in: dir)
        #expect(r.status == 0, "\(r)")
        let epsilon = try Self.read(dir.appendingPathComponent("content/units/epsilon.yaml"))
        #expect(epsilon.contains("  name: \"โรงเรียน: เอปไซลอน\"\n"), "a name with ': ' is quoted")
        #expect(epsilon.contains("  district: la-ngu\n"))
    }

    @Test("new unit refuses to overwrite, bad ids and unknown codes (exit 2, nothing written)")
    func refusals() throws {
        let dir = try Self.stage("new-unit-refuse")
        defer { try? FileManager.default.removeItem(at: dir) }
        let alpha = dir.appendingPathComponent("content/units/alpha-school.yaml")
        let before = try Data(contentsOf: alpha)
        let again = try BinaryRunner.run(["new", "unit", "alpha-school"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr.contains("alpha-school.yaml"))
        #expect(try Data(contentsOf: alpha) == before)
        // The folder form counts as existing too.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("content/units/zeta"), withIntermediateDirectories: true)
        #expect(try BinaryRunner.run(["new", "unit", "zeta"], in: dir).status == 2)

        let bad = try BinaryRunner.run(["new", "unit", "Bad_Unit", "--lang", "en"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("e.g. bad-unit"), "\(bad.stderr)")
        let affiliation = try BinaryRunner.run(["new", "unit", "eta", "--affiliation", "obecc", "--lang", "en"], in: dir)
        #expect(affiliation.status == 2)
        #expect(affiliation.stderr.contains("obec, ovec"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/units/eta.yaml").path))
    }

    @Test("--lang en writes English comments and placeholders, which check also recognises")
    func english() throws {
        let dir = try Self.stage("new-unit-en")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BinaryRunner.run(["new", "unit", "theta", "--lang", "en"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr.contains("wrote content/units/theta.yaml"))
        let text = try Self.read(dir.appendingPathComponent("content/units/theta.yaml"))
        #expect(text.contains("# project name (required): "))
        #expect(text.contains("name: <project name>"))
        let check = try BinaryRunner.run(["check", "--format", "json"], in: dir)
        let (_, reported) = try DiagnosticsJSONReading.parseDiagnosticsJSON(check.stdout)
        let mine = reported.filter { $0.path == "content/units/theta.yaml" }
        #expect(mine.allSatisfy { $0.code == "PP210" } && mine.count == Self.placeholderLines(text).count, "\(mine)")
    }

    @Test("without a content folder the skeleton still reads back, with placeholders for what the site would give")
    func withoutSite() throws {
        let text = Skeleton(unitID: "iota").text()
        let document = DocumentLoader.parse(Array(text.utf8), displayPath: "iota.yaml", json: false)
        let root = try #require(document.root, "\(document.diagnostics)")
        #expect(document.diagnostics.isEmpty)
        let found = SkeletonPlaceholder.find(in: root)
        #expect(found.count == Self.placeholderLines(text).count)
        #expect(text.contains("fiscal_year: <ปีงบประมาณ พ.ศ.>"))
    }

    @Test(
        "any name given with --name reads back exactly as given",
        arguments: [
            "โรงเรียน: เอปไซลอน", "\"quoted\" name", "a \"\u{301} b", "back\\slash", "- dash", "# hash", "trailing ", "tab\there", "[x]",
            "ก: ข #ค",
        ])
    func namesReadBack(_ name: String) throws {
        let text = Skeleton(unitID: "iota", unitName: name).text()
        let document = DocumentLoader.parse(Array(text.utf8), displayPath: "iota.yaml", json: false)
        let root = try #require(document.root, "\(document.diagnostics.map(\.message.en))")
        guard case .mapping(let top) = root.value, case .mapping(let unit)? = top.first(where: { $0.key == "unit" })?.value.value else {
            Issue.record("no unit map")
            return
        }
        #expect(unit.first { $0.key == "name" }?.value.scalar?.text == name)
    }

    @Test(
        "placeholders are recognised whole, inside edited text, and in any <…> with Thai; not in links",
        arguments: [
            ("<ชื่อโครงการ>", true), ("  <ชื่อโครงการ>\n", true), ("โครงการพัฒนาครู <ชื่อโครงการ>", true), ("<project name>", true),
            ("<ใส่ชื่อ>", true), ("<https://example.go.th/a>", false), ("<plan@example.go.th>", false), ("a < b > c", false),
            ("โครงการพัฒนาครู", false), ("<>", false),
        ])
    func recognition(_ text: String, _ expected: Bool) {
        #expect((SkeletonPlaceholder.placeholder(in: text) != nil) == expected, "\(text)")
    }

    @Test("a placeholder's echo (not a number, unknown code) at its spot is dropped; other problems stay")
    func echoesDropped() throws {
        let yaml = """
            format: planpress/unit-report/1
            fiscal_year: 2569
            unit: { id: kappa, name: กัปปะ, affiliation: obec }
            projects:
              - id: P01
                name: โครงการ
                strategies: [<รหัสยุทธศาสตร์>]
                status: <สถานะโครงการ>
                budget: { allocated: <งบประมาณที่ได้รับจัดสรร (บาท)>, spent: -5 }
                indicators:
                  - { name: ก, target: 1, actual: 1 }

            """
        let document = DocumentLoader.parse(Array(yaml.utf8), displayPath: "kappa.yaml", json: false)
        let validator = SubmissionValidator(site: nil, index: FrameworkIndex(framework: PlanFramework(plans: []), primaryPlan: nil))
        let (submission, diagnostics) = validator.validate(
            document, expectedID: "kappa", evidenceRoot: URL(fileURLWithPath: "/tmp"), isFolderForm: false)
        #expect(submission == nil)
        let codes = diagnostics.map { "\($0.location.line):\($0.code.rawValue)" }.sorted()
        // The unknown affiliation (no site given here) and the negative spent are real problems.
        #expect(codes == ["3:PP405", "7:PP210", "8:PP210", "9:PP210", "9:PP503"], "\(diagnostics.map(\.message.en))")
    }
}
