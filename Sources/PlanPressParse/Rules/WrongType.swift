import PlanPressCore

/// PP203: a value of the wrong kind (a list where text belongs, a map as a key…). Found while
/// reading: by the YAML reader for a key that is not text, by the field reader in Validate for
/// every value.
package enum WrongType: DiagnosticRule {
    package static let code = DiagnosticCode.wrongType
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ชนิดข้อมูลไม่ถูกต้อง", en: "wrong type")

    /// A YAML key that is a list or a map.
    static func complexKey(_ node: Node) -> Diagnostic {
        make(
            at: node.location,
            th: "ชื่อฟิลด์ต้องเป็นข้อความ ไม่ใช่ \(node.kindName.th)",
            en: "a key must be text, not \(node.kindName.en)")
    }

    /// What a field needs, in the messages' words.
    package enum Expected {
        case map
        case text
        case list
        case number
        case date
        /// A list of codes, where the single code `example` was written without brackets.
        case codes(example: String)
        /// A project's `beneficiaries`: a map of counts.
        case beneficiaries
        /// A strategic indicator's `targets`: a map of years to values.
        case targets

        var text: LocalizedText {
            switch self {
            case .map: return LocalizedText(th: "ชุดฟิลด์ (map)", en: "a map of fields")
            case .text: return LocalizedText(th: "ข้อความ", en: "text")
            case .list:
                return LocalizedText(th: "รายการ (list เช่น [ก, ข] หรือบรรทัดขึ้นต้นด้วย -)", en: "a list ([a, b] or lines starting with -)")
            case .number: return LocalizedText(th: "ตัวเลข", en: "a number")
            case .date: return LocalizedText(th: "วันที่", en: "a date")
            case .codes(let example): return LocalizedText(th: "รายการรหัส เช่น [\(example)]", en: "a list of codes such as [\(example)]")
            case .beneficiaries: return LocalizedText(th: "ชุดฟิลด์ เช่น { students: 120 }", en: "a map such as { students: 120 }")
            case .targets: return LocalizedText(th: "ชุดปี: ค่า เช่น { 2569: 38 }", en: "a map of year: value such as { 2569: 38 }")
            }
        }
    }

    /// `field` holds `node`, which is not what it needs.
    package static func diagnostic(_ node: Node, field: String, expected: Expected) -> Diagnostic {
        let expected = expected.text
        return make(
            at: node.location,
            th: "\"\(field)\" ต้องเป็น\(expected.th) แต่พบ\(node.kindName.th)",
            en: "\"\(field)\" must be \(expected.en), found \(node.kindName.en)",
            hintTH: "เขียนค่าของ \(field) เป็น\(expected.th)", hintEN: "write \(field) as \(expected.en)")
    }

    /// `field` needs a whole number.
    package static func notWholeNumber(_ node: Node, field: String) -> Diagnostic {
        make(
            at: node.location,
            th: "\"\(field)\" ต้องเป็นจำนวนเต็ม แต่พบ\(node.kindName.th)",
            en: "\"\(field)\" must be a whole number, found \(node.kindName.en)")
    }

    /// `field` needs `true` or `false`.
    package static func notBoolean(_ node: Node, field: String) -> Diagnostic {
        make(
            at: node.location,
            th: "\"\(field)\" ต้องเป็น true หรือ false แต่พบ\(node.kindName.th)",
            en: "\"\(field)\" must be true or false, found \(node.kindName.en)",
            hintTH: "เขียน true (บรรลุ) หรือ false (ไม่บรรลุ) โดยไม่มีเครื่องหมายคำพูด",
            hintEN: "write true or false without quotes")
    }
}
