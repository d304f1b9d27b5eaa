import PlanPressCore
import PlanPressParse
import PlanPressSpreadsheet
import PlanPressValidate

/// Writes the unit workbook: the reporting tool a unit fills in Excel, LibreOffice Calc or Google
/// Sheets, following `UnitWorkbookLayout`. Empty, prefilled with the unit's block from
/// `site.yaml`, or holding a whole document (`planpress convert`, `new unit --from`).
///
/// Every sheet is protected so that its headers and labels cannot be edited, and the cells to fill
/// are unlocked; rows may be inserted and deleted. Dropdowns offer the statuses, budget sources,
/// affiliations, districts, plan codes, indicator kinds and directions, from the sheet `รายการ`.
public struct UnitWorkbookWriter {
    public var site: SiteConfig?
    public var framework: PlanFramework
    /// Empty rows offered for filling in, below the rows written, on the table sheets.
    public var spareRows = 200

    public init(site: SiteConfig?, framework: PlanFramework) {
        self.site = site
        self.framework = framework
    }

    /// The workbook holding `document` (a submission's tree), bytes of an `.xlsx`.
    public func workbook(_ document: Node) throws(UnitWorkbookError) -> [UInt8] {
        try placed(document).bytes
    }

    /// The workbook holding `document`, and where each place of the document went: its key or
    /// value's location → the cell (a location with a sheet) that holds it.
    public func placed(_ document: Node, path: String = "") throws(UnitWorkbookError) -> (
        bytes: [UInt8], cells: [SourceLocation: SourceLocation]
    ) {
        let (draft, cells) = try drafted(document, path: path)
        do {
            return (try XLSXWriter().write(draft), cells)
        } catch {
            throw UnitWorkbookError.write("\(error)")
        }
    }

    /// The workbook as a draft: instructions, the layout's sheets holding `document`, the lists.
    public func draft(_ document: Node) throws(UnitWorkbookError) -> WorkbookDraft {
        try drafted(document, path: "").draft
    }

    func drafted(_ document: Node, path: String) throws(UnitWorkbookError) -> (
        draft: WorkbookDraft, cells: [SourceLocation: SourceLocation]
    ) {
        let lists = UnitWorkbookLists(site: site, framework: framework)
        let values = try UnitWorkbookValues(document: document, layout: UnitWorkbookLayout.layout)
        var sheets = [UnitWorkbookInstructions.sheet(site: site)]
        var cells: [SourceLocation: SourceLocation] = [:]
        func place(_ sources: [SourceLocation], _ sheet: String, row: Int, column: Int) {
            for s in sources where cells[s] == nil { cells[s] = SourceLocation(path: path, sheet: sheet, row: row, column: column) }
        }
        for sheet in UnitWorkbookLayout.layout.sheets {
            switch sheet.shape {
            case .record:
                sheets.append(recordSheet(sheet, values: values.record, lists: lists))
                for (i, field) in sheet.fields.enumerated() {
                    place(values.recordSources[field.path] ?? [], sheet.name, row: i + 2, column: 2)
                }
            case .table(let list, let parent):
                let rows = values.tables[list] ?? []
                sheets.append(tableSheet(sheet, rows: rows, parent: parent, lists: lists))
                let offset = parent == nil ? 0 : 1
                for (r, row) in rows.enumerated() {
                    for (i, sources) in row.sources.enumerated() { place(sources, sheet.name, row: r + 2, column: i + 1 + offset) }
                    place(row.item, sheet.name, row: r + 2, column: 1)
                }
            }
        }
        sheets.append(lists.sheet)
        return (WorkbookDraft(sheets: sheets), cells)
    }

    /// The document a new unit starts from: the format, the year and the unit's block.
    public static func prefilled(
        unitID: String, name: String?, affiliation: String?, district: String?, fiscalYear: Int?
    ) -> Node {
        let at = SourceLocation(path: "")
        func scalar(_ text: String, string: Bool = true) -> Node { Node(.scalar(Scalar(text, isString: string)), at: at) }
        var unit = [Entry(key: "id", keyLocation: at, value: scalar(unitID))]
        if let name { unit.append(Entry(key: "name", keyLocation: at, value: scalar(name))) }
        if let affiliation { unit.append(Entry(key: "affiliation", keyLocation: at, value: scalar(affiliation))) }
        if let district { unit.append(Entry(key: "district", keyLocation: at, value: scalar(district))) }
        var root = [Entry(key: "format", keyLocation: at, value: scalar(SubmissionValidator.format))]
        if let fiscalYear { root.append(Entry(key: "fiscal_year", keyLocation: at, value: scalar(String(fiscalYear), string: false))) }
        root.append(Entry(key: "unit", keyLocation: at, value: Node(.mapping(unit), at: at)))
        return Node(.mapping(root), at: at)
    }

    // MARK: Sheets

    func recordSheet(_ sheet: WorkbookLayout.Sheet, values: [String: UnitWorkbookValues.Value], lists: UnitWorkbookLists) -> SheetDraft {
        var rows: [[CellDraft]] = [[.text("หัวข้อ", style: .header), .text("ข้อมูล", style: .header), .text("คำอธิบาย", style: .header)]]
        var validations: [DataValidationDraft] = []
        for (i, field) in sheet.fields.enumerated() {
            let row = i + 2
            let value = values[field.path] ?? .empty
            rows.append([
                .text(field.header.th + (field.required ? " *" : ""), style: .readOnly), cell(value, field),
                .text(field.help.th, style: .readOnly),
            ])
            if let v = validation(field, range: CellRange(CellReference(column: 2, row: row), CellReference(column: 2, row: row)), lists) {
                validations.append(v)
            }
        }
        return SheetDraft(
            name: sheet.name, rows: rows, columnWidths: [1: 34, 2: 48, 3: 70], frozenRows: 1, protection: inputProtection(rows: false),
            validations: validations)
    }

    func tableSheet(
        _ sheet: WorkbookLayout.Sheet, rows items: [UnitWorkbookValues.Row], parent: WorkbookLayout.Parent?, lists: UnitWorkbookLists
    ) -> SheetDraft {
        var header: [CellDraft] = []
        var widths: [Int: Double] = [:]
        let offset = parent == nil ? 0 : 1
        if let parent {
            header.append(.text(parent.header.th + " *", style: .header))
            widths[1] = 14
        }
        for (i, field) in sheet.fields.enumerated() {
            header.append(.text(field.header.th + (field.required ? " *" : ""), style: .header))
            widths[i + 1 + offset] = Double(field.width)
        }
        var rows = [header]
        for item in items {
            var row: [CellDraft] = parent == nil ? [] : [.text(item.parent ?? "", style: .input)]
            for (i, field) in sheet.fields.enumerated() { row.append(cell(item.cells[i], field)) }
            rows.append(row)
        }
        for _ in 0..<spareRows {
            rows.append(
                (parent == nil ? [] : [CellDraft(.empty, style: .input)]) + sheet.fields.map { CellDraft(.empty, style: style($0)) })
        }
        let last = rows.count
        var validations: [DataValidationDraft] = []
        for (i, field) in sheet.fields.enumerated() {
            let column = i + 1 + offset
            let range = CellRange(CellReference(column: column, row: 2), CellReference(column: column, row: last))
            if let v = validation(field, range: range, lists) { validations.append(v) }
        }
        return SheetDraft(
            name: sheet.name, rows: rows, columnWidths: widths, frozenRows: 1, frozenColumns: offset + 1,
            protection: inputProtection(rows: true), validations: validations)
    }

    /// Headers and labels locked; rows may be added and removed where the sheet is a table.
    func inputProtection(rows: Bool) -> SheetProtection {
        var p = SheetProtection()
        p.allowInsertRows = rows
        p.allowDeleteRows = rows
        return p
    }

    // MARK: Cells

    func style(_ field: WorkbookLayout.Field) -> CellStyle {
        switch field.kind {
        case .money: return .moneyInput
        case .date: return .dateInput
        case .paragraph, .lines, .counts: return .wrappedInput
        default: return .input
        }
    }

    func cell(_ value: UnitWorkbookValues.Value, _ field: WorkbookLayout.Field) -> CellDraft {
        let style = style(field)
        switch value {
        case .empty: return CellDraft(.empty, style: style)
        case .text(let t): return CellDraft(.text(t), style: style)
        case .number(let n): return CellDraft(.number(n), style: style)
        case .date(let d): return CellDraft(.date(d), style: style)
        }
    }

    /// The dropdown of a field, or nil when it offers no list.
    func validation(_ field: WorkbookLayout.Field, range: CellRange, _ lists: UnitWorkbookLists) -> DataValidationDraft? {
        let key: String
        var strict = true
        switch field.kind {
        case .choice(let choices): key = UnitWorkbookLists.key(for: choices)
        case .code(let list): key = list
        case .codes(let list):
            key = field.path == "also_supports" ? "plans" : list
            // Several codes may share a cell (`SPE.S1, SPE.S2`): a warning, not a refusal.
            strict = false
        default: return nil
        }
        guard let source = lists.range(key) else { return nil }
        let prompt = DataValidationDraft.Message(title: String(field.header.th.prefix(32)), text: String(field.help.th.prefix(250)))
        let error = DataValidationDraft.Message(
            title: "ค่าไม่อยู่ในรายการ", text: "เลือกจากรายการ (ดูแผ่นงาน \(UnitWorkbookLists.sheetName))")
        var v = DataValidationDraft(ranges: [range], source: .formula(source), prompt: prompt, error: error)
        v.isStrict = strict
        return v
    }
}

/// Why a workbook could not be written.
public enum UnitWorkbookError: Error, Sendable, CustomStringConvertible {
    /// The document has a value where the layout has no place for its shape (a map where a text
    /// belongs), at its location.
    case shape(SourceLocation, String)
    case write(String)

    public var description: String {
        switch self {
        case .shape(let at, let what): return "\(at): \(what)"
        case .write(let what): return what
        }
    }
}
