/// Writes one sheet's part (`xl/worksheets/sheetN.xml`), its elements in the order the schema
/// requires: views, columns, data, protection, merged cells, validations, margins.
struct WorksheetXML {
    let sheet: SheetDraft
    /// True for the tab shown when the workbook opens.
    let isSelected: Bool

    func xml(strings: inout SharedStringTable) throws(XLSXWriteError) -> String {
        guard sheet.rows.count <= CellReference.maxRow, sheet.rows.allSatisfy({ $0.count <= CellReference.maxColumn }),
            (0..<CellReference.maxRow).contains(sheet.frozenRows), (0..<CellReference.maxColumn).contains(sheet.frozenColumns)
        else { throw .outsideGrid(sheet: sheet.name) }
        var data = ""
        var last = (row: 0, column: 0)
        for (r, row) in sheet.rows.enumerated() {
            var cells = ""
            for (c, cell) in row.enumerated() {
                let reference = CellReference(column: c + 1, row: r + 1)
                guard let written = try self.cell(cell, at: reference, strings: &strings) else { continue }
                cells += written
                last = (max(last.row, r + 1), max(last.column, c + 1))
            }
            if !cells.isEmpty { data += "<row r=\"\(r + 1)\">\(cells)</row>" }
        }

        var out = Markup.declaration
        out += "<worksheet xmlns=\"\(Markup.mainNamespace)\" xmlns:r=\"\(Markup.relationshipsNamespace)\">"
        let dimension =
            last.row == 0 ? "A1" : CellRange(CellReference(column: 1, row: 1), CellReference(column: last.column, row: last.row)).a1
        out += "<dimension ref=\"\(dimension)\"/>"
        out += "<sheetViews><sheetView\(isSelected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">\(pane)</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) where (1...CellReference.maxColumn).contains(column) {
                out += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(Self.decimal(width))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += data.isEmpty ? "<sheetData/>" : "<sheetData>\(data)</sheetData>"
        if let protection = sheet.protection { out += Self.protection(protection) }
        if !sheet.mergedRanges.isEmpty {
            out += "<mergeCells count=\"\(sheet.mergedRanges.count)\">"
            for range in sheet.mergedRanges { out += "<mergeCell ref=\"\(range.a1)\"/>" }
            out += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            out += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations { out += try self.validation(validation) }
            out += "</dataValidations>"
        }
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "</worksheet>"
        return out
    }

    /// The frozen pane: the rows above and the columns left of `topLeftCell` stay in view.
    private var pane: String {
        let (rows, columns) = (sheet.frozenRows, sheet.frozenColumns)
        guard rows > 0 || columns > 0 else { return "" }
        let active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        let topLeft = CellReference(column: columns + 1, row: rows + 1).a1
        var out = "<pane"
        if columns > 0 { out += " xSplit=\"\(columns)\"" }
        if rows > 0 { out += " ySplit=\"\(rows)\"" }
        out += " topLeftCell=\"\(topLeft)\" activePane=\"\(active)\" state=\"frozen\"/>"
        out += "<selection pane=\"\(active)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        return out
    }

    /// A cell's `<c>`, or nil for an empty cell in the default style.
    private func cell(_ cell: CellDraft, at reference: CellReference, strings: inout SharedStringTable) throws(XLSXWriteError) -> String? {
        let r = reference.a1
        let s = cell.style == .plain ? "" : " s=\"\(cell.style.formatIndex)\""
        switch cell.value {
        case .empty:
            return cell.style == .plain ? nil : "<c r=\"\(r)\"\(s)/>"
        case .text(let text):
            guard !text.isEmpty else { return cell.style == .plain ? nil : "<c r=\"\(r)\"\(s)/>" }
            try checkLength(text, r)
            return "<c r=\"\(r)\"\(s) t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .number(let text):
            guard WorksheetPart.isNumber(text) else { throw .invalidNumber(sheet: sheet.name, cell: r, text: text) }
            return "<c r=\"\(r)\"\(s)><v>\(text)</v></c>"
        case .bool(let value):
            return "<c r=\"\(r)\"\(s) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .date(let date):
            guard let serial = DateSystem.from1900.serial(of: date) else { throw .dateOutOfRange(sheet: sheet.name, cell: r) }
            return "<c r=\"\(r)\"\(s)><v>\(serial)</v></c>"
        case .formula(let formula, let cached):
            let f = "<f>\(Markup.text(formula.hasPrefix("=") ? String(formula.dropFirst()) : formula))</f>"
            switch cached {
            case nil:
                return "<c r=\"\(r)\"\(s)>\(f)</c>"
            case .text(let text):
                try checkLength(text, r)
                return "<c r=\"\(r)\"\(s) t=\"str\">\(f)<v\(Markup.space(text))>\(Markup.text(text))</v></c>"
            case .number(let text):
                guard WorksheetPart.isNumber(text) else { throw .invalidNumber(sheet: sheet.name, cell: r, text: text) }
                return "<c r=\"\(r)\"\(s)>\(f)<v>\(text)</v></c>"
            case .bool(let value):
                return "<c r=\"\(r)\"\(s) t=\"b\">\(f)<v>\(value ? 1 : 0)</v></c>"
            }
        }
    }

    private func checkLength(_ text: String, _ cell: String) throws(XLSXWriteError) {
        if text.utf16.count > 32_767 { throw .textTooLong(sheet: sheet.name, cell: cell) }
    }

    /// `<sheetProtection>`: each attribute says whether the action is protected ("1") or
    /// allowed ("0"); those at their default are still written, so the file says what it means.
    private static func protection(_ p: SheetProtection) -> String {
        func bit(_ allowed: Bool) -> String { allowed ? "0" : "1" }
        var out = "<sheetProtection"
        if let password = p.password { out += " password=\"\(SheetProtection.legacyHash(password))\"" }
        out += " sheet=\"1\" objects=\"1\" scenarios=\"1\""
        out += " formatCells=\"\(bit(p.allowFormatCells))\" formatColumns=\"\(bit(p.allowFormatColumns))\""
        out += " formatRows=\"\(bit(p.allowFormatRows))\" insertColumns=\"\(bit(p.allowInsertColumns))\""
        out += " insertRows=\"\(bit(p.allowInsertRows))\" deleteColumns=\"\(bit(p.allowDeleteColumns))\""
        out += " deleteRows=\"\(bit(p.allowDeleteRows))\" selectLockedCells=\"\(bit(p.allowSelectLockedCells))\""
        out += " sort=\"\(bit(p.allowSort))\" autoFilter=\"\(bit(p.allowAutoFilter))\" selectUnlockedCells=\"0\"/>"
        return out
    }

    private func validation(_ v: DataValidationDraft) throws(XLSXWriteError) -> String {
        func bad(_ detail: String) -> XLSXWriteError { .invalidValidation(sheet: sheet.name, detail: detail) }
        guard !v.ranges.isEmpty else { throw bad("no range") }
        let formula: String
        switch v.source {
        case .values(let values):
            guard !values.isEmpty else { throw bad("an empty list") }
            if let withComma = values.first(where: { $0.contains(",") }) { throw bad("“\(withComma)” holds a comma") }
            // Quotes inside the list are doubled, as in any formula string.
            let list = "\"" + values.joined(separator: ",").replacingQuotes() + "\""
            guard list.utf16.count - 2 <= 255 else { throw bad("the list is longer than 255 characters") }
            formula = list
        case .formula(let text):
            guard !text.isEmpty else { throw bad("an empty formula") }
            formula = text.hasPrefix("=") ? String(text.dropFirst()) : text
        }
        var out = "<dataValidation type=\"list\" allowBlank=\"\(v.allowBlank ? 1 : 0)\""
        if let prompt = v.prompt {
            guard prompt.title.utf16.count <= 32, prompt.text.utf16.count <= 255 else { throw bad("the prompt is too long") }
            out += " showInputMessage=\"1\" promptTitle=\"\(Markup.attribute(prompt.title))\" prompt=\"\(Markup.attribute(prompt.text))\""
        }
        out += " showErrorMessage=\"1\" errorStyle=\"\(v.isStrict ? "stop" : "warning")\""
        if let error = v.error {
            guard error.title.utf16.count <= 32, error.text.utf16.count <= 255 else { throw bad("the error message is too long") }
            out += " errorTitle=\"\(Markup.attribute(error.title))\" error=\"\(Markup.attribute(error.text))\""
        }
        out += " sqref=\"\(v.ranges.map(\.a1).joined(separator: " "))\"><formula1>\(Markup.text(formula))</formula1></dataValidation>"
        return out
    }

    /// A width as a short decimal (`12.5`, `30`).
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for ch in self { out += ch == "\"" ? "\"\"" : String(ch) }
        return out
    }
}
