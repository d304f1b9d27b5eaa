import Foundation
import PlanPressCore

/// Turns libyaml's syntax problems into what a person who has never heard of YAML can act on:
/// where the trouble started (the quote or bracket that was never closed, not the end of the
/// file where libyaml noticed) and what to type instead, often the fixed line itself.
struct YAMLSyntaxHelp {
    /// libyaml's words: `mapping values are not allowed in this context`.
    var problem: String
    /// libyaml's context: `while scanning a quoted scalar`.
    var context: String?
    /// 1-based place where libyaml stopped, and the line there.
    var line: Int
    var column: Int
    var lineText: String
    /// 1-based place where the construct libyaml was reading began (the opening quote or bracket).
    var contextLine: Int
    var contextColumn: Int
    var contextLineText: String

    /// The explanation: where to point, libyaml's words, and ours (`Syntax.yaml` frames them).
    struct Explained {
        var line: Int
        var column: Int
        /// libyaml's problem and context, quoted in the English message.
        var problem: String
        var message: LocalizedText
        var hint: LocalizedText
    }

    func explain() -> Explained {
        let english = context.map { "\(problem) \($0)" } ?? problem
        func at(_ l: Int, _ c: Int, _ th: String, _ en: String, _ hintTH: String, _ hintEN: String) -> Explained {
            Explained(
                line: l, column: c, problem: english, message: LocalizedText(th: th, en: en), hint: LocalizedText(th: hintTH, en: hintEN))
        }
        let scalars = Array(lineText.unicodeScalars)
        let indentation = scalars.prefix { $0 == " " || $0 == "\t" }
        let found = column - 1 < scalars.count && column >= 1 ? scalars[column - 1] : nil

        if indentation.contains("\t") || problem.contains("tab") || found == "\t" {
            return at(
                line, column, "มีการย่อหน้าด้วยปุ่ม Tab", "a tab is used for indentation",
                "ลบ Tab หน้าบรรทัดนี้แล้วเว้นวรรคด้วยปุ่มเว้นวรรค (space) ให้เท่ากับบรรทัดอื่นในระดับเดียวกัน",
                "delete the tab and indent with spaces, as far as the other lines of the same level")
        }
        if problem.contains("mapping values are not allowed") {
            // `name: ab: cd`: a second `: ` on a line that already has a key.
            if let fixed = Self.quotedValue(lineText), Self.keyEnd(lineText).map({ $0 < column - 1 }) == true {
                return at(
                    line, column, "มี \": \" (ทวิภาคตามด้วยเว้นวรรค) อยู่กลางข้อความ จึงอ่านเป็นชื่อฟิลด์ซ้อน",
                    "a \": \" inside the text reads as another key",
                    "ครอบข้อความด้วยเครื่องหมายคำพูด โดยเขียนบรรทัดนี้เป็น \(fixed.trimmed)",
                    "put the text in double quotes: write the line as \(fixed.trimmed)")
            }
            return at(
                line, column, "ย่อหน้าของบรรทัดนี้ไม่ตรงกับฟิลด์อื่นในระดับเดียวกัน", "this line is indented unlike its neighbours",
                "เว้นวรรคหน้าบรรทัดให้เท่ากับฟิลด์อื่นในชุดเดียวกัน (ดูบรรทัดก่อนหน้า)", "indent it as far as the other fields of its map")
        }
        if problem.contains("did not find expected '-' indicator") || problem.contains("did not find expected key") {
            if Self.textAfterClosingQuote(lineText) {
                return at(
                    line, column, "มีข้อความต่อท้ายหลังเครื่องหมายคำพูดปิด", "text follows the closing quote",
                    "ครอบข้อความทั้งหมดไว้ในเครื่องหมายคำพูดคู่เดียว หรือลบข้อความที่เกิน", "put the whole text inside one pair of quotes")
            }
            return at(
                line, column, "ย่อหน้าของบรรทัดนี้ไม่ตรงกับบรรทัดด้านบน", "the indentation does not match the lines above",
                "ให้ฟิลด์ของชุดเดียวกันเว้นวรรคหน้าบรรทัดเท่ากัน และรายการใหม่เริ่มด้วย - ตรงแนวเดียวกับ - ของรายการก่อนหน้า",
                "indent the fields of one map alike, and start each item with - under the previous item's -")
        }
        if problem.contains("did not find expected ',' or ']'") || problem.contains("did not find expected ',' or '}'") {
            let close = problem.contains("]") ? "]" : "}"
            let open = close == "]" ? "[" : "{"
            return at(
                contextLine, contextColumn, "วงเล็บ \(open) ที่เปิดตรงนี้ยังไม่ได้ปิดด้วย \(close)",
                "the \(open) opened here is not closed with \(close)",
                "เติม \(close) ท้ายรายการ (ถ้าในวงเล็บมีข้อความที่มี , หรือ : ให้ครอบข้อความนั้นด้วยเครื่องหมายคำพูด)",
                "add \(close) at the end (and quote any text holding , or :)")
        }
        if context?.contains("quoted scalar") == true {
            if problem.contains("unknown escape") {
                return at(
                    line, column, "มีเครื่องหมาย \\ ในข้อความที่อยู่ในเครื่องหมายคำพูดคู่", "a \\ inside double quotes",
                    "ใช้ / แทน \\ (เช่น evidence/photo.jpg) หรือใช้เครื่องหมายคำพูดเดี่ยว ' ' แทน \" \"",
                    "write / instead of \\ (evidence/photo.jpg), or use single quotes")
            }
            return at(
                contextLine, contextColumn, "เครื่องหมายคำพูดที่เปิดตรงนี้ยังไม่ได้ปิด", "the quote opened here is never closed",
                "เติมเครื่องหมายคำพูดปิดท้ายข้อความในบรรทัดเดียวกัน", "close the quote at the end of the text, on the same line")
        }
        if problem.contains("cannot start any token"), let c = found {
            return at(
                line, column, "ข้อความขึ้นต้นด้วยเครื่องหมาย \(c) ซึ่ง YAML ใช้เป็นสัญลักษณ์", "text starts with \(c), a YAML symbol",
                "ครอบข้อความด้วยเครื่องหมายคำพูด" + (Self.quotedValue(lineText).map { " โดยเขียนบรรทัดนี้เป็น \($0.trimmed)" } ?? ""),
                "put the text in double quotes" + (Self.quotedValue(lineText).map { ": write the line as \($0.trimmed)" } ?? ""))
        }
        if problem.contains("block sequence entries are not allowed") {
            return at(
                line, column, "เครื่องหมาย - ของรายการต้องขึ้นบรรทัดใหม่", "a list item's - must start its own line",
                "ขึ้นบรรทัดใหม่ก่อน - และเว้นวรรคหน้า - ให้ลึกกว่าชื่อฟิลด์ของรายการ",
                "start a new line before the -, indented deeper than the list's key")
        }
        if problem.contains("could not find expected ':'") {
            return at(
                line, column, "บรรทัดนี้ไม่มีเครื่องหมาย : หลังชื่อฟิลด์", "this line has no : after a key",
                "เขียนเป็น ชื่อฟิลด์: ค่า หรือถ้าเป็นข้อความต่อจากบรรทัดก่อน ให้ย่อหน้าลึกกว่าชื่อฟิลด์",
                "write key: value, or indent a continued text deeper than its key")
        }
        return at(
            line, column, "อ่านโครงสร้างของไฟล์ไม่ได้ (\(english))", "the structure cannot be read",
            "ตรวจเครื่องหมาย : - \" และการย่อหน้าในบรรทัดนี้และบรรทัดก่อนหน้า",
            "check the colons, dashes, quotes and indentation on this line and the one before")
    }

    /// The offset of the first `: ` (the end of the key), if the line has one.
    static func keyEnd(_ line: String) -> Int? {
        let s = Array(line.unicodeScalars)
        var i = 0
        while i + 1 < s.count {
            if s[i] == ":", s[i + 1] == " " { return i }
            i += 1
        }
        return nil
    }

    /// `    name: ab: cd  # note` → `    name: "ab: cd"`: the line with its value quoted.
    static func quotedValue(_ line: String) -> String? {
        guard let end = keyEnd(line) else { return nil }
        let s = Array(line.unicodeScalars)
        let key = String(String.UnicodeScalarView(s[..<end]))
        var value = String(String.UnicodeScalarView(s[(end + 2)...]))
        if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
        value = value.trimmed
        guard !value.isEmpty, !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(key): \"\(escaped)\""
    }

    /// Whether a quoted value is followed by more text (`name: "ab" cd`).
    static func textAfterClosingQuote(_ line: String) -> Bool {
        guard let end = keyEnd(line) else { return false }
        let s = Array(line.unicodeScalars)[(end + 2)...].drop { $0 == " " }
        guard let q = s.first, q == "\"" || q == "'" else { return false }
        guard let close = s.dropFirst().firstIndex(of: q) else { return false }
        let rest = String(String.UnicodeScalarView(s[(close + 1)...])).trimmed
        return !rest.isEmpty && !rest.hasPrefix("#")
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: " \t") }
}
