import PlanPressCore

/// Why a workbook could not be read, with where: the part of the zip (`part`), and for a sheet's
/// problem the sheet's name and the cell. Every problem of an untrusted file is one of these
/// values; the reader neither crashes nor prints.
public enum XLSXReadError: Error, Sendable, Hashable {
    /// The file is larger than `XLSXLimits.maxFileBytes`.
    case fileTooLarge(bytes: Int, limit: Int)
    /// The file is an OLE compound file: a password-protected workbook (Excel encrypts into
    /// one), or an old `.xls`.
    case encryptedOrLegacy
    /// The file is not a zip archive (or its central directory is damaged).
    case notAZip(detail: String)
    /// The zip holds no workbook (`xl/workbook.xml`, or the part `_rels/.rels` names).
    case notAWorkbook
    /// More entries than `XLSXLimits.maxEntries`.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry whose name could write outside a folder if extracted (`..`, an absolute path, a
    /// backslash, a NUL): the file is refused whole.
    case unsafeEntryName(String)
    /// An entry is encrypted (zip's "traditional" or strong encryption flag).
    case encryptedEntry(part: String)
    /// An entry's uncompressed size, declared or found while reading, passes `maxEntryBytes`.
    case entryTooLarge(part: String, limit: Int)
    /// The entries' uncompressed sizes together pass `maxTotalBytes`.
    case archiveTooLarge(limit: Int)
    /// An entry expands more than `maxCompressionRatio` times: a zip bomb.
    case compressionRatioTooHigh(part: String, limit: Int)
    /// An entry that cannot be decompressed, or whose checksum is wrong.
    case corruptEntry(part: String, detail: String)
    /// A part the workbook names is not in the zip.
    case missingPart(String)
    /// A part declares a document type (`<!DOCTYPE`, where entities are declared): refused
    /// unread.
    case doctype(part: String, line: Int)
    /// A part is not well-formed XML.
    case malformedXML(part: String, line: Int, message: String)
    /// More sheets than `XLSXLimits.maxSheets`.
    case tooManySheets(count: Int, limit: Int)
    /// A row past `XLSXLimits.maxRows`.
    case tooManyRows(sheet: String, row: Int, limit: Int)
    /// The workbook's cells pass `XLSXLimits.maxCells` at this cell.
    case tooManyCells(sheet: String, cell: CellReference, limit: Int)
    /// A cell's text is longer than `XLSXLimits.maxCellCharacters` (`sheet` and `cell` are nil
    /// when the text was too large to read at all in the shared strings).
    case cellTooLong(part: String, sheet: String?, cell: CellReference?, limit: Int)
    /// The shared strings table has more entries than `XLSXLimits.maxSharedStrings`.
    case tooManySharedStrings(limit: Int)
    /// A cell that cannot be read: a bad reference, a shared string that does not exist, a
    /// boolean or number that is not one.
    case badCell(sheet: String, cell: String, detail: String)

    /// The part of the zip the problem is in, when there is one.
    public var part: String? {
        switch self {
        case .encryptedEntry(let part), .entryTooLarge(let part, _), .compressionRatioTooHigh(let part, _),
            .corruptEntry(let part, _), .doctype(let part, _), .malformedXML(let part, _, _), .cellTooLong(let part, _, _, _):
            return part
        case .missingPart(let part), .unsafeEntryName(let part): return part
        default: return nil
        }
    }

    /// The sheet the problem is in, when there is one.
    public var sheet: String? {
        switch self {
        case .tooManyRows(let sheet, _, _), .tooManyCells(let sheet, _, _), .badCell(let sheet, _, _): return sheet
        case .cellTooLong(_, let sheet, _, _): return sheet
        default: return nil
        }
    }

    /// The cell the problem is at, when there is one (`F12`; a row's problem names its first
    /// cell).
    public var cell: String? {
        switch self {
        case .tooManyRows(_, let row, _): return "A\(row)"
        case .tooManyCells(_, let cell, _): return cell.a1
        case .cellTooLong(_, _, let cell, _): return cell?.a1
        case .badCell(_, let cell, _): return cell
        default: return nil
        }
    }

    /// What went wrong and what to do, in Thai and English.
    public var message: LocalizedText {
        switch self {
        case .fileTooLarge(let bytes, let limit):
            return LocalizedText(
                th: "ไฟล์ใหญ่เกินไป (\(bytes) ไบต์ เกิน \(limit) ไบต์)",
                en: "the file is too large (\(bytes) bytes, over \(limit))")
        case .encryptedOrLegacy:
            return LocalizedText(
                th: "ไฟล์ถูกเข้ารหัสด้วยรหัสผ่าน หรือเป็นไฟล์ .xls รุ่นเก่า: บันทึกใหม่เป็น .xlsx โดยไม่ตั้งรหัสผ่าน",
                en: "the file is encrypted or in the old .xls format: save it as .xlsx without a password")
        case .notAZip(let detail):
            return LocalizedText(
                th: "ไม่ใช่ไฟล์ .xlsx (อ่านเป็นไฟล์ zip ไม่ได้: \(detail))",
                en: "not an .xlsx file (not a readable zip archive: \(detail))")
        case .notAWorkbook:
            return LocalizedText(
                th: "ไฟล์ zip นี้ไม่มีสมุดงาน Excel (ไม่พบ xl/workbook.xml)",
                en: "this zip holds no Excel workbook (no xl/workbook.xml)")
        case .tooManyEntries(let count, let limit):
            return LocalizedText(
                th: "ไฟล์มีส่วนประกอบมากผิดปกติ (\(count) รายการ เกิน \(limit))",
                en: "the file has too many entries (\(count), over \(limit))")
        case .unsafeEntryName(let name):
            return LocalizedText(
                th: "ไฟล์มีชื่อส่วนประกอบที่ไม่ปลอดภัย (\(Self.printable(name))): ไม่อ่านไฟล์นี้",
                en: "the file has an unsafe entry name (\(Self.printable(name))): refused")
        case .encryptedEntry(let part):
            return LocalizedText(
                th: "ส่วนประกอบ \(part) ถูกเข้ารหัส: บันทึกใหม่เป็น .xlsx โดยไม่ตั้งรหัสผ่าน",
                en: "the entry \(part) is encrypted: save the file as .xlsx without a password")
        case .entryTooLarge(let part, let limit):
            return LocalizedText(
                th: "ส่วนประกอบ \(part) เมื่อคลายการบีบอัดแล้วใหญ่เกิน \(limit) ไบต์",
                en: "the entry \(part) is larger than \(limit) bytes uncompressed")
        case .archiveTooLarge(let limit):
            return LocalizedText(
                th: "เนื้อหาของไฟล์เมื่อคลายการบีบอัดแล้วใหญ่เกิน \(limit) ไบต์",
                en: "the file's contents are larger than \(limit) bytes uncompressed")
        case .compressionRatioTooHigh(let part, let limit):
            return LocalizedText(
                th: "ส่วนประกอบ \(part) ขยายตัวเกิน \(limit) เท่าเมื่อคลายการบีบอัด (อาจเป็น zip bomb)",
                en: "the entry \(part) expands more than \(limit) times (a zip bomb?)")
        case .corruptEntry(let part, let detail):
            return LocalizedText(
                th: "ส่วนประกอบ \(part) เสียหาย (\(detail))",
                en: "the entry \(part) is damaged (\(detail))")
        case .missingPart(let part):
            return LocalizedText(
                th: "ไม่พบส่วนประกอบ \(part) ที่สมุดงานอ้างถึง",
                en: "the workbook names \(part), which the file does not hold")
        case .doctype(let part, let line):
            return LocalizedText(
                th: "\(part) บรรทัด \(line): มีการประกาศ DOCTYPE หรือ entity ซึ่งไม่อนุญาต",
                en: "\(part) line \(line): a DOCTYPE or entity declaration, which is not allowed")
        case .malformedXML(let part, let line, let message):
            return LocalizedText(
                th: "\(part) บรรทัด \(line): XML ไม่ถูกต้อง (\(message))",
                en: "\(part) line \(line): not well-formed XML (\(message))")
        case .tooManySheets(let count, let limit):
            return LocalizedText(
                th: "สมุดงานมีแผ่นงานมากเกินไป (\(count) แผ่น เกิน \(limit))",
                en: "the workbook has too many sheets (\(count), over \(limit))")
        case .tooManyRows(let sheet, let row, let limit):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” แถว \(row): เกิน \(limit) แถว หยุดอ่าน",
                en: "sheet “\(sheet)” row \(row): more than \(limit) rows, reading stopped")
        case .tooManyCells(let sheet, let cell, let limit):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” เซลล์ \(cell.a1): สมุดงานมีเซลล์เกิน \(limit) เซลล์ หยุดอ่าน",
                en: "sheet “\(sheet)” cell \(cell.a1): the workbook has more than \(limit) cells, reading stopped")
        case .cellTooLong(let part, let sheet, let cell, let limit):
            if let sheet, let cell {
                return LocalizedText(
                    th: "แผ่นงาน “\(sheet)” เซลล์ \(cell.a1): ข้อความยาวเกิน \(limit) ตัวอักษร",
                    en: "sheet “\(sheet)” cell \(cell.a1): the text is longer than \(limit) characters")
            }
            return LocalizedText(
                th: "\(part): มีข้อความยาวเกิน \(limit) ตัวอักษร",
                en: "\(part): a text longer than \(limit) characters")
        case .tooManySharedStrings(let limit):
            return LocalizedText(
                th: "ตารางข้อความของสมุดงานมีเกิน \(limit) รายการ",
                en: "the workbook's shared strings table has more than \(limit) entries")
        case .badCell(let sheet, let cell, let detail):
            return LocalizedText(
                th: "แผ่นงาน “\(sheet)” เซลล์ \(cell): อ่านค่าไม่ได้ (\(detail))",
                en: "sheet “\(sheet)” cell \(cell): cannot read the value (\(detail))")
        }
    }

    /// A name as it can be shown: NUL and other controls as `\u{…}`, at most 100 characters.
    private static func printable(_ name: String) -> String {
        var out = ""
        for u in name.unicodeScalars.prefix(100) {
            out += u.value < 0x20 || u.value == 0x7F ? "\\u{\(String(u.value, radix: 16))}" : String(u)
        }
        return out
    }
}

extension XLSXReadError: LocatedError {
    /// The part of the zip, as `LocatedError` names a file.
    public var path: String? { part }
}
