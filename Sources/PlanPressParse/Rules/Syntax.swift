import PlanPressCore

/// PP103: the file is not well-formed YAML or JSON. The readers find the problem; the YAML
/// problem is put in plain words by `YAMLSyntaxHelp`, the JSON one is named by `JSONProblem`.
package enum Syntax: DiagnosticRule {
    package static let code = DiagnosticCode.syntax
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไวยากรณ์ YAML/JSON ผิด", en: "YAML/JSON syntax error")

    /// A YAML syntax error as `YAMLSyntaxHelp` explains it, framed with libyaml's own words.
    static func yaml(_ help: YAMLSyntaxHelp.Explained, path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path, line: help.line, column: help.column),
            LocalizedText(th: "ไวยากรณ์ YAML ไม่ถูกต้อง: \(help.message.th)", en: "YAML syntax error: \(help.problem) — \(help.message.en)"),
            hint: help.hint)
    }

    /// A second `---` starts another YAML document in the same file.
    static func secondYAMLDocument(at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ไฟล์มีเอกสาร YAML มากกว่าหนึ่งชุด (พบ --- ซ้ำ)",
            en: "the file holds more than one YAML document (a second ---)",
            hintTH: "หนึ่งไฟล์ต่อหนึ่งหน่วยงาน ลบเส้น --- ที่เกินออก",
            hintEN: "keep one document per file; remove the extra ---")
    }

    /// What the JSON reader found wrong where it stopped.
    enum JSONProblem {
        case textAfterValue
        case unexpectedEnd
        case comment
        case singleQuote
        case unexpectedCharacter(String)
        /// A comma right before the closing `}` or `]`.
        case trailingComma(before: String)
        case missingColon(key: String)
        case expectedCommaOrBrace(afterKey: String)
        case expectedCommaOrBracket
        case leadingZero
        case fractionDigits
        case exponentDigits
        case hexDigits
        /// A high surrogate `\uD8xx` not followed by a `\u` escape.
        case unpairedHighSurrogate
        /// A high surrogate followed by a `\u` escape that is not a low surrogate.
        case invalidSurrogatePair
        /// A low surrogate `\uDCxx` with no high surrogate before it.
        case unpairedLowSurrogate
        case unterminatedString
        case controlCharacter
        case invalidEscape(Character)
    }

    /// A JSON syntax error.
    static func json(_ problem: JSONProblem, at location: SourceLocation) -> Diagnostic {
        func said(_ th: String, _ en: String, hintTH: String? = nil, hintEN: String? = nil) -> Diagnostic {
            make(at: location, th: "ไวยากรณ์ JSON ไม่ถูกต้อง: " + th, en: "JSON syntax error: " + en, hintTH: hintTH, hintEN: hintEN)
        }
        switch problem {
        case .textAfterValue:
            return said("มีข้อความเกินหลังจบข้อมูล JSON", "unexpected text after the end of the JSON value")
        case .unexpectedEnd:
            return said("ไฟล์จบก่อนข้อมูลครบ (ขาด } หรือ ] ปิดท้าย?)", "unexpected end of file (a missing } or ]?)")
        case .comment:
            return said(
                "JSON ไม่อนุญาตให้มีหมายเหตุ (comment)", "comments are not allowed in JSON",
                hintTH: "ลบหมายเหตุออก หรือใช้ไฟล์ YAML แทน", hintEN: "remove the comment, or use YAML")
        case .singleQuote:
            return said("ข้อความใน JSON ต้องใช้เครื่องหมาย \" ไม่ใช่ '", "JSON strings use double quotes, not single quotes")
        case .unexpectedCharacter(let ch):
            return said("พบอักขระ \"\(ch)\" ที่ไม่คาดไว้", "unexpected character \"\(ch)\"")
        case .trailingComma(let close):
            return said(
                "มีจุลภาค , เกินก่อน \(close)", "trailing comma before \(close)", hintTH: "ลบ , ตัวสุดท้ายออก",
                hintEN: "remove the last comma")
        case .missingColon(let key):
            return said("ขาดเครื่องหมาย : หลังชื่อฟิลด์ \"\(key)\"", "missing : after the key \"\(key)\"")
        case .expectedCommaOrBrace(let key):
            return said("ขาดจุลภาค , หรือ } หลังค่าของ \"\(key)\"", "expected , or } after the value of \"\(key)\"")
        case .expectedCommaOrBracket:
            return said("ขาดจุลภาค , หรือ ] ระหว่างรายการ", "expected , or ] between list items")
        case .leadingZero:
            return said("ตัวเลข JSON ห้ามขึ้นต้นด้วย 0", "numbers must not have leading zeros")
        case .fractionDigits:
            return said("ต้องมีตัวเลขหลังจุดทศนิยม", "digits expected after the decimal point")
        case .exponentDigits:
            return said("ต้องมีตัวเลขหลัง e", "digits expected in the exponent")
        case .hexDigits:
            return said("\\u ต้องตามด้วยเลขฐานสิบหก 4 หลัก", "\\u must be followed by four hex digits")
        case .unpairedHighSurrogate:
            return said("\\u ครึ่งแรกของคู่ surrogate ไม่มีคู่", "unpaired surrogate in \\u escape")
        case .invalidSurrogatePair:
            return said("\\u คู่ surrogate ไม่ถูกต้อง", "invalid surrogate pair in \\u escape")
        case .unpairedLowSurrogate:
            return said("\\u คู่ surrogate ไม่ถูกต้อง", "unpaired surrogate in \\u escape")
        case .unterminatedString:
            return said("ข้อความไม่มีเครื่องหมาย \" ปิดท้าย", "unterminated string")
        case .controlCharacter:
            return said(
                "ข้อความมีอักขระควบคุม (เช่น ขึ้นบรรทัดใหม่) ซึ่งต้องเขียนเป็น \\n", "control character inside a string (write a line break as \\n)")
        case .invalidEscape(let letter):
            return said("ลำดับ escape \\\(letter) ไม่ถูกต้อง", "invalid escape \\\(letter)")
        }
    }
}
