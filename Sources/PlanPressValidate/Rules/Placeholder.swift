import Foundation
import PlanPressCore

/// PP210: a value still holds the skeleton's placeholder (`<ชื่อโครงการ>`). `SkeletonPlaceholder`
/// finds them; the message says which field it is and what to write, from the field guide.
package enum Placeholder: DiagnosticRule {
    package static let code = DiagnosticCode.placeholder
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ยังเป็นข้อความตัวอย่างจากแบบฟอร์ม", en: "skeleton placeholder not filled in")

    /// The placeholder `p` in the value `text` of the field shown as `shown` (its catalogue path
    /// `path`, such as `projects[].name`).
    static func diagnostic(_ p: String, text: String, at location: SourceLocation, shown: String, path: String) -> Diagnostic {
        let field = SkeletonField.named(path)
        let isListItem = path.hasSuffix("[]")
        let whole = text.trimmingCharacters(in: FieldReader.blank) == p
        guard let field else {
            return make(
                at: location,
                th: "ยังเป็นข้อความตัวอย่าง \(p) จากแบบฟอร์ม (\(shown))",
                en: "still the skeleton's placeholder \(p) (\(shown))",
                hintTH: "แทนที่ \(p) ด้วยข้อมูลจริง หรือลบบรรทัดนี้ถ้าไม่มีข้อมูล",
                hintEN: "replace \(p) with the real value, or remove the line if there is none")
        }
        let label = field.label
        if !whole {
            return make(
                at: location,
                th: "ยังมีข้อความตัวอย่าง \(p) เหลืออยู่ใน\(label.th) (\(shown))",
                en: "the placeholder \(p) is still inside the \(label.en) (\(shown))",
                hintTH: "ลบ \(p) ออก ให้เหลือเฉพาะข้อมูลจริง", hintEN: "delete \(p), keeping only the real value")
        }
        let example = field.example.map { (th: " ตัวอย่าง: \($0)", en: " (example: \($0))") } ?? (th: "", en: "")
        let optional: (th: String, en: String)
        if let c = field.condition {
            optional = (" (\(c.th))", " (\(c.en))")
        } else if field.required {
            optional = ("", "")
        } else if isListItem {
            optional = (" ถ้าไม่มี ให้ลบรายการนี้ออก", "; if there is none, remove the item")
        } else {
            optional = (" ถ้าไม่มีข้อมูล ให้ลบบรรทัดนี้", "; if there is none, remove the line")
        }
        return make(
            at: location,
            th: "ยังไม่ได้กรอก\(label.th): ยังเป็นข้อความตัวอย่าง \(p) จากแบบฟอร์ม (\(shown))",
            en: "\(label.en) not filled in: still the skeleton's placeholder \(p) (\(shown))",
            hintTH: "แทนที่ \(p) ด้วยข้อมูลจริง: \(field.help.th)\(example.th)\(optional.th)",
            hintEN: "replace \(p) with the real value: \(field.help.en)\(example.en)\(optional.en)")
    }
}
