import Foundation
import PlanPressCore
import PlanPressParse

/// PP206: a number cannot be read (words or units around it, a `%` where the unit is no
/// percentage), is over the money limit, or is a negative count. Found while reading the value.
package enum BadNumber: DiagnosticRule {
    package static let code = DiagnosticCode.badNumber
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "อ่านตัวเลขไม่ได้", en: "number cannot be read")

    /// `text` in `field` has a `%` sign, but the indicator's unit is not a percentage.
    static func percentNotAllowed(_ text: String, field: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "\"\(field)\" มีเครื่องหมาย % แต่หน่วยของตัวชี้วัดไม่ใช่ร้อยละ: \"\(text)\"",
            en: "\"\(field)\" has a % sign but the unit is not a percentage: \"\(text)\"",
            hintTH: "ลบ % ออก หรือกำหนด unit: ร้อยละ", hintEN: "remove the %, or set unit: ร้อยละ")
    }

    /// `text` in `field` is not a number; the hint writes what was most likely meant.
    static func notANumber(_ text: String, field: String, allowPercent: Bool, at location: SourceLocation) -> Diagnostic {
        let fix = suggestion(text, allowPercent: allowPercent)
        return make(
            at: location,
            th: "อ่าน \"\(text)\" ใน \"\(field)\" เป็นตัวเลขไม่ได้",
            en: "\"\(text)\" in \"\(field)\" is not a number",
            hintTH: (fix.map { "เขียนเป็น \($0) " } ?? "")
                + "(เขียนเฉพาะตัวเลข ไม่มีหน่วยหรือคำอื่น ใช้ , คั่นหลักพันและ . เป็นจุดทศนิยม เช่น 1250000 หรือ \"1,250,000.50\")",
            hintEN: (fix.map { "write \($0) " } ?? "")
                + "(digits only, no unit or words; , between thousands, . for decimals, e.g. 1250000 or \"1,250,000.50\")")
    }

    /// The problem with the amount `money` of `field`, nil when it is within `FieldReader.maximumMoney`
    /// (a bound far above any education project, that keeps every sum of satang inside Int64).
    static func checkMoneyLimit(_ money: Money, field: String, at location: SourceLocation) -> Diagnostic? {
        let limit = FieldReader.maximumMoney
        guard money > limit else { return nil }
        return make(
            at: location,
            th: "\"\(field)\" มีจำนวนเงิน \(money.grouped) บาท เกินขีดจำกัด \(limit.grouped) บาทต่อโครงการ",
            en: "\"\(field)\" is \(money.grouped) baht, over the limit of \(limit.grouped) baht per project",
            hintTH: "ตรวจจำนวนหลักของตัวเลข", hintEN: "check the number of digits")
    }

    /// A negative count of beneficiaries.
    static func negativeCount(at location: SourceLocation) -> Diagnostic {
        make(at: location, th: "จำนวนผู้รับประโยชน์ต้องไม่ติดลบ", en: "beneficiary counts must not be negative")
    }

    /// What the writer of an unreadable number most likely meant, written so that it reads:
    /// `350,000 บาท` → `350000`, `2.150.000` → `2150000`, `ประมาณ 5` → `5`, `2 150 000` → `2150000`.
    static func suggestion(_ text: String, allowPercent: Bool) -> String? {
        var t = ThaiDigits.arabic(text).trimmingCharacters(in: FieldReader.blank)
        for word in ["ประมาณ", "บาท", "฿", "บ.", "คน", "แห่ง", "โรงเรียน", "ครั้ง", "ร้อยละ", "approx.", "THB", "baht"] {
            t = t.replacingOccurrences(of: word, with: " ")
        }
        t = t.replacingOccurrences(of: "%", with: " ")
        t = t.trimmingCharacters(in: FieldReader.blank)
        let digits = Set("0123456789")
        // `2 150 000`: spaces between groups of three.
        let groups = t.split(separator: " ")
        if groups.count > 1, groups.allSatisfy({ $0.allSatisfy(digits.contains) }), groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            t = groups.joined()
        }
        // `2.150.000` or `2.150.000,50`: dots between thousands, a comma before the decimals.
        let parts = t.split(separator: ",", omittingEmptySubsequences: false)
        let dotted = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count > 2 || (dotted.count == 2 && parts.count == 2),
            dotted.allSatisfy({ $0.allSatisfy(digits.contains) && !$0.isEmpty }), dotted.dropFirst().allSatisfy({ $0.count == 3 }),
            parts.count <= 2, parts.count == 1 || (parts[1].count <= 2 && parts[1].allSatisfy(digits.contains))
        {
            t = dotted.joined() + (parts.count == 2 ? "." + parts[1] : "")
        }
        // Written without separators, so that it reads in a `{ … }` map too.
        guard !t.isEmpty, case .success(let n) = LenientValue.number(Scalar(t, isString: true), allowPercent: false) else {
            return nil
        }
        return n.description == text ? nil : n.description
    }
}
