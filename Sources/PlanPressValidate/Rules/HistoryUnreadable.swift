import PlanPressCore

/// PP801: a year's report in `content/history/` cannot be read: the year's folder has no
/// `report.json`, the file cannot be opened, is too large, is not UTF-8 or is not well-formed JSON.
/// Each stops the build, so that a year is never dropped without a word.
package enum HistoryUnreadable: DiagnosticRule {
    package static let code = DiagnosticCode.historyUnreadable
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "อ่านรายงานของปีก่อน (history) ไม่ได้", en: "a report of an earlier year (history) cannot be read")

    static let hint = LocalizedText(
        th: "คัดลอกไฟล์ output/data/report.json ที่เผยแพร่ในปีนั้นมาวางใหม่ทั้งไฟล์ โดยไม่แก้ไข",
        en: "copy that year's published output/data/report.json here again, whole and unedited")

    /// The year folder at `path` holds no `report.json`.
    package static func missing(year: Int, path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path),
            LocalizedText(
                th: "โฟลเดอร์ของปี \(year) ไม่มีไฟล์ report.json", en: "the folder of year \(year) holds no report.json"),
            hint: LocalizedText(
                th: "วางไฟล์ output/data/report.json ของปี \(year) ไว้ในโฟลเดอร์นี้ หรือลบโฟลเดอร์ออกถ้าไม่มีรายงานของปีนั้น",
                en: "put year \(year)'s output/data/report.json in this folder, or remove the folder if there is no report of that year"))
    }

    /// The file at `path` could not be opened.
    package static func unreadable(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path), LocalizedText(th: "เปิดไฟล์ไม่ได้", en: "the file cannot be opened"),
            hint: LocalizedText(
                th: "ตรวจสิทธิ์การอ่านไฟล์ หรือคัดลอกไฟล์มาวางใหม่", en: "check that the file may be read, or copy it here again"))
    }

    /// The file at `path` is `byteCount` bytes, over `limit`.
    package static func tooLarge(byteCount: Int, limit: Int, path: String) -> Diagnostic {
        let mb = limit / (1024 * 1024)
        return make(
            at: SourceLocation(path: path, line: 1, column: 1),
            LocalizedText(
                th: "ไฟล์มีขนาด \(byteCount) ไบต์ เกินขีดจำกัด \(mb) MB ของรายงานปีก่อน",
                en: "the file is \(byteCount) bytes, over the \(mb) MB limit of an earlier year's report"),
            hint: LocalizedText(
                th: "รายงานของจังหวัดหนึ่งมีขนาดไม่ถึงขีดจำกัดนี้ ตรวจว่าเป็นไฟล์ report.json ของจังหวัดนี้",
                en: "a province's report is well under this limit: check that this is this province's report.json"))
    }

    /// The file is not UTF-8: `problem` is what the decoder said, at its byte.
    package static func encoding(_ problem: Diagnostic) -> Diagnostic {
        make(
            at: problem.location,
            LocalizedText(
                th: "ไฟล์ไม่ใช่ UTF-8 อย่างที่ PlanPress เขียน: \(problem.message.th)",
                en: "the file is not UTF-8 as PlanPress writes it: \(problem.message.en)"),
            hint: hint)
    }

    /// The JSON reader's problem (syntax, nesting, an empty file, a root that is not an object),
    /// at the place it names.
    package static func syntax(_ problem: Diagnostic) -> Diagnostic {
        make(
            at: problem.location,
            LocalizedText(
                th: "อ่านรายงานไม่ได้: \(problem.message.th)", en: "the report cannot be read: \(problem.message.en)"),
            hint: hint)
    }
}
