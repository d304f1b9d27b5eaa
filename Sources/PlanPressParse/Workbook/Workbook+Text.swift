import PlanPressCore
import PlanPressSpreadsheet

extension Workbook {
    /// The cells' texts, for quoting: numbers as written, dates as serial numbers shown as
    /// Buddhist Era dates where the cell is a date, errors as their code.
    public var text: WorkbookText {
        var sheets: [String: [Int: [Int: String]]] = [:]
        for sheet in self.sheets {
            var rows: [Int: [Int: String]] = [:]
            for cell in sheet.cells {
                let text: String
                switch cell.value {
                case .text(let t): text = t
                case .number(let n):
                    text =
                        cell.isDateFormatted
                        ? dateSystem.date(fromSerial: n).map(SheetReading.buddhistEra) ?? n : SheetReading.spreadsheetNumber(n)
                case .bool(let b): text = b ? "TRUE" : "FALSE"
                case .error(let e): text = e
                case .formulaWithoutValue: text = "=" + (cell.formula ?? "")
                }
                rows[cell.reference.row, default: [:]][cell.reference.column] = text
            }
            sheets[sheet.name] = rows
        }
        return WorkbookText(sheets: sheets)
    }
}
