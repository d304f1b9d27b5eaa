import PlanPressCore

/// How a typed view model becomes the `TemplateValue` a template reads: its stored properties
/// are the names the template uses (so a name in Swift cannot be mistyped), texts pass through
/// `text`, and the rest is the channel's choice.
///
/// The conversion is the view's `Encodable` conformance, written by the compiler. A `String` is
/// a text, a `Bool` a flag, an `Int` its decimal digits, an array a list, a struct or a
/// `[String: String]` an object, a nil optional no value at all (the name is absent, so a
/// section over it does not render). A `TemplateValue` is used as it is (rows shared by many
/// pages, converted once), a `LazyViews` is a list made only when rendered, and a property
/// marked `@Flattened` puts its own fields beside the view's.
public struct TemplateEncoding: Sendable {
    /// What every text becomes (the channels isolate bidirectional runs).
    public var text: @Sendable (String) -> String
    /// Beside every list `name`, a flag `hasName` telling whether it has items (Mustache has no
    /// "non-empty" test of its own); a flag the view sets itself is kept.
    public var listFlags: Bool
    /// Empty texts are left out of objects, so that a section `{{#note}}` means "has a note".
    public var dropEmptyText: Bool
    /// Long lists of objects are converted on every core, in order.
    public var parallel: Bool

    public init(
        text: @escaping @Sendable (String) -> String = { $0 }, listFlags: Bool = false, dropEmptyText: Bool = false,
        parallel: Bool = false
    ) {
        self.text = text
        self.listFlags = listFlags
        self.dropEmptyText = dropEmptyText
        self.parallel = parallel
    }
}

extension TemplateValue {
    /// `view` converted as `encoding` says.
    public init<View: Encodable>(encoding view: View, _ encoding: TemplateEncoding) {
        self = TemplateEncoder.value(of: view, encoding)
    }
}

/// A list of views made only when the list is rendered, item by item, on the core that renders
/// the item: `make` builds a fresh view each call, so it may run on any thread.
public struct LazyViews<View: Encodable>: Encodable, Sendable {
    public let items: LazyItems<View>

    public init(count: Int, make: @escaping @Sendable (Int) -> View) {
        items = LazyItems(count: count, make: make)
    }

    public var count: Int { items.count }

    /// Never called: `TemplateEncoder` converts the list itself, lazily.
    public func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        for i in 0..<items.count { try list.encode(items.make(i)) }
    }
}

/// A property whose own fields stand beside those of the view that holds it (`figures` shared
/// by many rows, each row adding its own names).
@propertyWrapper
public struct Flattened<View: Encodable>: Encodable {
    public var wrappedValue: View

    public init(wrappedValue: View) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

extension Flattened: Sendable where View: Sendable {}

/// What `TemplateEncoder` recognises among the values it is given, without knowing their types.
private protocol LazyViewList {
    func lazyValue(_ encoding: TemplateEncoding) -> TemplateValue
}

extension LazyViews: LazyViewList {
    func lazyValue(_ encoding: TemplateEncoding) -> TemplateValue {
        let items = self.items
        return .lazyList(LazyItems(count: items.count) { i in TemplateEncoder.value(of: items.make(i), encoding) })
    }
}

private protocol FlattenedView {
    func fields(_ encoding: TemplateEncoding) -> [String: TemplateValue]
}

extension Flattened: FlattenedView {
    func fields(_ encoding: TemplateEncoding) -> [String: TemplateValue] {
        guard case .object(let fields) = TemplateEncoder.value(of: wrappedValue, encoding) else { return [:] }
        return fields
    }
}

private protocol ViewList {
    /// The items converted on every core, in order; nil when the list is short.
    func parallelValue(_ encoding: TemplateEncoding) -> TemplateValue?
}

extension Array: ViewList where Element: Encodable {
    func parallelValue(_ encoding: TemplateEncoding) -> TemplateValue? {
        guard count >= 64 else { return nil }
        // Views are fresh trees of value types, read only here: safe to share between threads.
        let box = Unchecked(self)
        var each = encoding
        each.parallel = false
        let serial = each
        return .list(
            Parallel.map([Int](indices)) { i in Unchecked(TemplateEncoder.value(of: box.value[i], serial)) }.map(\.value))
    }
}

/// The `Encoder` behind `TemplateValue(encoding:_:)`: builds the value tree directly, with no
/// intermediate representation.
final class TemplateEncoder: Encoder {
    let encoding: TemplateEncoding
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was encoded: one value, an object's fields or a list's items.
    private var result: Result = .none

    private enum Result {
        case none
        case value(TemplateValue)
        case object(ObjectFields)
        case list(ListItems)
    }

    init(_ encoding: TemplateEncoding) {
        self.encoding = encoding
    }

    /// `view` converted.
    static func value<View: Encodable>(of view: View, _ encoding: TemplateEncoding) -> TemplateValue {
        if let value = special(view, encoding) { return value }
        let encoder = TemplateEncoder(encoding)
        // Our containers never throw; a view's own `encode(to:)` that throws renders as nothing.
        try? view.encode(to: encoder)
        return encoder.finish()
    }

    /// The values converted otherwise than through their `encode(to:)`.
    private static func special<View: Encodable>(_ view: View, _ encoding: TemplateEncoding) -> TemplateValue? {
        if let value = view as? TemplateValue { return value }
        if let values = view as? [TemplateValue] { return .list(values) }
        if let lazy = view as? any LazyViewList { return lazy.lazyValue(encoding) }
        if encoding.parallel, let list = view as? any ViewList { return list.parallelValue(encoding) }
        return nil
    }

    private func finish() -> TemplateValue {
        switch result {
        case .none: return .object([:])
        case .value(let value): return value
        case .object(let fields): return fields.value(encoding)
        case .list(let items): return .list(items.values)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let fields: ObjectFields
        if case .object(let existing) = result {
            fields = existing
        } else {
            fields = ObjectFields()
            result = .object(fields)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, fields: fields))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let items = ListItems()
        result = .list(items)
        return UnkeyedContainer(encoder: self, items: items)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }

    fileprivate func set(_ value: TemplateValue) {
        result = .value(value)
    }

    /// An object's fields as they are encoded, and the `has` flags of its lists.
    final class ObjectFields {
        var fields: [String: TemplateValue] = [:]
        var flags: [(String, Bool)] = []

        func value(_ encoding: TemplateEncoding) -> TemplateValue {
            for (name, flag) in flags where fields[name] == nil { fields[name] = .flag(flag) }
            return .object(fields)
        }

        func add(_ key: String, _ value: TemplateValue, _ encoding: TemplateEncoding) {
            fields[key] = value
            guard encoding.listFlags, let first = key.first else { return }
            switch value {
            case .list(let items): flags.append(("has" + first.uppercased() + key.dropFirst(), !items.isEmpty))
            case .lazyList(let list): flags.append(("has" + first.uppercased() + key.dropFirst(), list.count > 0))
            default: break
            }
        }
    }

    final class ListItems {
        var values: [TemplateValue] = []
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TemplateEncoder
        let fields: ObjectFields
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}

        mutating func encode(_ value: String, forKey key: Key) {
            if encoder.encoding.dropEmptyText, value.isEmpty { return }
            fields.add(key.stringValue, .text(encoder.encoding.text(value)), encoder.encoding)
        }

        mutating func encode(_ value: Bool, forKey key: Key) {
            fields.add(key.stringValue, .flag(value), encoder.encoding)
        }

        mutating func encode(_ value: Int, forKey key: Key) {
            fields.add(key.stringValue, .text(String(value)), encoder.encoding)
        }

        mutating func encode(_ value: Double, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: Float, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: Int8, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: Int16, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: Int32, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: Int64, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: UInt, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: UInt8, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: UInt16, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: UInt32, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }
        mutating func encode(_ value: UInt64, forKey key: Key) { fields.add(key.stringValue, .text(String(value)), encoder.encoding) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            // A dictionary's values come here, not to the overloads above.
            if T.self == String.self { return encode(value as! String, forKey: key) }
            if let flattened = value as? any FlattenedView {
                for (name, field) in flattened.fields(encoder.encoding) { fields.add(name, field, encoder.encoding) }
                return
            }
            fields.add(key.stringValue, TemplateEncoder.value(of: value, encoder.encoding), encoder.encoding)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("views encode nested values as values")
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            preconditionFailure("views encode nested values as values")
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: TemplateEncoder
        let items: ListItems
        var codingPath: [any CodingKey] { [] }
        var count: Int { items.values.count }

        mutating func encodeNil() {}

        mutating func encode(_ value: String) {
            items.values.append(.text(encoder.encoding.text(value)))
        }

        mutating func encode(_ value: Bool) {
            items.values.append(.flag(value))
        }

        mutating func encode(_ value: Int) {
            items.values.append(.text(String(value)))
        }

        mutating func encode(_ value: Double) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: Float) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: Int8) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: Int16) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: Int32) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: Int64) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: UInt) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: UInt8) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: UInt16) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: UInt32) { items.values.append(.text(String(value))) }
        mutating func encode(_ value: UInt64) { items.values.append(.text(String(value))) }

        mutating func encode<T: Encodable>(_ value: T) {
            items.values.append(TemplateEncoder.value(of: value, encoder.encoding))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("views encode nested values as values")
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            preconditionFailure("views encode nested values as values")
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let encoder: TemplateEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() {}
        mutating func encode(_ value: String) { encoder.set(.text(encoder.encoding.text(value))) }
        mutating func encode(_ value: Bool) { encoder.set(.flag(value)) }
        mutating func encode(_ value: Int) { encoder.set(.text(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.set(TemplateEncoder.value(of: value, encoder.encoding)) }
        mutating func encode(_ value: Double) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: Float) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: Int8) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: Int16) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: Int32) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: Int64) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: UInt) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: UInt8) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: UInt16) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: UInt32) { encoder.set(.text(String(value))) }
        mutating func encode(_ value: UInt64) { encoder.set(.text(String(value))) }
    }
}

extension TemplateValue: Encodable {
    /// The tree as plain values (texts, flags, lists, objects); `TemplateEncoder` takes a
    /// `TemplateValue` as it is instead.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .flag(let flag):
            var single = encoder.singleValueContainer()
            try single.encode(flag)
        case .list(let items):
            var single = encoder.singleValueContainer()
            try single.encode(items)
        case .lazyList(let list):
            var single = encoder.singleValueContainer()
            try single.encode((0..<list.count).map(list.make))
        case .object(let fields):
            var single = encoder.singleValueContainer()
            try single.encode(fields)
        }
    }
}
