import PlanPressCore
import PlanPressSpreadsheet

/// PP110: the workbook cannot be read: not an `.xlsx`, encrypted, damaged, or past a limit that
/// keeps an untrusted file harmless (a zip bomb, tens of thousands of entries, a million rows, a
/// path that leaves its folder, an XML document type).
package enum WorkbookUnreadable: DiagnosticRule {
    package static let code = DiagnosticCode.workbookUnreadable
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "อ่านไฟล์ Excel (.xlsx) ไม่ได้ หรือไฟล์เกินขีดจำกัด", en: "the workbook (.xlsx) cannot be read, or passes a limit")

    /// The problem, at the sheet and cell it names when it names one, else at the file.
    static func diagnostic(_ error: XLSXReadError, path: String) -> Diagnostic {
        var location = SourceLocation(path: path, line: 1, column: 1)
        if let sheet = error.sheet {
            location = SourceLocation(path: path, sheet: sheet)
            if let a1 = error.cell, let cell = CellReference(a1) {
                location = SourceLocation(path: path, sheet: sheet, row: cell.row, column: cell.column)
            }
        }
        return make(at: location, error.message, hint: hint(error))
    }

    static func hint(_ error: XLSXReadError) -> LocalizedText {
        switch error {
        case .encryptedOrLegacy:
            return LocalizedText(
                th: "เปิดไฟล์ใน Excel หรือ LibreOffice Calc แล้วบันทึกเป็น .xlsx โดยไม่ตั้งรหัสผ่าน",
                en: "open the file in Excel or LibreOffice Calc and save it as .xlsx without a password")
        case .notAZip, .notAWorkbook, .missingPart, .corruptEntry, .malformedXML:
            return LocalizedText(
                th: "ใช้แบบรายงานที่สำนักงานส่งให้ (planpress new unit --format xlsx) แล้วบันทึกเป็น Excel Workbook (.xlsx)",
                en: "fill in the workbook the office sent (planpress new unit --format xlsx) and save it as an Excel Workbook (.xlsx)")
        default:
            return LocalizedText(
                th: "ไฟล์นี้ไม่ใช่แบบรายงานปกติ: คัดลอกข้อมูลลงในแบบรายงานใหม่แล้วส่งอีกครั้ง",
                en: "this is not an ordinary report workbook: copy the data into a fresh workbook and send it again")
        }
    }
}
