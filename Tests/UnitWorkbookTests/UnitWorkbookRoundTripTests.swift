import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressSpreadsheet
import PlanPressTestSupport
import PlanPressUnitWorkbook
import PlanPressValidate
import Testing

/// A document written as a workbook reads back as the same document; so does the YAML and the
/// JSON `convert` writes.
@Suite struct UnitWorkbookRoundTripTests {
    /// A document as its lines `path = text`, each scalar marked as null, a boolean or a text:
    /// what the validator can tell apart.
    static func flat(_ node: Node?, _ path: String = "") -> [String] {
        guard let node else { return ["\(path) absent"] }
        switch node.value {
        case .scalar(let s):
            let kind = node.isNull ? "null" : (!s.isString && s.bool != nil) ? "bool" : "text"
            return ["\(path) = \(s.text) (\(kind))"]
        case .sequence(let items):
            return items.isEmpty ? ["\(path) = []"] : items.enumerated().flatMap { flat($1, "\(path)[\($0)]") }
        case .mapping(let entries):
            return entries.isEmpty ? ["\(path) = {}"] : entries.flatMap { flat($0.value, path.isEmpty ? $0.key : "\(path).\($0.key)") }
        }
    }

    static func sampleUnits() throws -> [URL] {
        let units = Fixtures.sample.appendingPathComponent("units")
        let files = try FileManager.default.contentsOfDirectory(at: units, includingPropertiesForKeys: nil)
        return files.filter { ["yaml", "json"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }

    static func writer() throws -> UnitWorkbookWriter {
        let content = ContentValidator(contentURL: Fixtures.sample, displayBase: Fixtures.sample, strict: false).validate()
        return UnitWorkbookWriter(site: content.site, framework: content.framework)
    }

    @Test func everySampleUnitSurvivesTheWorkbook() throws {
        let writer = try Self.writer()
        let units = try Self.sampleUnits()
        #expect(units.count >= 5)
        for url in units {
            let original = DocumentLoader.load(url, displayPath: url.lastPathComponent)
            let root = try #require(original.root, "\(url.lastPathComponent)")
            let bytes = try writer.workbook(root)
            let back = DocumentLoader.parseWorkbook(bytes, displayPath: "x.xlsx", layout: UnitWorkbookLayout.layout)
            #expect(back.diagnostics.isEmpty, "\(url.lastPathComponent): \(back.diagnostics)")
            // The same fields and values; a project's indicators and evidence come after its own
            // fields, as their sheets come after the projects'.
            let (got, want) = (Self.flat(back.root).sorted(), Self.flat(root).sorted())
            #expect(got == want, "\(url.lastPathComponent): \(Self.difference(got, want))")
        }
    }

    /// The lines only one side has, for a readable failure.
    static func difference(_ got: [String], _ want: [String]) -> String {
        let (g, w) = (Set(got), Set(want))
        return "missing \(want.filter { !g.contains($0) }.prefix(8)); extra \(got.filter { !w.contains($0) }.prefix(8))"
    }

    @Test func everySampleUnitSurvivesYAMLAndJSON() throws {
        for url in try Self.sampleUnits() {
            let root = try #require(DocumentLoader.load(url, displayPath: url.lastPathComponent).root)
            for json in [false, true] {
                let text = json ? DocumentWriter.json(root) : DocumentWriter.yaml(root)
                let back = DocumentLoader.parse(Array(text.utf8), displayPath: "x", json: json)
                #expect(back.diagnostics.isEmpty, "\(url.lastPathComponent) json: \(json): \(back.diagnostics)\n\(text)")
                #expect(Self.flat(back.root) == Self.flat(root), "\(url.lastPathComponent) json: \(json)")
            }
        }
    }

    @Test func aPrefilledWorkbookCarriesTheUnitsBlock() throws {
        let writer = try Self.writer()
        let start = UnitWorkbookWriter.prefilled(
            unitID: "pao-satun", name: "องค์การบริหารส่วนจังหวัดสตูล", affiliation: nil, district: nil, fiscalYear: 2569)
        let back = DocumentLoader.parseWorkbook(try writer.workbook(start), displayPath: "x.xlsx", layout: UnitWorkbookLayout.layout)
        #expect(back.diagnostics.isEmpty)
        #expect(Self.flat(back.root) == Self.flat(start) + ["projects = []"])
    }

    @Test func nextYearKeepsTheProjectsThatContinueWithoutTheirResults() throws {
        let url = try #require(try Self.sampleUnits().first { $0.lastPathComponent == "spm-satun.yaml" })
        let root = try #require(DocumentLoader.load(url, displayPath: "x").root)
        let next = UnitCarryOver.nextYear(root, fiscalYear: 2570)
        let lines = Self.flat(next)
        #expect(lines.contains("fiscal_year = 2570 (text)"))
        #expect(!lines.contains { $0.contains(".actual =") || $0.contains(".spent =") || $0.hasPrefix("submitted_on") })
        let statuses = Self.flat(root).filter { $0.contains("].status = ") }
        let kept = statuses.filter { !$0.contains("= completed") && !$0.contains("= cancelled") }.count
        #expect(kept > 0 && kept < statuses.count)
        #expect(lines.filter { $0.contains("].id = ") }.count == kept)
        #expect(!lines.contains { $0.contains("].status = ") })
    }
}
