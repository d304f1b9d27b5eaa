import PlanPressCore

/// A node of a parsed YAML or JSON document, with the location of its first character.
///
/// YAML and JSON both become this one tree, so validation is written once. Scalars keep their
/// text as written; whether it is a number, a date or a string is decided by the field's rule.
public struct Node: Sendable {
    public enum Value: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Entry])
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The scalar, when the node is one.
    public var scalar: Scalar? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    /// True for YAML's null forms (`~`, `null`, empty) and JSON's `null`.
    public var isNull: Bool {
        guard let s = scalar, !s.isString else { return false }
        // The null forms are ASCII, and no other text is canonically equal to one: longer texts
        // are answered by their byte count, without a Unicode comparison.
        guard s.text.utf8.count <= 4 else { return false }
        switch s.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A word for the node's kind, for "wrong type" messages.
    public var kindName: LocalizedText {
        switch value {
        case .mapping: return .init(th: "map (ชุดฟิลด์)", en: "a map")
        case .sequence: return .init(th: "รายการ (list)", en: "a list")
        case .scalar(let s):
            if isNull { return .init(th: "ค่าว่าง", en: "null") }
            return .init(th: "ข้อความ \"\(s.text)\"", en: "the value \"\(s.text)\"")
        }
    }
}

/// A scalar's text and whether the author marked it as a string (quotes, block scalar, JSON string).
public struct Scalar: Sendable, Hashable {
    public var text: String
    /// Quoted or block scalars in YAML and strings in JSON: never read as null, bool or number.
    public var isString: Bool

    public init(_ text: String, isString: Bool) {
        self.text = text
        self.isString = isString
    }

    /// YAML 1.2 core schema booleans, and JSON's `true`/`false`.
    public var bool: Bool? {
        guard !isString, text.utf8.count <= 5 else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }
}

/// One `key: value` pair of a mapping; the key is always text.
public struct Entry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: Node

    public init(key: String, keyLocation: SourceLocation, value: Node) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
