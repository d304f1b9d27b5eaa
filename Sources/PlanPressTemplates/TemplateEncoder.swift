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

extension TemplateEncoding {
    /// The `hasName` flag beside a list `name` (whether it has items), when the encoding adds them.
    func listFlag(_ name: String, _ value: TemplateValue) -> (String, Bool)? {
        guard listFlags, let first = name.first else { return nil }
        let flag = "has" + first.uppercased() + name.dropFirst()
        switch value {
        case .list(let items): return (flag, !items.isEmpty)
        case .lazyList(let list): return (flag, list.count > 0)
        default: return nil
        }
    }
}

extension TemplateValue {
    /// `view` converted as `encoding` says.
    public init<View: Encodable>(encoding view: View, _ encoding: TemplateEncoding) {
        self = TemplateEncoder.value(of: view, encoding)
    }

    /// `view` converted by its own conversion.
    public init<View: TemplateValueConvertible>(encoding view: View, _ encoding: TemplateEncoding) {
        self = view.templateValue(encoding)
    }
}

/// A list of views made only when the list is rendered, item by item, on the core that renders
/// the item: `make` builds a fresh view each call, so it may run on any thread.
public struct LazyViews<View: Encodable & SendableMetatype>: Encodable, Sendable {
    public let items: LazyItems<View>

    public init(count: Int, make: @escaping @Sendable (Int) -> View) {
        items = LazyItems(count: count, make: make)
    }

    public var count: Int { items.count }

    /// To `TemplateEncoder`, a list converted item by item when rendered (each item on its own,
    /// as the core that renders it converts it); to any other encoder, the list of its items.
    public func encode(to encoder: any Encoder) throws {
        if let ours = encoder as? TemplateEncoder {
            let items = self.items
            var each = ours.encoding
            each.parallel = false
            let serial = each
            ours.set(.lazyList(LazyItems(count: items.count) { i in TemplateEncoder.value(of: items.make(i), serial) }))
            return
        }
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
        (encoder as? TemplateEncoder)?.flattenCurrent()
        try wrappedValue.encode(to: encoder)
    }
}

extension Flattened: Sendable where View: Sendable {}

/// A list `TemplateEncoder` may convert on every core.
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
        // The conversion of one item, made here so that the closure run on every core holds no type.
        let convert = Unchecked({ (i: Int) in TemplateEncoder.value(of: box.value[i], serial) })
        return .list(Parallel.map([Int](indices)) { i in Unchecked(convert.value(i)) }.map(\.value))
    }
}

/// The `Encoder` behind `TemplateValue(encoding:_:)`: builds the value tree directly, with no
/// intermediate representation. One encoder converts a whole tree: each value being converted
/// is a slot on a stack, and the objects and lists still open are stacks of their own, so a
/// nested view costs no encoder, no box and no copy of its parent's fields.
public final class TemplateEncoder: Encoder {
    let encoding: TemplateEncoding
    public var codingPath: [any CodingKey] { [] }
    public var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// What each value being converted has become so far, innermost last.
    private var slots: [Slot] = []
    /// Beside each slot: whether its value is `@Flattened`.
    private var flattenedSlots: [Bool] = []
    /// The objects and lists still open, innermost last.
    private var objects: [ObjectFrame] = []
    private var lists: [[TemplateValue]] = []
    /// Set when the value just converted was `@Flattened`.
    private var lastWasFlattened = false

    private enum Slot {
        case none
        case value(TemplateValue)
        case object(Int)
        case list(Int)
    }

    /// An object's fields as they are encoded, and the `has` flags of its lists.
    struct ObjectFrame {
        var fields: [String: TemplateValue] = [:]
        var flags: [(String, Bool)] = []
    }

    init(_ encoding: TemplateEncoding) {
        self.encoding = encoding
    }

    /// `view` converted.
    static func value<View: Encodable>(of view: View, _ encoding: TemplateEncoding) -> TemplateValue {
        if let convertible = view as? any TemplateValueConvertible { return convertible.templateValue(encoding) }
        return TemplateEncoder(encoding).convert(view)
    }

    /// `view` converted by this encoder: a slot of its own, closed when it is done.
    func convert<View: Encodable>(_ view: View) -> TemplateValue {
        if View.self == String.self { return .text(encoding.text(view as! String)) }
        if encoding.parallel, let list = view as? any ViewList, let value = list.parallelValue(encoding) { return value }
        slots.append(.none)
        flattenedSlots.append(false)
        // Our containers never throw; a view's own `encode(to:)` that throws renders as nothing.
        try? view.encode(to: self)
        lastWasFlattened = flattenedSlots.removeLast()
        let slot = slots.removeLast()
        // A flattened view written straight into its parent's object: nothing left to add.
        if lastWasFlattened, case .object(let i) = slot, case .object(let parent)? = slots.last, i == parent { return .object([:]) }
        return close(slot)
    }

    private func close(_ slot: Slot) -> TemplateValue {
        switch slot {
        case .none: return .object([:])
        case .value(let value): return value
        case .object:
            var frame = objects.removeLast()
            for (name, flag) in frame.flags where frame.fields[name] == nil { frame.fields[name] = .flag(flag) }
            return .object(frame.fields)
        case .list: return .list(lists.removeLast())
        }
    }

    /// Marks the value being converted as `@Flattened`: its fields go beside its parent's, written
    /// straight into the parent's object when the parent is one (else converted and added).
    func flattenCurrent() {
        flattenedSlots[flattenedSlots.count - 1] = true
        if slots.count >= 2, case .object(let parent) = slots[slots.count - 2] { slots[slots.count - 1] = .object(parent) }
    }

    fileprivate func set(_ value: TemplateValue) {
        slots[slots.count - 1] = .value(value)
    }

    public func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let index: Int
        switch slots.last {
        case .object(let i)?:
            index = i
        default:
            objects.append(ObjectFrame())
            index = objects.count - 1
            slots[slots.count - 1] = .object(index)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, index: index))
    }

    public func unkeyedContainer() -> any UnkeyedEncodingContainer {
        lists.append([])
        slots[slots.count - 1] = .list(lists.count - 1)
        return UnkeyedContainer(encoder: self, index: lists.count - 1)
    }

    public func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }

    /// Adds a field to the open object `index`, and the `has` flag of a list.
    fileprivate func add(_ key: String, _ value: TemplateValue, to index: Int) {
        objects[index].fields[key] = value
        if let flag = encoding.listFlag(key, value) { objects[index].flags.append(flag) }
    }

    /// Converts a field's value; a `@Flattened` one adds its fields to the open object `index`.
    fileprivate func addConverted<T: Encodable>(_ value: T, forKey key: String, to index: Int) {
        let converted = convert(value)
        guard lastWasFlattened else { return add(key, converted, to: index) }
        lastWasFlattened = false
        guard case .object(let fields) = converted else { return }
        for (name, field) in fields { add(name, field, to: index) }
    }

    /// How many items the open list `index` holds.
    fileprivate func listCount(_ index: Int) -> Int {
        lists[index].count
    }

    fileprivate func append(_ value: TemplateValue, to index: Int) {
        lists[index].append(value)
    }

    // The containers live only inside the encoder's own `encode(to:)` call, so they hold it
    // without counting a reference (a counted `unowned` cost 1% of a national build's CPU).
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        unowned(unsafe) let encoder: TemplateEncoder
        let index: Int
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}

        mutating func encode(_ value: String, forKey key: Key) {
            if encoder.encoding.dropEmptyText, value.isEmpty { return }
            encoder.add(key.stringValue, .text(encoder.encoding.text(value)), to: index)
        }

        mutating func encode(_ value: Bool, forKey key: Key) {
            encoder.add(key.stringValue, .flag(value), to: index)
        }

        mutating func encode(_ value: Int, forKey key: Key) {
            encoder.add(key.stringValue, .text(String(value)), to: index)
        }

        mutating func encode(_ value: Double, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: Float, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: Int8, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: Int16, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: Int32, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: Int64, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: UInt, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: UInt8, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: UInt16, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: UInt32, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }
        mutating func encode(_ value: UInt64, forKey key: Key) { encoder.add(key.stringValue, .text(String(value)), to: index) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            // A dictionary's values come here, not to the overloads above.
            if T.self == String.self { return encode(value as! String, forKey: key) }
            encoder.addConverted(value, forKey: key.stringValue, to: index)
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
        unowned(unsafe) let encoder: TemplateEncoder
        let index: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoder.listCount(index) }

        mutating func encodeNil() {}

        mutating func encode(_ value: String) {
            encoder.append(.text(encoder.encoding.text(value)), to: index)
        }

        mutating func encode(_ value: Bool) {
            encoder.append(.flag(value), to: index)
        }

        mutating func encode(_ value: Int) {
            encoder.append(.text(String(value)), to: index)
        }

        mutating func encode(_ value: Double) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: Float) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: Int8) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: Int16) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: Int32) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: Int64) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: UInt) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: UInt8) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: UInt16) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: UInt32) { encoder.append(.text(String(value)), to: index) }
        mutating func encode(_ value: UInt64) { encoder.append(.text(String(value)), to: index) }

        mutating func encode<T: Encodable>(_ value: T) {
            // An array's items come here, not to the overloads above.
            if T.self == String.self { return encode(value as! String) }
            encoder.append(encoder.convert(value), to: index)
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
        unowned(unsafe) let encoder: TemplateEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() {}
        mutating func encode(_ value: String) { encoder.set(.text(encoder.encoding.text(value))) }
        mutating func encode(_ value: Bool) { encoder.set(.flag(value)) }
        mutating func encode(_ value: Int) { encoder.set(.text(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.set(encoder.convert(value)) }
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
    /// To `TemplateEncoder`, the value as it is (rows shared by many pages, converted once); to
    /// any other encoder, the tree as plain values (texts, flags, lists, objects).
    public func encode(to encoder: any Encoder) throws {
        if let ours = encoder as? TemplateEncoder { return ours.set(self) }
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
