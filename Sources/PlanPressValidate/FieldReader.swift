import Foundation
import PlanPressCore
import PlanPressParse

/// Reads typed values out of nodes and records a located diagnostic for every problem.
///
/// One reader serves one file; every rule that is about the shape of a value lives here, so the
/// validators only say which field needs which kind of value.
final class FieldReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    func report(_ d: Diagnostic) {
        diagnostics.append(d)
    }

    func report(_ code: DiagnosticCode, at location: SourceLocation, th: String, en: String, hintTH: String? = nil, hintEN: String? = nil) {
        diagnostics.append(Diagnostic(code, at: location, th: th, en: en, hintTH: hintTH, hintEN: hintEN))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Says what a field of the file's format holds (`projects[].status` → its label and help),
    /// for the hint of a missing field; set by validators whose format has a field guide.
    var guide: ((String) -> LocalizedText?)?

    /// `projects[2].indicators[1].target` → `projects[].indicators[].target`.
    static func catalogPath(_ name: String) -> String {
        var out = ""
        var inBrackets = false
        for c in name {
            if c == "[" {
                inBrackets = true
                out.append("[")
            } else if c == "]" {
                inBrackets = false
                out.append("]")
            } else if !inBrackets {
                out.append(c)
            }
        }
        return out
    }

    /// Blanks around a text. `"\r\n"` is one `Character`, so it is listed apart from `\r` and `\n`.
    static let blank = " \t\n\r" + "\r\n"

    // MARK: Maps

    /// The entries of a mapping, after checking every key against `known`.
    struct Fields {
        let node: Node
        let field: String
        /// The map's entries in order; a key is looked up from the end, so the last entry with it
        /// counts (maps are short: a scan is cheaper than hashing every key).
        let list: [Entry]
        /// Known keys that an unknown key of this map was taken for (`staus` → `status`): their
        /// absence is already explained by the "did you mean" message.
        var misspelled: Set<String> = []

        func has(_ key: String) -> Bool {
            guard let e = entry(key) else { return false }
            return !e.value.isNull
        }

        func entry(_ key: String) -> Entry? { list.last { $0.key == key } }

        /// The value of `key`, nil when absent or null.
        func value(_ key: String) -> Node? {
            guard let e = entry(key), !e.value.isNull else { return nil }
            return e.value
        }

        func name(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }
    }

    func map(_ node: Node, field: String, known: [String]) -> Fields? {
        guard case .mapping(let list) = node.value else {
            wrongType(node, field: field, expected: .init(th: "ชุดฟิลด์ (map)", en: "a map of fields"))
            return nil
        }
        var misspelled: Set<String> = []
        for e in list {
            if !known.contains(e.key) {
                let full = field.isEmpty ? e.key : "\(field).\(e.key)"
                if let guess = Suggestion.closest(to: e.key, in: known) {
                    misspelled.insert(guess)
                    report(
                        .unknownKey, at: e.keyLocation,
                        th: "ไม่รู้จักฟิลด์ \"\(full)\" หมายถึง \"\(guess)\" หรือไม่",
                        en: "unknown key \"\(full)\"; did you mean \"\(guess)\"?",
                        hintTH: "เปลี่ยนชื่อเป็น \(guess)", hintEN: "rename it to \(guess)")
                } else {
                    report(
                        .unknownKey, at: e.keyLocation,
                        th: "ไม่รู้จักฟิลด์ \"\(full)\"",
                        en: "unknown key \"\(full)\"",
                        hintTH: "ฟิลด์ที่ใช้ได้: \(known.joined(separator: ", "))",
                        hintEN: "allowed keys: \(known.joined(separator: ", "))")
                }
            }
        }
        return Fields(node: node, field: field, list: list, misspelled: misspelled)
    }

    /// The value of a required key; reports `PP202` at the map when it is absent, null or empty.
    func required(_ fields: Fields, _ key: String, what: LocalizedText? = nil) -> Node? {
        if let v = fields.value(key), !(v.scalar.map { $0.text.isEmptyAfterTrimming(" \t") } ?? false) {
            return v
        }
        // `staus: completed` already got "did you mean status"; a second message would be noise.
        if fields.entry(key) == nil, fields.misspelled.contains(key) { return nil }
        let location = fields.entry(key)?.keyLocation ?? fields.node.location
        let name = fields.name(key)
        let described = what.map { " (\($0.th))" } ?? ""
        let help = guide?(Self.catalogPath(name))
        report(
            .missingField, at: location,
            th: "ขาดฟิลด์ที่ต้องกรอก \"\(name)\"\(described)",
            en: "missing required field \"\(name)\"\(what.map { " (\($0.en))" } ?? "")",
            hintTH: "เพิ่มบรรทัด \(key): …" + (help.map { " (\($0.th))" } ?? ""),
            hintEN: "add a line \(key): …" + (help.map { " (\($0.en))" } ?? ""))
        return nil
    }

    func wrongType(_ node: Node, field: String, expected: LocalizedText) {
        report(
            .wrongType, at: node.location,
            th: "\"\(field)\" ต้องเป็น\(expected.th) แต่พบ\(node.kindName.th)",
            en: "\"\(field)\" must be \(expected.en), found \(node.kindName.en)",
            hintTH: "เขียนค่าของ \(field) เป็น\(expected.th)", hintEN: "write \(field) as \(expected.en)")
    }

    // MARK: Scalars

    /// Text from a scalar (numbers and booleans written unquoted are taken as their text).
    func text(_ node: Node, field: String) -> String? {
        guard let s = node.scalar else {
            wrongType(node, field: field, expected: .init(th: "ข้อความ", en: "text"))
            return nil
        }
        if s.text.isEmptyAfterTrimming(Self.blank) {
            report(
                .emptyText, at: node.location, th: "\"\(field)\" ว่างเปล่า", en: "\"\(field)\" is empty", hintTH: "กรอกข้อความ หรือลบฟิลด์นี้ออก",
                hintEN: "write the text, or remove the field")
            return nil
        }
        return s.text
    }

    /// An optional text field; an empty value counts as absent.
    func optionalText(_ fields: Fields, _ key: String) -> String? {
        guard let v = fields.value(key) else { return nil }
        if let s = v.scalar, s.text.isEmptyAfterTrimming(Self.blank) { return nil }
        return text(v, field: fields.name(key))
    }

    func requiredText(_ fields: Fields, _ key: String) -> String? {
        guard let v = required(fields, key) else { return nil }
        return text(v, field: fields.name(key))
    }

    /// A list node's items; a single scalar is not silently promoted to a list.
    func list(_ node: Node, field: String) -> [Node]? {
        guard case .sequence(let items) = node.value else {
            wrongType(
                node, field: field,
                expected: .init(th: "รายการ (list เช่น [ก, ข] หรือบรรทัดขึ้นต้นด้วย -)", en: "a list ([a, b] or lines starting with -)"))
            return nil
        }
        return items
    }

    func textList(_ fields: Fields, _ key: String) -> [String] {
        guard let v = fields.value(key), let items = list(v, field: fields.name(key)) else { return [] }
        return items.enumerated().compactMap { i, n in text(n, field: "\(fields.name(key))[\(i + 1)]") }
    }

    func integer(_ node: Node, field: String) -> Int? {
        guard let s = node.scalar, let n = DecimalNumber(ascii: Substring(ThaiDigits.arabic(s.text))), n.scale == 0,
            let v = Int(exactly: n.significand)
        else {
            report(
                .wrongType, at: node.location,
                th: "\"\(field)\" ต้องเป็นจำนวนเต็ม แต่พบ\(node.kindName.th)",
                en: "\"\(field)\" must be a whole number, found \(node.kindName.en)")
            return nil
        }
        return v
    }

    func bool(_ node: Node, field: String) -> Bool? {
        guard let b = node.scalar?.bool else {
            report(
                .wrongType, at: node.location,
                th: "\"\(field)\" ต้องเป็น true หรือ false แต่พบ\(node.kindName.th)",
                en: "\"\(field)\" must be true or false, found \(node.kindName.en)",
                hintTH: "เขียน true (บรรลุ) หรือ false (ไม่บรรลุ) โดยไม่มีเครื่องหมายคำพูด",
                hintEN: "write true or false without quotes")
            return nil
        }
        return b
    }

    func number(_ node: Node, field: String, allowPercent: Bool) -> DecimalNumber? {
        guard let s = node.scalar else {
            wrongType(node, field: field, expected: .init(th: "ตัวเลข", en: "a number"))
            return nil
        }
        switch LenientValue.number(s, allowPercent: allowPercent) {
        case .success(let n):
            return n
        case .failure(.percentNotAllowed):
            report(
                .badNumber, at: node.location,
                th: "\"\(field)\" มีเครื่องหมาย % แต่หน่วยของตัวชี้วัดไม่ใช่ร้อยละ: \"\(s.text)\"",
                en: "\"\(field)\" has a % sign but the unit is not a percentage: \"\(s.text)\"",
                hintTH: "ลบ % ออก หรือกำหนด unit: ร้อยละ", hintEN: "remove the %, or set unit: ร้อยละ")
        case .failure(.notANumber):
            let fix = Self.numberSuggestion(s.text, allowPercent: allowPercent)
            report(
                .badNumber, at: node.location,
                th: "อ่าน \"\(s.text)\" ใน \"\(field)\" เป็นตัวเลขไม่ได้",
                en: "\"\(s.text)\" in \"\(field)\" is not a number",
                hintTH: (fix.map { "เขียนเป็น \($0) " } ?? "")
                    + "(เขียนเฉพาะตัวเลข ไม่มีหน่วยหรือคำอื่น ใช้ , คั่นหลักพันและ . เป็นจุดทศนิยม เช่น 1250000 หรือ \"1,250,000.50\")",
                hintEN: (fix.map { "write \($0) " } ?? "")
                    + "(digits only, no unit or words; , between thousands, . for decimals, e.g. 1250000 or \"1,250,000.50\")")
        }
        return nil
    }

    func money(_ node: Node, field: String) -> Money? {
        guard let n = number(node, field: field, allowPercent: false) else { return nil }
        if n.isNegative {
            report(
                .negativeMoney, at: node.location, th: "จำนวนเงิน \"\(field)\" ติดลบ (\(n))", en: "\"\(field)\" is negative (\(n))",
                hintTH: "จำนวนเงินต้องไม่ต่ำกว่า 0", hintEN: "money must be 0 or more")
            return nil
        }
        guard let m = Money(n) else {
            let shown = n.formatted(fractionDigits: 2)
            report(
                .moneyPrecision, at: node.location,
                th: "\"\(field)\" มีทศนิยมเกิน 2 ตำแหน่ง (\(n))",
                en: "\"\(field)\" has more than 2 decimals (\(n))",
                hintTH: "ปัดเป็นสตางค์ เช่น \(shown)", hintEN: "round to satang, e.g. \(shown)")
            return nil
        }
        // A bound far above any education project keeps every sum of satang inside Int64.
        if m > Self.maximumMoney {
            report(
                .badNumber, at: node.location,
                th: "\"\(field)\" มีจำนวนเงิน \(m.grouped) บาท เกินขีดจำกัด \(Self.maximumMoney.grouped) บาทต่อโครงการ",
                en: "\"\(field)\" is \(m.grouped) baht, over the limit of \(Self.maximumMoney.grouped) baht per project",
                hintTH: "ตรวจจำนวนหลักของตัวเลข", hintEN: "check the number of digits")
            return nil
        }
        return m
    }

    /// What the writer of an unreadable number most likely meant, written so that it reads:
    /// `350,000 บาท` → `350000`, `2.150.000` → `2150000`, `ประมาณ 5` → `5`, `2 150 000` → `2150000`.
    static func numberSuggestion(_ text: String, allowPercent: Bool) -> String? {
        var t = ThaiDigits.arabic(text).trimmingCharacters(in: Self.blank)
        for word in ["ประมาณ", "บาท", "฿", "บ.", "คน", "แห่ง", "โรงเรียน", "ครั้ง", "ร้อยละ", "approx.", "THB", "baht"] {
            t = t.replacingOccurrences(of: word, with: " ")
        }
        t = t.replacingOccurrences(of: "%", with: " ")
        t = t.trimmingCharacters(in: Self.blank)
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

    /// `20/10/2569`, `20.10.2569`, `20-10-69` read day first, the way Thai documents write dates.
    static func dateSuggestion(_ text: String) -> CalendarDate? {
        let t = ThaiDigits.arabic(text).trimmingCharacters(in: Self.blank)
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]), parts[0].count <= 2,
            parts[1].count <= 2
        else { return nil }
        if parts[2].count == 2 { y += 2500 }
        guard parts[2].count == 2 || parts[2].count == 4 else { return nil }
        return y >= 2400 ? CalendarDate(beYear: y, month: m, day: d) : CalendarDate(year: y, month: m, day: d)
    }

    /// Ten billion baht.
    static let maximumMoney = Money(satang: 1_000_000_000_000)

    func date(_ node: Node, field: String) -> CalendarDate? {
        guard let s = node.scalar else {
            wrongType(node, field: field, expected: .init(th: "วันที่", en: "a date"))
            return nil
        }
        switch LenientValue.date(s) {
        case .success(let d):
            return d
        case .failure(.noSuchDay):
            report(
                .badDate, at: node.location, th: "ไม่มีวันที่ \"\(s.text)\" ในปฏิทิน", en: "\"\(s.text)\" is not a day of the calendar",
                hintTH: "ตรวจวันและเดือน", hintEN: "check the day and month")
        case .failure(.shortYear(let y)):
            let year = "25" + (y < 10 ? "0" : "") + String(y)
            var words = ThaiDigits.arabic(s.text).split(separator: " ").map(String.init)
            if !words.isEmpty { words[words.count - 1] = year }
            let fixed = words.joined(separator: " ")
            report(
                .badDate, at: node.location, th: "ปีใน \"\(s.text)\" ต้องเป็น พ.ศ. 4 หลัก",
                en: "the year in \"\(s.text)\" must be a four-digit BE year", hintTH: "เขียนเป็น \(fixed)", hintEN: "write \(fixed)")
        case .failure(.unreadable):
            let fix = Self.dateSuggestion(s.text)
            report(
                .badDate, at: node.location,
                th: "อ่าน \"\(s.text)\" ใน \"\(field)\" เป็นวันที่ไม่ได้",
                en: "\"\(s.text)\" in \"\(field)\" is not a date",
                hintTH: fix.map { "เขียนเป็น \($0.thai()) หรือ \($0.beYear)-\($0.iso.dropFirst(5))" }
                    ?? "เขียนแบบ 20 ตุลาคม 2569 หรือ 2569-10-20 (ปี พ.ศ.)",
                hintEN: fix.map { "write \($0.thai()) or \($0.beYear)-\($0.iso.dropFirst(5))" }
                    ?? "write 20 ตุลาคม 2569 or 2569-10-20 (BE year)")
        }
        return nil
    }

    /// One of an enum's values. `meaning` reads what a person may have written instead, such as
    /// the Thai word (`เสร็จสิ้น` → `completed`), for the hint.
    func enumeration<E: RawRepresentable & CaseIterable>(
        _ node: Node, field: String, as type: E.Type, meaning: ((String) -> E?)? = nil
    ) -> E? where E.RawValue == String {
        let allowed = E.allCases.map(\.rawValue)
        guard let s = node.scalar, let v = E(rawValue: s.text) else {
            let written = node.scalar?.text ?? ""
            let guess = meaning?(written)?.rawValue ?? Suggestion.closest(to: written, in: allowed)
            let help = guide?(Self.catalogPath(field))
            var hintTH = guess.map { "เขียน \($0) (ค่าต้องเป็นภาษาอังกฤษตามรายการ)" }
            var hintEN = guess.map { "write \($0)" }
            if let help {
                hintTH = (hintTH.map { $0 + " · " } ?? "") + help.th
                hintEN = (hintEN.map { $0 + " · " } ?? "") + help.en
            }
            report(
                .badEnum, at: node.location,
                th: "\"\(field)\" ต้องเป็นค่าใดค่าหนึ่งใน \(allowed.joined(separator: ", ")) แต่พบ \"\(written)\"",
                en: "\"\(field)\" must be one of \(allowed.joined(separator: ", ")), found \"\(written)\"",
                hintTH: hintTH, hintEN: hintEN)
            return nil
        }
        return v
    }

    /// A list of framework codes, each kept with its location.
    func codes(_ node: Node, field: String) -> [LocatedCode] {
        if let s = node.scalar, !node.isNull {
            // A single code written without brackets is a common slip: read it, but say so.
            wrongType(node, field: field, expected: .init(th: "รายการรหัส เช่น [\(s.text)]", en: "a list of codes such as [\(s.text)]"))
            return []
        }
        guard let items = list(node, field: field) else { return [] }
        return items.enumerated().compactMap { i, n in
            text(n, field: "\(field)[\(i + 1)]").map { LocatedCode($0.trimmingCharacters(in: " "), at: n.location) }
        }
    }
}
