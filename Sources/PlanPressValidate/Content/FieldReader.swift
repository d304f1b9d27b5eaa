import Foundation
import PlanPressCore
import PlanPressParse

/// Reads typed values out of nodes and records a located diagnostic for every problem.
///
/// One reader serves one file; every problem with the shape of a value is found here, while the
/// value is read, and reported through its rule (`Rules/`), so the validators only say which field
/// needs which kind of value.
final class FieldReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// Records a diagnostic, made by its rule (`Rules/`).
    func report(_ d: Diagnostic) {
        diagnostics.append(d)
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
            wrongType(node, field: field, expected: .map)
            return nil
        }
        let (unknown, misspelled) = UnknownKey.check(list, field: field, known: known)
        diagnostics += unknown
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
        report(MissingField.diagnostic(name, key: key, what: what, help: guide?(Self.catalogPath(name)), at: location))
        return nil
    }

    func wrongType(_ node: Node, field: String, expected: WrongType.Expected) {
        report(WrongType.diagnostic(node, field: field, expected: expected))
    }

    // MARK: Scalars

    /// Text from a scalar (numbers and booleans written unquoted are taken as their text).
    func text(_ node: Node, field: String) -> String? {
        guard let s = node.scalar else {
            wrongType(node, field: field, expected: .text)
            return nil
        }
        if s.text.isEmptyAfterTrimming(Self.blank) {
            report(EmptyText.diagnostic(field: field, at: node.location))
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
            wrongType(node, field: field, expected: .list)
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
            report(WrongType.notWholeNumber(node, field: field))
            return nil
        }
        return v
    }

    func bool(_ node: Node, field: String) -> Bool? {
        guard let b = node.scalar?.bool else {
            report(WrongType.notBoolean(node, field: field))
            return nil
        }
        return b
    }

    func number(_ node: Node, field: String, allowPercent: Bool) -> DecimalNumber? {
        guard let s = node.scalar else {
            wrongType(node, field: field, expected: .number)
            return nil
        }
        switch LenientValue.number(s, allowPercent: allowPercent) {
        case .success(let n):
            return n
        case .failure(.percentNotAllowed):
            report(BadNumber.percentNotAllowed(s.text, field: field, at: node.location))
        case .failure(.notANumber):
            report(BadNumber.notANumber(s.text, field: field, allowPercent: allowPercent, at: node.location))
        }
        return nil
    }

    func money(_ node: Node, field: String) -> Money? {
        guard let n = number(node, field: field, allowPercent: false) else { return nil }
        if n.isNegative {
            report(NegativeMoney.diagnostic(n, field: field, at: node.location))
            return nil
        }
        guard let m = Money(n) else {
            report(MoneyPrecision.diagnostic(n, field: field, at: node.location))
            return nil
        }
        if let d = BadNumber.checkMoneyLimit(m, field: field, at: node.location) {
            report(d)
            return nil
        }
        return m
    }

    /// Ten billion baht: a bound far above any education project, that keeps every sum of satang
    /// inside Int64 (PP206 beyond it).
    static let maximumMoney = Money(satang: 1_000_000_000_000)

    func date(_ node: Node, field: String) -> CalendarDate? {
        guard let s = node.scalar else {
            wrongType(node, field: field, expected: .date)
            return nil
        }
        switch LenientValue.date(s) {
        case .success(let d):
            return d
        case .failure(.noSuchDay):
            report(BadDate.noSuchDay(s.text, at: node.location))
        case .failure(.shortYear(let y)):
            report(BadDate.shortYear(s.text, year: y, at: node.location))
        case .failure(.unreadable):
            report(BadDate.unreadable(s.text, field: field, at: node.location))
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
            report(
                BadEnum.diagnostic(
                    written, field: field, allowed: allowed, guess: guess, help: guide?(Self.catalogPath(field)), at: node.location))
            return nil
        }
        return v
    }

    /// A list of framework codes, each kept with its location.
    func codes(_ node: Node, field: String) -> [LocatedCode] {
        if let s = node.scalar, !node.isNull {
            // A single code written without brackets is a common slip: read it, but say so.
            wrongType(node, field: field, expected: .codes(example: s.text))
            return []
        }
        guard let items = list(node, field: field) else { return [] }
        return items.enumerated().compactMap { i, n in
            text(n, field: "\(field)[\(i + 1)]").map { LocatedCode($0.trimmingCharacters(in: " "), at: n.location) }
        }
    }
}
