import PlanPressCore

/// PP111: the workbook does not follow the report's layout: a sheet is missing, a column or row
/// label is not one of the format's, or a row names a project the projects sheet does not have.
package enum WorkbookLayoutMismatch: DiagnosticRule {
    package static let code = DiagnosticCode.workbookLayout
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "แผ่นงาน หัวคอลัมน์ หรือแถวในไฟล์ Excel ไม่ตรงกับแบบรายงาน",
        en: "a sheet, column header or row of the workbook does not follow the report's layout")

    static func missingSheet(_ name: String, path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path, line: 1, column: 1), th: "ไม่พบแผ่นงาน \"\(name)\" ในไฟล์",
            en: "the workbook has no sheet \"\(name)\"",
            hintTH: "ใช้แบบรายงานที่สำนักงานส่งให้ และอย่าลบหรือเปลี่ยนชื่อแผ่นงาน",
            hintEN: "use the workbook the office sent, without deleting or renaming its sheets")
    }

    static func unknownHeader(_ text: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        let near = Suggestion.closest(to: text, in: known)
        return make(
            at: location, th: "หัวคอลัมน์ \"\(text)\" ไม่ใช่หัวข้อของแบบรายงาน", en: "the column header \"\(text)\" is not one of the report's",
            hintTH: near.map { "หมายถึง \"\($0)\" หรือไม่" } ?? "ลบคอลัมน์นี้ หรือคัดลอกหัวคอลัมน์จากแบบรายงานเดิม",
            hintEN: near.map { "did you mean \"\($0)\"?" } ?? "delete the column, or copy the header from the original workbook")
    }

    static func unknownLabel(_ text: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        let near = Suggestion.closest(to: text, in: known)
        return make(
            at: location, th: "หัวข้อ \"\(text)\" ไม่ใช่หัวข้อของแบบรายงาน", en: "the label \"\(text)\" is not one of the report's",
            hintTH: near.map { "หมายถึง \"\($0)\" หรือไม่" } ?? "ลบแถวนี้ หรือคัดลอกหัวข้อจากแบบรายงานเดิม",
            hintEN: near.map { "did you mean \"\($0)\"?" } ?? "delete the row, or copy the label from the original workbook")
    }

    static func valueWithoutLabel(at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "มีค่าในแถวที่ไม่มีหัวข้อ", en: "a value in a row without a label",
            hintTH: "ใส่ค่าในแถวของหัวข้อนั้น ๆ ในคอลัมน์ B", hintEN: "write each value in column B of its label's row")
    }

    static func valueWithoutHeader(at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "มีค่าในคอลัมน์ที่ไม่มีหัวคอลัมน์", en: "a value in a column without a header",
            hintTH: "ย้ายค่าไปไว้ในคอลัมน์ที่มีหัวข้อ", hintEN: "move the value into a column with a header")
    }

    static func missingParent(_ header: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "แถวนี้ไม่ได้ระบุ \"\(header)\"", en: "this row does not give \"\(header)\"",
            hintTH: "ใส่รหัสโครงการจากแผ่นงานโครงการ ว่าแถวนี้เป็นของโครงการใด",
            hintEN: "give the id, from the projects sheet, of the project this row belongs to")
    }

    static func unknownParent(_ id: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        let near = Suggestion.closest(to: id, in: known)
        return make(
            at: location, th: "ไม่มีโครงการรหัส \"\(id)\" ในแผ่นงานโครงการ", en: "the projects sheet has no project \"\(id)\"",
            hintTH: near.map { "หมายถึง \"\($0)\" หรือไม่" } ?? "เพิ่มโครงการนี้ในแผ่นงานโครงการ หรือแก้รหัสให้ตรง",
            hintEN: near.map { "did you mean \"\($0)\"?" } ?? "add the project to the projects sheet, or correct the id")
    }
}
