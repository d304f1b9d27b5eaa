import Foundation
import PlanPressCore
import PlanPressSpreadsheet

/// Reads a workbook's cells into the document tree YAML and JSON give, following a
/// `WorkbookLayout`, so that every rule applies unchanged; every node is located at its sheet and
/// cell.
///
/// Cells are read as spreadsheet programs save them: text, numbers (rounded to the 15 significant
/// digits a spreadsheet keeps), booleans, dates as serial numbers in either date system (written
/// as Buddhist Era dates) and formulas by their saved result. A formula without a result, an
/// error value and a merged cell where a value belongs are errors at their cell. Empty rows and
/// blank cells are absent.
public struct WorkbookDocumentReader {
    public var layout: WorkbookLayout
    public var path: String

    public init(layout: WorkbookLayout, path: String) {
        self.layout = layout
        self.path = path
    }

    /// The document of `workbook`, nil when no part of the layout could be found, and the problems.
    public func read(_ workbook: Workbook) -> (Node?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root = WorkbookTree.mapping(at: SourceLocation(path: path, line: 1, column: 1))
        var found = 0
        for sheetLayout in layout.sheets {
            guard let sheet = workbook.sheet(named: sheetLayout.name) else {
                diagnostics.append(WorkbookLayoutMismatch.missingSheet(sheetLayout.name, path: path))
                continue
            }
            found += 1
            var reading = SheetReading(reader: self, sheet: sheet, layout: sheetLayout, dateSystem: workbook.dateSystem)
            reading.checkMerged()
            switch sheetLayout.shape {
            case .record: reading.readRecord(into: root)
            case .table(let listPath, let parent): reading.readTable(listPath, parent: parent, into: root)
            }
            diagnostics += reading.diagnostics
        }
        return (found == 0 ? nil : root.node, diagnostics)
    }

    func location(_ sheet: String, _ cell: CellReference) -> SourceLocation {
        SourceLocation(path: path, sheet: sheet, row: cell.row, column: cell.column)
    }
}

/// One sheet being read.
struct SheetReading {
    let reader: WorkbookDocumentReader
    let sheet: Sheet
    let layout: WorkbookLayout.Sheet
    let dateSystem: DateSystem
    var diagnostics: [Diagnostic] = []
    /// Cells covered by a merged range, other than its first: reported once, at the first.
    var mergedAway: Set<CellReference> = []

    init(reader: WorkbookDocumentReader, sheet: Sheet, layout: WorkbookLayout.Sheet, dateSystem: DateSystem) {
        self.reader = reader
        self.sheet = sheet
        self.layout = layout
        self.dateSystem = dateSystem
    }

    func at(_ cell: CellReference) -> SourceLocation { reader.location(sheet.name, cell) }

    /// The rows of the sheet, each its cells in column order.
    var rows: [(row: Int, cells: [Cell])] {
        var out: [(Int, [Cell])] = []
        for cell in sheet.cells {
            if out.last?.0 == cell.reference.row { out[out.count - 1].1.append(cell) } else { out.append((cell.reference.row, [cell])) }
        }
        return out
    }

    /// A merged range below the header (a table) or in the values' column (a record) is an error
    /// at its first cell: a value belongs to each of its cells.
    mutating func checkMerged() {
        for range in sheet.mergedRanges {
            let firstDataRow = layout.shape == .record ? 1 : 2
            guard range.end.row >= firstDataRow else { continue }
            if layout.shape == .record, range.end.column < 2 { continue }
            diagnostics.append(CellWithoutValue.merged(range.a1, at: at(range.start)))
            for row in range.start.row...range.end.row {
                for column in range.start.column...range.end.column { mergedAway.insert(CellReference(column: column, row: row)) }
            }
        }
    }

    // MARK: Record sheets: a header row, then label | value (| help)

    mutating func readRecord(into root: WorkbookTree) {
        let known = labels(layout.fields)
        let names = layout.fields.map(\.header.th)
        // Row 1 holds the columns' headers.
        for (_, cells) in rows.drop(while: { $0.row == 1 }) {
            let label = cells.first { $0.reference.column == 1 }
            let value = cells.first { $0.reference.column == 2 }
            guard let value, !mergedAway.contains(value.reference) else { continue }
            guard let label, case .text(let text) = label.value else {
                diagnostics.append(WorkbookLayoutMismatch.valueWithoutLabel(at: at(value.reference)))
                continue
            }
            guard let field = known[Self.key(text)] else {
                diagnostics.append(WorkbookLayoutMismatch.unknownLabel(text, at: at(label.reference), known: names))
                continue
            }
            guard let node = scalarNode(value, field) else { continue }
            let components = field.path.split(separator: ".")
            let parent = root.mapping(components.dropLast(), at: at(label.reference))
            parent.set(String(components.last!), node, keyAt: at(label.reference))
        }
    }

    // MARK: Table sheets: a header row, a row per item

    mutating func readTable(_ listPath: String, parent: WorkbookLayout.Parent?, into root: WorkbookTree) {
        let known = labels(layout.fields)
        let names = layout.fields.map(\.header.th) + (parent.map { [$0.header.th] } ?? [])
        var columns: [Int: WorkbookLayout.Field] = [:]
        var parentColumn: Int?
        let all = rows
        guard let header = all.first, header.row == 1 else {
            // No header row: the rows cannot be told apart; a sheet with nothing in it is an empty list.
            if let first = all.first?.cells.first { diagnostics.append(WorkbookLayoutMismatch.valueWithoutHeader(at: at(first.reference))) }
            return
        }
        for cell in header.cells {
            guard case .text(let text) = cell.value else { continue }
            if let parent, Self.key(text) == Self.key(parent.header.th) || Self.key(text) == Self.key(parent.header.en) {
                parentColumn = cell.reference.column
            } else if let field = known[Self.key(text)] {
                columns[cell.reference.column] = field
            } else {
                diagnostics.append(WorkbookLayoutMismatch.unknownHeader(text, at: at(cell.reference), known: names))
                columns[cell.reference.column] = nil
            }
        }
        let headerColumns = Set(header.cells.map(\.reference.column))
        var parents: [String: WorkbookTree] = [:]
        var parentIDs: [String] = []
        if let parent, case .sequence(let items)? = root.child(parent.list)?.value {
            for item in items {
                if case .scalar(let s)? = item.child(parent.key)?.value, parents[s.text] == nil {
                    parents[s.text] = item
                    parentIDs.append(s.text)
                }
            }
        }
        for (row, cells) in all.dropFirst() {
            let first = CellReference(column: cells.first!.reference.column, row: row)
            let item = WorkbookTree.mapping(at: at(CellReference(column: 1, row: row)))
            var owner: WorkbookTree?
            var ownerKnown = parent == nil
            for cell in cells where !mergedAway.contains(cell.reference) {
                let column = cell.reference.column
                if column == parentColumn, parent != nil {
                    let id = Self.text(cell).trimmingCharacters(in: .whitespaces)
                    if let found = parents[id] {
                        owner = found
                    } else {
                        diagnostics.append(WorkbookLayoutMismatch.unknownParent(id, at: at(cell.reference), known: parentIDs))
                    }
                    ownerKnown = true
                    continue
                }
                guard let field = columns[column] else {
                    if !headerColumns.contains(column) {
                        diagnostics.append(WorkbookLayoutMismatch.valueWithoutHeader(at: at(cell.reference)))
                    }
                    continue
                }
                put(cell, field, into: item)
            }
            // A required list of codes left blank is an empty list at its first cell, so that the
            // problem (no strategy) points at the cell to fill.
            for (column, field) in columns.sorted(by: { $0.key < $1.key }) where field.required {
                guard case .codes = field.kind, item.child(field.path) == nil else { continue }
                let at = at(CellReference(column: column, row: row))
                item.set(field.path, WorkbookTree(.sequence([]), at: at), keyAt: at)
            }
            if let parent {
                if !ownerKnown {
                    diagnostics.append(WorkbookLayoutMismatch.missingParent(parent.header.th, at: at(first)))
                    continue
                }
                guard let owner else { continue }
                owner.append(item, to: listPath, at: at(first))
            } else {
                root.append(item, to: listPath, at: at(CellReference(column: 1, row: row)))
            }
        }
        // A table with a header and no rows is an empty list, as `projects: []` is.
        if layout.emptyIsList, root.child(listPath) == nil {
            root.set(
                listPath, WorkbookTree(.sequence([]), at: at(CellReference(column: 1, row: 1))), keyAt: at(CellReference(column: 1, row: 1))
            )
        }
    }

    /// Puts a cell's value at its field's path in the row's item.
    mutating func put(_ cell: Cell, _ field: WorkbookLayout.Field, into item: WorkbookTree) {
        let location = at(cell.reference)
        let components = field.path.split(separator: ".")
        let container = item.mapping(components.dropLast(), at: location)
        let key = String(components.last!)
        switch field.kind {
        case .codes:
            guard readable(cell) else { return }
            for item in Self.text(cell).split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }) {
                for code in Self.code(String(item)).split(whereSeparator: \.isWhitespace) {
                    container.append(WorkbookTree(.scalar(Scalar(String(code), isString: true)), at: location), to: key, at: location)
                }
            }
        case .lines:
            guard readable(cell) else { return }
            // A cell of blank lines is still the list, empty.
            if container.child(key) == nil { container.set(key, WorkbookTree(.sequence([]), at: location), keyAt: location) }
            for line in Self.lines(Self.text(cell)) {
                container.append(WorkbookTree(.scalar(Scalar(line, isString: true)), at: location), to: key, at: location)
            }
        case .counts:
            guard readable(cell) else { return }
            let map = container.child(key) ?? container.set(key, .mapping(at: location), keyAt: location)
            for line in Self.lines(Self.text(cell)) {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let value = parts.count == 2 ? Scalar(parts[1], isString: false) : Scalar("", isString: false)
                map.set(parts[0], WorkbookTree(.scalar(value), at: location), keyAt: location)
            }
        default:
            guard let node = scalarNode(cell, field) else { return }
            container.set(key, node, keyAt: location)
        }
    }

    /// False (with the problem) for a formula without a result or an error value.
    mutating func readable(_ cell: Cell) -> Bool {
        switch cell.value {
        case .formulaWithoutValue:
            diagnostics.append(CellWithoutValue.formulaWithoutValue(at: at(cell.reference)))
            return false
        case .error(let text):
            diagnostics.append(CellWithoutValue.errorValue(text, at: at(cell.reference)))
            return false
        default: return true
        }
    }

    /// One cell as one scalar of its field's kind.
    mutating func scalarNode(_ cell: Cell, _ field: WorkbookLayout.Field) -> WorkbookTree? {
        guard readable(cell) else { return nil }
        let location = at(cell.reference)
        let scalar: Scalar
        switch cell.value {
        case .bool(let b): scalar = Scalar(b ? "true" : "false", isString: false)
        case .number(let n):
            if cell.isDateFormatted, let date = dateSystem.date(fromSerial: n) {
                scalar = Scalar(Self.buddhistEra(date), isString: true)
            } else {
                scalar = Scalar(Self.spreadsheetNumber(n), isString: false)
            }
        case .text(let t):
            if case .code = field.kind {
                scalar = Scalar(Self.code(t), isString: true)
                break
            }
            if case .choice(let choices) = field.kind {
                let trimmed = t.trimmingCharacters(in: .whitespaces)
                if let choice = choices.first(where: { $0.label == trimmed || $0.code == trimmed }) {
                    scalar = Scalar(choice.code, isString: false)
                    break
                }
            }
            scalar = Scalar(t, isString: true)
        case .error, .formulaWithoutValue: return nil
        }
        return WorkbookTree(.scalar(scalar), at: location)
    }

    // MARK: Helpers

    /// Every field by the normalized forms of its Thai and English headers and its path.
    func labels(_ fields: [WorkbookLayout.Field]) -> [String: WorkbookLayout.Field] {
        var out: [String: WorkbookLayout.Field] = [:]
        for f in fields {
            for name in [f.header.th, f.header.en, f.path] where out[Self.key(name)] == nil { out[Self.key(name)] = f }
        }
        return out
    }

    /// A header as compared: without the required mark, surrounding space and case.
    static func key(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while t.hasSuffix("*") { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        return t.lowercased()
    }

    static func text(_ cell: Cell) -> String {
        switch cell.value {
        case .text(let t): return t
        case .number(let n): return spreadsheetNumber(n)
        case .bool(let b): return b ? "true" : "false"
        case .error(let e): return e
        case .formulaWithoutValue: return ""
        }
    }

    /// A code as a dropdown offers it, `SPE.S3 – ยุทธศาสตร์ที่ 3`: the part before the dash.
    static func code(_ text: String) -> String {
        let code = text.range(of: WorkbookLayout.codeNameSeparator).map { String(text[..<$0.lowerBound]) } ?? text
        return code.trimmingCharacters(in: .whitespaces)
    }

    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A number cell's text as a spreadsheet shows it: at most 15 significant digits, so that a
    /// sum saved as `348250.49999999994` reads `348250.5`.
    static func spreadsheetNumber(_ text: String) -> String {
        let digits = text.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }.filter { (0x30...0x39).contains($0) }
        guard digits.count > 15 || text.contains(where: { $0 == "e" || $0 == "E" }), let value = Double(text) else { return text }
        var out = String(format: "%.15g", value)
        if out.contains("e") || out.contains("E") {
            // Plain decimal form: the lenient number reader takes exponents, but people read these.
            out = Decimal(string: out).map { "\($0)" } ?? out
        }
        return out
    }

    /// A serial date as the format's date text, Buddhist Era.
    static func buddhistEra(_ date: SerialDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(date.year + 543)-\(two(date.month))-\(two(date.day))"
    }
}
