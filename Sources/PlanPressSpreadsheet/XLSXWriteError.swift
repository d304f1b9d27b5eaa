import PlanPressCore

/// Why a `WorkbookDraft` cannot be written: a mistake of the program that built it, named with
/// its sheet and cell.
public enum XLSXWriteError: Error, Sendable, Hashable {
    case noSheets
    /// Every sheet is hidden: a workbook must show one.
    case noVisibleSheet
    /// A sheet name Excel refuses: empty, longer than 31 characters, holding `[ ] : * ? / \` or
    /// a control character, starting or ending with `'`, or `History`.
    case invalidSheetName(String)
    /// Two sheets with the same name (ignoring case, as Excel compares them).
    case duplicateSheetName(String)
    /// A number cell whose text is not a decimal number.
    case invalidNumber(sheet: String, cell: String, text: String)
    /// A text longer than Excel's 32,767 characters.
    case textTooLong(sheet: String, cell: String)
    /// A date before 1900-03-01 or after 9999-12-31.
    case dateOutOfRange(sheet: String, cell: String)
    /// More rows or columns than Excel's grid.
    case outsideGrid(sheet: String)
    /// A data validation Excel would refuse (its list too long or holding a comma, a title over
    /// 32 or a message over 255 characters, no range).
    case invalidValidation(sheet: String, detail: String)
    /// A defined name that is empty, has a space, looks like a cell reference, or refers to a
    /// sheet that does not exist.
    case invalidDefinedName(String)
    /// The zip could not be made (ZIPFoundation's message).
    case zip(String)

    /// What went wrong, in Thai and English.
    public var message: LocalizedText {
        switch self {
        case .noSheets:
            return LocalizedText(th: "สมุดงานไม่มีแผ่นงาน", en: "the workbook has no sheet")
        case .noVisibleSheet:
            return LocalizedText(th: "ทุกแผ่นงานถูกซ่อน ต้องแสดงอย่างน้อยหนึ่งแผ่น", en: "every sheet is hidden: one must show")
        case .invalidSheetName(let name):
            return LocalizedText(
                th: "ชื่อแผ่นงาน “\(name)” ใช้ไม่ได้ (ยาวได้ไม่เกิน 31 ตัวอักษร และห้ามมี [ ] : * ? / \\)",
                en: "the sheet name “\(name)” is not allowed (at most 31 characters, none of [ ] : * ? / \\)")
        case .duplicateSheetName(let name):
            return LocalizedText(th: "ชื่อแผ่นงาน “\(name)” ซ้ำกัน", en: "two sheets are named “\(name)”")
        case .invalidNumber(let sheet, let cell, let text):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” เซลล์ \(cell): “\(text)” ไม่ใช่ตัวเลข", en: "sheet “\(sheet)” cell \(cell): “\(text)” is not a number")
        case .textTooLong(let sheet, let cell):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” เซลล์ \(cell): ข้อความยาวเกิน 32,767 ตัวอักษร",
                en: "sheet “\(sheet)” cell \(cell): the text is longer than 32,767 characters")
        case .dateOutOfRange(let sheet, let cell):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” เซลล์ \(cell): วันที่อยู่นอกช่วงที่ Excel แสดงได้",
                en: "sheet “\(sheet)” cell \(cell): the date is outside what Excel shows")
        case .outsideGrid(let sheet):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” มีแถวหรือคอลัมน์เกินขอบเขตของ Excel", en: "sheet “\(sheet)” has more rows or columns than Excel")
        case .invalidValidation(let sheet, let detail):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)”: การตรวจสอบข้อมูลใช้ไม่ได้ (\(detail))",
                en: "sheet “\(sheet)”: a data validation is not allowed (\(detail))")
        case .invalidDefinedName(let name):
            return LocalizedText(th: "ชื่อที่กำหนด “\(name)” ใช้ไม่ได้", en: "the defined name “\(name)” is not allowed")
        case .zip(let detail):
            return LocalizedText(th: "สร้างไฟล์ zip ไม่ได้ (\(detail))", en: "cannot make the zip (\(detail))")
        }
    }
}
