/// A worksheet part (`xl/worksheets/sheetN.xml`) read as a stream into its non-empty cells and
/// merged ranges, stopping at the first limit passed.
struct WorksheetPart {
    var cells: [Cell] = []
    var mergedRanges: [CellRange] = []

    /// The cell being read: what `<c>` said and what its children held so far.
    private struct OpenCell {
        var reference: CellReference
        var type: String
        var style: Int
        var value: String?
        var formula: String?
        var inline: String?
    }

    /// Reads the sheet `sheet`; `cellCount` is the workbook's count of cells so far, against
    /// `limits.maxCells`.
    init(
        _ part: XLSXPart, sheet: String, sharedStrings: [String], styles: StylesPart, limits: XLSXLimits, cellCount: inout Int
    ) throws(XLSXReadError) {
        var rowElements = 0
        var row = 0
        var column = 0
        var cell: OpenCell?
        // Which text is being read: the value `<v>`, the formula `<f>`, or an inline string's `<t>`.
        var reading: Reading = .nothing
        var phonetic = 0
        var sorted = true
        do throws(XLSXReadError) {
            while let node = try part.next() {
                switch node {
                case .start(let name, let isEmpty):
                    switch name {
                    case "row":
                        rowElements += 1
                        row = part.attribute("r").flatMap { Int($0) } ?? row + 1
                        column = 0
                        // Counted by elements too, so that a million empty rows stop as soon as
                        // the limit is passed.
                        guard rowElements <= limits.maxRows, row <= limits.maxRows, row >= 1 else {
                            throw XLSXReadError.tooManyRows(sheet: sheet, row: max(row, rowElements), limit: limits.maxRows)
                        }
                    case "c":
                        let reference: CellReference
                        if let r = part.attribute("r") {
                            guard let parsed = CellReference(r) else {
                                throw XLSXReadError.badCell(sheet: sheet, cell: r, detail: "bad reference")
                            }
                            reference = parsed
                        } else {
                            reference = CellReference(column: column + 1, row: max(row, 1))
                        }
                        guard reference.row <= limits.maxRows else {
                            throw XLSXReadError.tooManyRows(sheet: sheet, row: reference.row, limit: limits.maxRows)
                        }
                        column = reference.column
                        cell = OpenCell(
                            reference: reference, type: part.attribute("t") ?? "n", style: part.attribute("s").flatMap { Int($0) } ?? 0)
                        if isEmpty { try finish(&cell, part.name, sheet, sharedStrings, styles, limits, &cellCount, &sorted) }
                    case "v" where cell != nil:
                        cell!.value = cell!.value ?? ""
                        reading = isEmpty ? .nothing : .value
                    case "f" where cell != nil:
                        cell!.formula = cell!.formula ?? ""
                        reading = isEmpty ? .nothing : .formula
                    case "is" where cell != nil:
                        cell!.inline = cell!.inline ?? ""
                    case "rPh" where !isEmpty:
                        phonetic += 1
                    case "t" where cell?.inline != nil && phonetic == 0 && !isEmpty:
                        reading = .inline
                    case "mergeCell":
                        if let ref = part.attribute("ref"), let range = CellRange(ref) { mergedRanges.append(range) }
                    default:
                        continue
                    }
                case .end(let name):
                    switch name {
                    case "c": try finish(&cell, part.name, sheet, sharedStrings, styles, limits, &cellCount, &sorted)
                    case "v", "f", "t": reading = .nothing
                    case "rPh": phonetic -= 1
                    default: continue
                    }
                case .text(let text):
                    switch reading {
                    case .nothing: continue
                    case .value: cell!.value! += text
                    case .formula: cell!.formula! += text
                    case .inline: cell!.inline! += text
                    }
                    // Checked as the text comes, before a long run of pieces is gathered.
                    if reading != .formula, text.utf8.count > limits.maxCellCharacters, Self.length(of: text) > limits.maxCellCharacters {
                        throw XLSXReadError.cellTooLong(
                            part: part.name, sheet: sheet, cell: cell!.reference, limit: limits.maxCellCharacters)
                    }
                }
            }
        } catch .cellTooLong(let name, nil, nil, let limit) {
            // Too large for the XML reader itself: said at the cell being read.
            throw .cellTooLong(part: name, sheet: sheet, cell: cell?.reference, limit: limit)
        } catch {
            throw error
        }
        if !sorted {
            // Written out of order (allowed, if rare): sorted, and of a cell given twice the last kept.
            var byReference: [CellReference: Cell] = [:]
            for cell in cells { byReference[cell.reference] = cell }
            cells = byReference.values.sorted { $0.reference < $1.reference }
        }
    }

    private enum Reading {
        case nothing
        case value
        case formula
        case inline
    }

    /// Adds the cell just closed, unless it is empty.
    private mutating func finish(
        _ open: inout OpenCell?, _ partName: String, _ sheet: String, _ sharedStrings: [String], _ styles: StylesPart, _ limits: XLSXLimits,
        _ cellCount: inout Int, _ sorted: inout Bool
    ) throws(XLSXReadError) {
        guard let c = open else { return }
        open = nil
        let formula = c.formula.map { $0.hasPrefix("=") ? String($0.dropFirst()) : $0 }
        func bad(_ detail: String) -> XLSXReadError { .badCell(sheet: sheet, cell: c.reference.a1, detail: detail) }
        let value: CellValue?
        switch c.type {
        case "s":
            guard let v = c.value, !v.isEmpty else {
                value = formula != nil ? .formulaWithoutValue : nil
                break
            }
            guard let index = Int(v.trimmingWhitespace), index >= 0, index < sharedStrings.count else {
                throw bad("shared string \(v) does not exist")
            }
            value = sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
        case "inlineStr":
            let text = XString.decode(c.inline ?? c.value ?? "")
            value = text.isEmpty ? (formula != nil && c.inline == nil && c.value == nil ? .formulaWithoutValue : nil) : .text(text)
        case "str", "d":
            // A formula's text result (an empty one is a blank cell); `d`, an ISO 8601 date, is
            // kept as its text.
            guard let v = c.value else {
                value = formula != nil ? .formulaWithoutValue : nil
                break
            }
            let text = XString.decode(v)
            value = text.isEmpty ? nil : .text(text)
        case "b":
            guard let v = c.value?.trimmingWhitespace, !v.isEmpty else {
                value = formula != nil ? .formulaWithoutValue : nil
                break
            }
            switch v {
            case "1", "true": value = .bool(true)
            case "0", "false": value = .bool(false)
            default: throw bad("\(v) is not a boolean")
            }
        case "e":
            guard let v = c.value?.trimmingWhitespace, !v.isEmpty else {
                value = formula != nil ? .formulaWithoutValue : nil
                break
            }
            value = .error(v)
        case "n":
            guard let v = c.value?.trimmingWhitespace, !v.isEmpty else {
                value = formula != nil ? .formulaWithoutValue : nil
                break
            }
            guard Self.isNumber(v) else { throw bad("\(v) is not a number") }
            value = .number(v)
        default:
            throw bad("unknown cell type \(c.type)")
        }
        guard let value else { return }
        if case .text(let text) = value, text.utf8.count > limits.maxCellCharacters, Self.length(of: text) > limits.maxCellCharacters {
            throw .cellTooLong(part: partName, sheet: sheet, cell: c.reference, limit: limits.maxCellCharacters)
        }
        cellCount += 1
        guard cellCount <= limits.maxCells else { throw .tooManyCells(sheet: sheet, cell: c.reference, limit: limits.maxCells) }
        if let last = cells.last, !(last.reference < c.reference) { sorted = false }
        cells.append(Cell(reference: c.reference, value: value, isDateFormatted: styles.isDate(c.style), formula: formula))
    }

    /// Characters as Excel counts them (UTF-16 code units).
    private static func length(of text: String) -> Int { text.utf16.count }

    /// A number as OOXML writes one (`xsd:double`): sign, digits, fraction, exponent. `Double`'s
    /// own parser would also take `inf`, `nan` and hexadecimal.
    static func isNumber(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        let isDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
        let whole = utf8.prefix(while: isDigit).count
        utf8 = utf8.dropFirst(whole)
        var fraction = 0
        if utf8.first == UInt8(ascii: ".") {
            utf8 = utf8.dropFirst()
            fraction = utf8.prefix(while: isDigit).count
            utf8 = utf8.dropFirst(fraction)
        }
        guard whole + fraction > 0 else { return false }
        if utf8.first == UInt8(ascii: "e") || utf8.first == UInt8(ascii: "E") {
            utf8 = utf8.dropFirst()
            if utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
            let exponent = utf8.prefix(while: isDigit).count
            guard exponent > 0 else { return false }
            utf8 = utf8.dropFirst(exponent)
        }
        return utf8.isEmpty
    }
}

extension String {
    /// Without leading and trailing ASCII white space (values may be written with it).
    fileprivate var trimmingWhitespace: String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 > 0x20 }) else { return "" }
        let last = bytes.lastIndex(where: { $0 > 0x20 })!
        return String(self[first...last])
    }
}
