import PlanPressCore
import PlanPressParse
import PlanPressValidate

/// Reads the typed values of a `report.json` tree that the history needs, and records a located
/// PP802 for every value that is missing or of the wrong kind. Keys it does not read are not
/// looked at: `report.json` may gain keys within version 1.
struct ReportFields {
    /// An object's entries by key, and the name of the object for messages (`units[2].figures`).
    struct Object {
        var node: Node
        var field: String
        var entries: [String: Node]

        subscript(_ key: String) -> Node? { entries[key] }
        func name(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }
    }

    /// The largest count read (a number of projects or units): far above any real report, and
    /// small enough that no sum or difference of counts can overflow.
    static let maximumCount = 1_000_000_000_000
    /// The largest amount read, in satang: every difference of two amounts fits `Int64`.
    static let maximumSatang: Int64 = 1_000_000_000_000_000_000

    private(set) var diagnostics: [Diagnostic] = []

    mutating func report(_ d: Diagnostic) { diagnostics.append(d) }

    static let anObject = LocalizedText(th: "ชุดฟิลด์ (object)", en: "an object")
    static let aList = LocalizedText(th: "รายการ (array)", en: "an array")
    static let aText = LocalizedText(th: "ข้อความ", en: "a text")
    static let aCount = LocalizedText(th: "จำนวนเต็มไม่ติดลบ", en: "a whole number, not negative")
    static let anAmount = LocalizedText(th: "จำนวนเงินไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง", en: "an amount, not negative, with at most two decimals")
    static let aNumber = LocalizedText(th: "ตัวเลข", en: "a number")

    /// The node as an object named `field`; nil (and a PP802) when it is something else.
    mutating func object(_ node: Node, _ field: String) -> Object? {
        guard case .mapping(let list) = node.value else {
            report(
                HistorySchema.wrongType(
                    field.isEmpty ? "report.json" : field, expected: Self.anObject, found: node.kindName, at: node.location))
            return nil
        }
        var entries: [String: Node] = [:]
        for entry in list where entries[entry.key] == nil { entries[entry.key] = entry.value }
        return Object(node: node, field: field, entries: entries)
    }

    /// `key` of `object`; nil (and a PP802 at the object) when it is absent.
    mutating func required(_ object: Object, _ key: String) -> Node? {
        guard let node = object[key] else {
            report(HistorySchema.missing(object.name(key), at: object.node.location))
            return nil
        }
        return node
    }

    /// The object under `key`.
    mutating func object(_ parent: Object, _ key: String) -> Object? {
        required(parent, key).flatMap { object($0, parent.name(key)) }
    }

    /// The array under `key`.
    mutating func array(_ parent: Object, _ key: String) -> [Node]? {
        guard let node = required(parent, key) else { return nil }
        guard case .sequence(let items) = node.value else {
            report(HistorySchema.wrongType(parent.name(key), expected: Self.aList, found: node.kindName, at: node.location))
            return nil
        }
        return items
    }

    /// The text under `key`, required.
    mutating func text(_ parent: Object, _ key: String) -> String? {
        guard let node = required(parent, key) else { return nil }
        guard let s = node.scalar, s.isString else {
            report(HistorySchema.wrongType(parent.name(key), expected: Self.aText, found: node.kindName, at: node.location))
            return nil
        }
        return s.text
    }

    /// The text under `key`, or nil when it is `null` (or absent, where the key is optional).
    mutating func optionalText(_ parent: Object, _ key: String, required: Bool = true) -> String? {
        if required, self.required(parent, key) == nil { return nil }
        guard let node = parent[key], !node.isNull else { return nil }
        guard let s = node.scalar, s.isString else {
            report(HistorySchema.wrongType(parent.name(key), expected: Self.aText, found: node.kindName, at: node.location))
            return nil
        }
        return s.text
    }

    /// A JSON number's exact value; nil (and a PP802 saying `expected`) for anything else.
    mutating func number(_ node: Node, _ field: String, expected: LocalizedText) -> DecimalNumber? {
        guard let s = node.scalar, !s.isString, !node.isNull, s.bool == nil else {
            report(HistorySchema.wrongType(field, expected: expected, found: node.kindName, at: node.location))
            return nil
        }
        guard let n = DecimalNumber(ascii: Substring(s.text)) else {
            report(HistorySchema.badValue(field, s.text, expected: expected, at: node.location))
            return nil
        }
        return n
    }

    /// The count under `key`: a whole number, 0 or more.
    mutating func count(_ parent: Object, _ key: String) -> Int? {
        guard let node = required(parent, key), let n = number(node, parent.name(key), expected: Self.aCount) else { return nil }
        guard let whole = n.scaled(to: 0), whole >= 0, whole <= Self.maximumCount else {
            report(HistorySchema.badValue(parent.name(key), n.description, expected: Self.aCount, at: node.location))
            return nil
        }
        return Int(whole)
    }

    /// The amount under `key`: not negative, at most two decimals (written `1250000.50`).
    mutating func money(_ parent: Object, _ key: String) -> Money? {
        guard let node = required(parent, key), let n = number(node, parent.name(key), expected: Self.anAmount) else { return nil }
        guard let satang = n.scaled(to: 2), satang >= 0, satang <= Self.maximumSatang else {
            report(HistorySchema.badValue(parent.name(key), n.description, expected: Self.anAmount, at: node.location))
            return nil
        }
        return Money(satang: satang)
    }

    /// The number under `key`, or nil when it is `null` (or absent, where the key is optional).
    mutating func optionalNumber(_ parent: Object, _ key: String, required: Bool = true) -> DecimalNumber? {
        if required, self.required(parent, key) == nil { return nil }
        guard let node = parent[key], !node.isNull else { return nil }
        return number(node, parent.name(key), expected: Self.aNumber)
    }

    /// The value under `key` as one of `E`'s raw values, required.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ parent: Object, _ key: String, _: E.Type) -> E? where E.RawValue == String {
        guard let text = text(parent, key) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            report(
                HistorySchema.badValue(
                    parent.name(key), text, expected: LocalizedText(th: "หนึ่งใน \(allowed)", en: "one of \(allowed)"),
                    at: parent[key]?.location ?? parent.node.location))
            return nil
        }
        return value
    }
}
