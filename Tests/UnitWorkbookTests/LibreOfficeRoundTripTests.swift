import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressTestSupport
import PlanPressUnitWorkbook
import PlanPressValidate
import Testing

/// Every sample unit's workbook, saved again by LibreOffice Calc's own XLSX writer, reads back
/// as the same document: what a unit's spreadsheet program writes is what PlanPress reads.
@Suite(.serialized) struct LibreOfficeRoundTripTests {
    @Test func everySampleWorkbookSurvivesLibreOffice() throws {
        let soffice = try #require(ExternalProgram.find("soffice"), "LibreOffice (soffice) is needed: scripts/setup installs it")
        let writer = try UnitWorkbookRoundTripTests.writer()
        let folder = try BinaryRunner.makeTemporaryDirectory("lo-round-trip")
        let ours = folder.appendingPathComponent("ours")
        let theirs = folder.appendingPathComponent("theirs")
        try FileManager.default.createDirectory(at: ours, withIntermediateDirectories: true)
        var originals: [String: Node] = [:]
        for url in try UnitWorkbookRoundTripTests.sampleUnits() {
            let root = try #require(DocumentLoader.load(url, displayPath: url.lastPathComponent).root)
            let name = url.deletingPathExtension().lastPathComponent + ".xlsx"
            try Data(try writer.workbook(root)).write(to: ours.appendingPathComponent(name))
            originals[name] = root
        }
        // One LibreOffice run converts them all (a private profile, so runs never share one).
        let names = originals.keys.sorted()
        let run = try ExternalProgram.run(
            soffice,
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--norestore", "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir", theirs.path,
            ] + names.map { ours.appendingPathComponent($0).path }, timeout: 600)
        #expect(run.status == 0, "\(run.output)")
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: theirs.appendingPathComponent(name)))
            #expect(bytes != [UInt8](try Data(contentsOf: ours.appendingPathComponent(name))), "LibreOffice wrote its own file")
            let back = DocumentLoader.parseWorkbook(bytes, displayPath: name, layout: UnitWorkbookLayout.layout)
            #expect(back.diagnostics.isEmpty, "\(name): \(back.diagnostics)")
            let (got, want) = (
                UnitWorkbookRoundTripTests.flat(back.root).sorted(), UnitWorkbookRoundTripTests.flat(originals[name]).sorted()
            )
            #expect(got == want, "\(name): \(UnitWorkbookRoundTripTests.difference(got, want))")
        }
    }
}
