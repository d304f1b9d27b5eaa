import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressParse
import PlanPressTestSupport
import PlanPressUnitWorkbook
import PlanPressValidate
import Testing

/// Every rule of the format, met in a workbook: each case file of the end-to-end fixture's
/// `broken/` folder, converted to a workbook, gives the same problems as its YAML, each at the
/// cell that holds the value the YAML problem points at.
@Suite struct BrokenFixtureWorkbookTests {
    /// Cases a workbook cannot hold as they are: the syntax and encoding of a text file, keys the
    /// format does not have (a workbook's own form is an unknown header: PP111), and a value of
    /// the wrong shape (a map where a text belongs).
    static let textOnly: Set<String> = ["PP101", "PP102", "PP103", "PP104", "PP105", "PP106", "PP107"]

    /// Rules whose workbook form differs: an unknown key is an unknown column header there
    /// (PP111, `WorkbookEndToEndTests`); a duplicate unit id is found across files, not in one; and
    /// a projects sheet without rows is an empty list (PP205), as a workbook cannot leave the
    /// list out.
    static let otherwiseInAWorkbook: Set<String> = ["PP204", "PP304"]

    /// Slips a workbook cannot make: a text where a list belongs (a list field's cell is its lines)
    /// and an empty item of a list (blank lines of a cell are not items).
    static let cannotHappen: [String: String] = ["wrong-type.yaml": "PP203", "slip-PP209.yaml": "PP209"]

    /// Slips that broken/ does not hold, as small documents; each meets its rule in a workbook.
    static let slips: [String: String] = [
        "PP203":
            "projects:\n  - { id: A1, name: ก, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: 1 }, indicators: [{ name: ข, kind: qualitative, target: ค, actual: ง, achieved: บางส่วน }] }\n",
        "PP207":
            "submitted_on: 31/02/2569\nprojects:\n  - { id: A1, name: ก, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: 1 } }\n",
        "PP208": "projects:\n  - { id: A1, name: ก, strategies: [SPE.S1.1], status: เสร็จ, budget: { allocated: 1 } }\n",
        "PP209":
            "projects:\n  - { id: A1, name: ก, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: 1 }, problems: [\"\", ข] }\n",
        "PP210": "projects:\n  - { id: A1, name: <ชื่อโครงการ>, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: 1 } }\n",
        "PP408": "projects:\n  - { id: A1, name: ก, strategies: [], status: ongoing, budget: { allocated: 1 } }\n",
        "PP604":
            "projects:\n  - { id: A1, name: ก, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: 1 }, evidence: [{ title: ข, url: \"https://a.go.th/x\", file: x.pdf }] }\n",
        "PP306": "projects:\n"
            + String(repeating: "  - { id: A1, name: ก, strategies: [SPE.S1.1], status: ongoing, budget: { allocated: 1 } }\n", count: 2001),
    ]

    static let header = "format: planpress/unit-report/1\nfiscal_year: 2569\nunit: { id: slip, name: หน่วย, affiliation: obec }\n"

    @Test func everyRuleLandsAtItsCell() throws {
        let folder = Fixtures.broken
        let content = ContentValidator(contentURL: folder, displayBase: folder, strict: false).validate()
        let site = try #require(content.site)
        let validator = SubmissionValidator(site: site, index: FrameworkIndex(framework: content.framework, primaryPlan: site.primaryPlan))
        let writer = UnitWorkbookWriter(site: site, framework: content.framework)
        let units = folder.appendingPathComponent("units")
        var codesMet: Set<String> = []
        var converted = 0
        let files = try FileManager.default.contentsOfDirectory(atPath: units.path).sorted()
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.map {
                ($0, DocumentLoader.load(units.appendingPathComponent($0), displayPath: $0))
            }
        let slips = Self.slips.sorted { $0.key < $1.key }.map { code, text in
            ("slip-\(code).yaml", DocumentLoader.parse(Array((Self.header + text).utf8), displayPath: "slip-\(code).yaml", json: false))
        }
        for (name, yaml) in files + slips {
            let url = units.appendingPathComponent(name)
            guard let root = yaml.root, !yaml.diagnostics.contains(where: { Self.textOnly.contains($0.code.rawValue) }) else { continue }
            let expectedID = url.deletingPathExtension().lastPathComponent
            let (_, fromText) = validator.validate(yaml, expectedID: expectedID, evidenceRoot: units, isFolderForm: false)
            let placed: (bytes: [UInt8], cells: [PlanPressCore.SourceLocation: PlanPressCore.SourceLocation])
            do {
                placed = try writer.placed(root, path: "w.xlsx")
            } catch {
                // Only a key the format does not have, or a value of the wrong shape, has no cell.
                #expect(fromText.contains { ["PP204", "PP203"].contains($0.code.rawValue) }, "\(name): \(error)")
                continue
            }
            converted += 1
            let workbook = DocumentLoader.parseWorkbook(placed.bytes, displayPath: "w.xlsx", layout: UnitWorkbookLayout.layout)
            let (_, fromCells) = validator.validate(workbook, expectedID: expectedID, evidenceRoot: units, isFolderForm: false)
            for d in fromText where !Self.otherwiseInAWorkbook.contains(d.code.rawValue) {
                if name == "missing-projects.yaml", d.code == .missingField { continue }
                if Self.cannotHappen[name] == d.code.rawValue { continue }
                // A problem of the whole file stays one; a problem at a value is at that value's cell.
                let want = d.location.line == 0 ? PlanPressCore.SourceLocation(path: "w.xlsx") : placed.cells[d.location]
                let found = fromCells.contains { $0.code == d.code && (want == nil || $0.location == want!) }
                #expect(
                    found,
                    "\(name): \(d.code.rawValue) at \(d.location) should be at \(want?.description ?? "?"); the workbook gave \(fromCells.map { "\($0.code.rawValue) \($0.location)" })"
                )
                if found { codesMet.insert(d.code.rawValue) }
            }
        }
        #expect(converted >= 30, "\(converted)")
        // Every rule of a unit file that a workbook can hold is met here.
        let fileCodes = Set(DiagnosticCode.allCases.map(\.rawValue).filter { $0 >= "PP200" && $0 < "PP700" }).subtracting(
            Self.otherwiseInAWorkbook)
        // PP209 is met only in a text file; PP407 is the aligner's (the next test).
        let unmet = fileCodes.subtracting(codesMet).subtracting(["PP209", "PP407"]).sorted()
        #expect(unmet.isEmpty, "rules no workbook case meets: \(unmet)")
    }

    /// PP407 is found when the framework is walked (the aligner), at the `also_supports` cell.
    @Test func alsoSupportsNotReachedLandsAtItsCell() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("wb-pp407")
        let content = dir.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("units"), withIntermediateDirectories: true)
        for part in ["site.yaml", "framework"] {
            try FileManager.default.copyItem(at: Fixtures.broken.appendingPathComponent(part), to: content.appendingPathComponent(part))
        }
        let source = Fixtures.broken.appendingPathComponent("units/also-supports-not-reached.yaml")
        let root = try #require(DocumentLoader.load(source, displayPath: "x").root)
        let validated = ContentValidator(contentURL: Fixtures.broken, displayBase: Fixtures.broken, strict: false).validate()
        let bytes = try UnitWorkbookWriter(site: validated.site, framework: validated.framework).workbook(root)
        try Data(bytes).write(to: content.appendingPathComponent("units/also-supports-not-reached.xlsx"))
        let checked = ContentValidator(contentURL: content, displayBase: dir, strict: false).validate()
        let (_, aligned) = Aligner(strict: false).align(checked)
        let found = aligned.filter { $0.code == .alsoSupportsNotReached }
        #expect(found.map(\.location.description) == ["content/units/also-supports-not-reached.xlsx:โครงการ!G2"], "\(found)")
    }
}
