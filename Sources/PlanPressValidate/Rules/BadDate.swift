import Foundation
import PlanPressCore

/// PP207: a date cannot be read, names no day of the calendar, or has a two-digit year. Found
/// while reading the value.
package enum BadDate: DiagnosticRule {
    package static let code = DiagnosticCode.badDate
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "อ่านวันที่ไม่ได้", en: "date cannot be read")

    /// `text` names no day of the calendar (30 February).
    static func noSuchDay(_ text: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "ไม่มีวันที่ \"\(text)\" ในปฏิทิน", en: "\"\(text)\" is not a day of the calendar",
            hintTH: "ตรวจวันและเดือน", hintEN: "check the day and month")
    }

    /// `text` gives its year in two digits (`year`); the hint writes it with four.
    static func shortYear(_ text: String, year y: Int, at location: SourceLocation) -> Diagnostic {
        let year = "25" + (y < 10 ? "0" : "") + String(y)
        var words = ThaiDigits.arabic(text).split(separator: " ").map(String.init)
        if !words.isEmpty { words[words.count - 1] = year }
        let fixed = words.joined(separator: " ")
        return make(
            at: location, th: "ปีใน \"\(text)\" ต้องเป็น พ.ศ. 4 หลัก",
            en: "the year in \"\(text)\" must be a four-digit BE year", hintTH: "เขียนเป็น \(fixed)", hintEN: "write \(fixed)")
    }

    /// `text` in `field` is not a date; the hint writes what was most likely meant.
    static func unreadable(_ text: String, field: String, at location: SourceLocation) -> Diagnostic {
        let fix = suggestion(text)
        return make(
            at: location,
            th: "อ่าน \"\(text)\" ใน \"\(field)\" เป็นวันที่ไม่ได้",
            en: "\"\(text)\" in \"\(field)\" is not a date",
            hintTH: fix.map { "เขียนเป็น \($0.thai()) หรือ \($0.beYear)-\($0.iso.dropFirst(5))" }
                ?? "เขียนแบบ 20 ตุลาคม 2569 หรือ 2569-10-20 (ปี พ.ศ.)",
            hintEN: fix.map { "write \($0.thai()) or \($0.beYear)-\($0.iso.dropFirst(5))" }
                ?? "write 20 ตุลาคม 2569 or 2569-10-20 (BE year)")
    }

    /// `20/10/2569`, `20.10.2569`, `20-10-69` read day first, the way Thai documents write dates.
    static func suggestion(_ text: String) -> CalendarDate? {
        let t = ThaiDigits.arabic(text).trimmingCharacters(in: FieldReader.blank)
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]), parts[0].count <= 2,
            parts[1].count <= 2
        else { return nil }
        if parts[2].count == 2 { y += 2500 }
        guard parts[2].count == 2 || parts[2].count == 4 else { return nil }
        return y >= 2400 ? CalendarDate(beYear: y, month: m, day: d) : CalendarDate(year: y, month: m, day: d)
    }
}
