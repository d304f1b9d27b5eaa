import PlanPressCore

/// PP709: a file the content folder needs is not there: site.yaml, the framework's plan files,
/// or the report in an expected unit's folder.
package enum MissingContent: DiagnosticRule {
    package static let code = DiagnosticCode.missingContent
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไม่พบไฟล์ที่จำเป็นในโฟลเดอร์ content", en: "required content file missing")

    /// There is no site.yaml at `path`.
    static func siteConfig(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path), th: "ไม่พบไฟล์ตั้งค่ารายงาน site.yaml",
            en: "the report configuration site.yaml is missing", hintTH: "สร้าง content/site.yaml ตามตัวอย่างใน README",
            hintEN: "create content/site.yaml as the README shows")
    }

    /// The framework folder at `path` holds no plan file.
    static func framework(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path), th: "ไม่พบไฟล์กรอบแผนใน content/framework/",
            en: "no plan files in content/framework/", hintTH: "วางไฟล์แผน (format: planpress/plan/1) ไว้ในโฟลเดอร์นี้",
            hintEN: "put the plan files (format: planpress/plan/1) in this folder")
    }

    /// The folder of an expected unit, at `path`, holds no report.
    static func unitReport(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path), th: "โฟลเดอร์หน่วยงานไม่มีไฟล์ report.yaml หรือ report.json",
            en: "the unit folder holds no report.yaml or report.json", hintTH: "ตั้งชื่อไฟล์รายงานในโฟลเดอร์เป็น report.yaml",
            hintEN: "name the report in the folder report.yaml")
    }
}
