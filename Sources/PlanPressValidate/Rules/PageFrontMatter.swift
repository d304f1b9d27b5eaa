import PlanPressCore

/// PP712: a page (`content/pages/*.md`) has no front matter between `---` lines, or an empty one.
package enum PageFrontMatter: DiagnosticRule {
    package static let code = DiagnosticCode.pageFrontMatter
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ส่วนหัว (front matter) ของหน้าเนื้อหาผิด", en: "bad page front matter")

    /// The page at `path` does not start with a front matter.
    static func missing(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path, line: 1, column: 1),
            th: "หน้าเนื้อหาต้องขึ้นต้นด้วยส่วนหัวระหว่างเส้น --- (title, order, channels)",
            en: "a page must start with a front matter between --- lines (title, order, channels)",
            hintTH: "เพิ่ม ---\\ntitle: ชื่อบท\\norder: 1\\nchannels: [site, print]\\n--- ไว้บนสุด",
            hintEN: "add ---\\ntitle: …\\norder: 1\\nchannels: [site, print]\\n--- at the top")
    }

    /// The front matter of the page at `path` is empty (located in the front matter's own lines:
    /// the page reader moves it down one line).
    static func empty(path: String) -> Diagnostic {
        make(at: SourceLocation(path: path, line: 2, column: 1), th: "ส่วนหัวว่างเปล่า", en: "the front matter is empty")
    }
}
