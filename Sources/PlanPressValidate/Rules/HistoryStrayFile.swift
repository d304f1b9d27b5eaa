import PlanPressCore

/// PP806: a file in `content/history/` that is neither a year's folder nor a report (notes, a
/// spreadsheet): it is not read. (A `README` file and hidden files are passed over without a word.)
package enum HistoryStrayFile: DiagnosticRule {
    package static let code = DiagnosticCode.historyStrayFile
    package static let severity = Severity.warning
    package static let summary = LocalizedText(th: "ไฟล์ใน history ที่ไม่ได้อ่าน", en: "a file in history that is not read")

    /// The file at `path` is passed over.
    package static func diagnostic(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path),
            LocalizedText(
                th: "ไฟล์นี้ไม่ได้ถูกอ่าน: history อ่านเฉพาะ <ปี พ.ศ.>/report.json",
                en: "this file is not read: history reads only <BE year>/report.json"),
            hint: LocalizedText(
                th: "ย้ายไฟล์ออกจาก content/history/ หรือไว้ในโฟลเดอร์ของปีนั้น",
                en: "move the file out of content/history/, or into its year's folder"))
    }
}
