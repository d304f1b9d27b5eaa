import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressSpreadsheet
import PlanPressTestSupport
import PlanPressValidate
import Testing

/// How cells become the document: formulas, merged cells, dates, numbers, lists and dropdown
/// items, in a workbook made for the purpose.
@Suite struct WorkbookCellReadingTests {
    /// A workbook with the unit block and one project row made of `cells` (header → cell).
    static func read(_ cells: [(String, CellDraft)], merged: [CellRange] = []) throws -> LoadedDocument {
        let unit: [[CellDraft]] = [
            [.text("หัวข้อ"), .text("ข้อมูล")],
            [.text("format"), .text("planpress/unit-report/1")],
            [.text("fiscal_year"), .number("2569")],
            [.text("unit.id"), .text("cells")],
        ]
        let projects: [[CellDraft]] = [cells.map { .text($0.0) }, cells.map(\.1)]
        let draft = WorkbookDraft(sheets: [
            SheetDraft(name: UnitWorkbookLayout.unitSheet, rows: unit),
            SheetDraft(name: UnitWorkbookLayout.projectsSheet, rows: projects, mergedRanges: merged),
            SheetDraft(name: UnitWorkbookLayout.indicatorsSheet, rows: [[.text("รหัสโครงการ")]]),
            SheetDraft(name: UnitWorkbookLayout.evidenceSheet, rows: [[.text("รหัสโครงการ")]]),
            SheetDraft(name: UnitWorkbookLayout.resultsSheet, rows: [[.text("code")]]),
        ])
        return DocumentLoader.parseWorkbook(try XLSXWriter().write(draft), displayPath: "c.xlsx", layout: UnitWorkbookLayout.layout)
    }

    static func project(_ document: LoadedDocument) -> [String: String] {
        var out: [String: String] = [:]
        func walk(_ node: Node, _ path: String) {
            switch node.value {
            case .scalar(let s): out[path] = s.text
            case .sequence(let items): for (i, item) in items.enumerated() { walk(item, "\(path)[\(i)]") }
            case .mapping(let entries): for e in entries { walk(e.value, path.isEmpty ? e.key : "\(path).\(e.key)") }
            }
        }
        if let root = document.root { walk(root, "") }
        return out
    }

    @Test func valuesAreReadAsTheirFields() throws {
        let document = try Self.read([
            ("id", .text("P1")), ("รหัสยุทธศาสตร์ 1", .text("SPE.S3 – ยุทธศาสตร์ที่ 3")), ("รหัสยุทธศาสตร์ 2", .text("SPE.S1, SPE.S2")),
            ("status", .text("อยู่ระหว่างดำเนินการ")), ("วันเริ่มโครงการ", .date(CalendarDate(year: 2025, month: 10, day: 1)!)),
            ("budget.allocated", .number("348250.49999999994")), ("วัตถุประสงค์", .text("ข้อ 1\n\n ข้อ 2 ")),
            ("ผู้ได้รับประโยชน์อื่น (ชื่อ: จำนวน)", .text("ผู้ปกครอง: 30")), ("budget.spent", .text("๑,๒๐๐")),
        ])
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
        let p = Self.project(document)
        #expect(p["projects[0].strategies[0]"] == "SPE.S3")
        #expect(p["projects[0].strategies[1]"] == "SPE.S1" && p["projects[0].strategies[2]"] == "SPE.S2")
        #expect(p["projects[0].status"] == "ongoing")
        #expect(p["projects[0].period.start"] == "2568-10-01")
        #expect(p["projects[0].budget.allocated"] == "348250.5")
        #expect(p["projects[0].budget.spent"] == "๑,๒๐๐")
        #expect(
            p["projects[0].objectives[0]"] == "ข้อ 1" && p["projects[0].objectives[1]"] == "ข้อ 2" && p["projects[0].objectives[2]"] == nil)
        #expect(p["projects[0].beneficiaries.ผู้ปกครอง"] == "30")
        #expect(p["fiscal_year"] == "2569" && p["unit.id"] == "cells")
    }

    @Test func aFormulaWithoutItsResultAndAMergedCellAreErrorsAtTheirCells() throws {
        let document = try Self.read(
            [
                ("id", .text("P1")), ("name", CellDraft(.formula("A2&\"x\"", cached: nil))), ("lead", .text("กลุ่ม")),
                ("budget.source", .empty),
            ],
            merged: [CellRange(CellReference(column: 3, row: 2), CellReference(column: 4, row: 2))])
        let found = document.diagnostics.map { "\($0.code.rawValue) \($0.location)" }.sorted()
        #expect(found == ["PP112 c.xlsx:โครงการ!B2", "PP112 c.xlsx:โครงการ!C2"], "\(found)")
    }

    @Test func aFormulaIsReadByItsSavedResult() throws {
        let document = try Self.read([("id", .text("P1")), ("budget.allocated", CellDraft(.formula("1000*2", cached: .number("2000"))))])
        #expect(document.diagnostics.isEmpty)
        #expect(Self.project(document)["projects[0].budget.allocated"] == "2000")
    }

    @Test func anUnknownHeaderAndAMissingSheetAreLayoutErrors() throws {
        let document = try Self.read([("id", .text("P1")), ("ชื่อโครงกา", .text("ก"))])
        #expect(document.diagnostics.map(\.code) == [.workbookLayout])
        #expect(document.diagnostics.first?.location.description == "c.xlsx:โครงการ!B1")
        #expect(document.diagnostics.first?.hint?.en.contains("ชื่อโครงการ") == true)
    }
}
