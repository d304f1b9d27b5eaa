@testable import PlanPressCore
@testable import PlanPressPresentation
@testable import PlanPressTemplates

// How views were converted when they were `[String: Any]` trees, before they were typed
// (`TemplateValue(encoding:_:)`): kept as the reference `TemplateEncoderTests` compares the typed
// conversion with, and as a quick way to build values for the engine's own tests.

extension TemplateValue {
    /// A view converted for the site's and the booklet's templates: every text shown as
    /// `BidiIsolation.display` shows it, and beside every list `name` a flag `hasName` telling
    /// whether it has items (Mustache has no "non-empty" test of its own). With `dropEmptyText`,
    /// empty texts are left out of objects, so that a section `{{#note}}` means "has a note".
    ///
    /// Lists whose items are neither all objects nor all texts are kept as they are (their items
    /// neither isolated nor given `has` flags), as the views' mixed lists always were.
    ///
    /// With `parallel`, long lists of objects (the booklet's thousands of projects) are converted
    /// on every core, in order.
    init(view: Any, dropEmptyText: Bool = false, parallel: Bool = false) {
        guard parallel, let dict = view as? [String: Any] else {
            self = Self.convert(view, decorate: true, dropEmpty: dropEmptyText)
            return
        }
        self = Self.object(dict, decorate: true, dropEmpty: dropEmptyText, parallel: true)
    }

    package static func convert(_ value: Any, decorate: Bool, dropEmpty: Bool, parallel: Bool = false) -> TemplateValue {
        // The common types are told apart by their exact type, which costs one comparison; the
        // rest go through the general casts below.
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == stringType { return .text(text(value as! String, decorate)) }
        if type == viewType { return object(value as! [String: Any], decorate: decorate, dropEmpty: dropEmpty, parallel: parallel) }
        if type == viewListType {
            let items = value as! [[String: Any]]
            if parallel, items.count >= 64 {
                // Views are fresh trees of value types, read only here: safe to share between threads.
                let box = Unchecked(items)
                return .list(
                    Parallel.map(Array(items.indices)) { i in
                        Unchecked(object(box.value[i], decorate: decorate, dropEmpty: dropEmpty, parallel: false))
                    }.map(\.value))
            }
            return .list(items.map { object($0, decorate: decorate, dropEmpty: dropEmpty, parallel: parallel) })
        }
        if type == stringListType { return .list((value as! [String]).map { .text(text($0, decorate)) }) }
        if type == boolType { return .flag(value as! Bool) }
        if type == stringDictType {
            return object((value as! [String: String]).mapValues { $0 as Any }, decorate: decorate, dropEmpty: dropEmpty)
        }
        if type == stringDictListType {
            let items = value as! [[String: String]]
            return .list(items.map { object($0.mapValues { $0 as Any }, decorate: decorate, dropEmpty: dropEmpty) })
        }
        if type == intType { return .text(String(value as! Int)) }
        // Values converted before (rows that many pages share) are used as they are.
        if type == valueType { return value as! TemplateValue }
        if type == valueListType { return .list(value as! [TemplateValue]) }
        if type == lazyViewsType {
            let views = value as! UntypedLazyViews
            return .lazyList(
                LazyItems(count: views.count) { i in object(views.make(i), decorate: decorate, dropEmpty: dropEmpty) })
        }
        return general(value, decorate: decorate, dropEmpty: dropEmpty)
    }

    package static let stringType = ObjectIdentifier(String.self)
    package static let viewType = ObjectIdentifier([String: Any].self)
    package static let viewListType = ObjectIdentifier([[String: Any]].self)
    package static let stringListType = ObjectIdentifier([String].self)
    package static let boolType = ObjectIdentifier(Bool.self)
    package static let stringDictType = ObjectIdentifier([String: String].self)
    package static let stringDictListType = ObjectIdentifier([[String: String]].self)
    package static let intType = ObjectIdentifier(Int.self)
    package static let valueType = ObjectIdentifier(TemplateValue.self)
    package static let valueListType = ObjectIdentifier([TemplateValue].self)
    package static let lazyViewsType = ObjectIdentifier(UntypedLazyViews.self)

    /// Any other type, by Swift's casts: optionals are unwrapped (nil is no value at all), lists
    /// of objects or of texts are converted like `[[String: Any]]` and `[String]`.
    package static func general(_ value: Any, decorate: Bool, dropEmpty: Bool) -> TemplateValue {
        if let text = value as? String { return .text(Self.text(text, decorate)) }
        if let dict = value as? [String: Any] { return object(dict, decorate: decorate, dropEmpty: dropEmpty) }
        if let list = value as? [[String: Any]] { return .list(list.map { object($0, decorate: decorate, dropEmpty: dropEmpty) }) }
        if let list = value as? [String] { return .list(list.map { .text(Self.text($0, decorate)) }) }
        if let list = value as? [Any] {
            return .list(list.compactMap { wrapped($0).map { convert($0, decorate: false, dropEmpty: false) } })
        }
        if let flag = value as? Bool { return .flag(flag) }
        return .text(String(describing: value))
    }

    /// The value an optional holds, nil for an empty optional, the value itself otherwise.
    package static func wrapped(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedAny
    }

    package static func text(_ s: String, _ decorate: Bool) -> String {
        decorate ? BidiIsolation.display(s) : s
    }

    package static func object(_ dict: [String: Any], decorate: Bool, dropEmpty: Bool, parallel: Bool = false) -> TemplateValue {
        var out = [String: TemplateValue](minimumCapacity: decorate ? dict.count * 2 : dict.count)
        var flags: [(String, Bool)] = []
        for (key, raw) in dict {
            let type = ObjectIdentifier(Swift.type(of: raw))
            // An empty optional is no value: the key is absent, as if never set.
            let value: Any
            if type == stringType || type == viewType || type == boolType || type == viewListType || type == stringListType
                || type == valueListType || type == lazyViewsType
            {
                value = raw
            } else if let unwrapped = wrapped(raw) {
                value = unwrapped
            } else {
                continue
            }
            if dropEmpty, ObjectIdentifier(Swift.type(of: value)) == stringType, (value as! String).isEmpty { continue }
            let converted = convert(value, decorate: decorate, dropEmpty: dropEmpty, parallel: parallel)
            out[key] = converted
            if decorate, let first = key.first {
                switch converted {
                case .list(let items): flags.append(("has" + first.uppercased() + key.dropFirst(), !items.isEmpty))
                case .lazyList(let list): flags.append(("has" + first.uppercased() + key.dropFirst(), list.count > 0))
                default: break
                }
            }
        }
        // A flag the view sets itself is kept.
        for (name, flag) in flags where out[name] == nil { out[name] = .flag(flag) }
        return .object(out)
    }
}

/// A list of views in a view model that are built only when the list is rendered: converted
/// like `[[String: Any]]`, item by item, on the core that renders the item. `make` builds a
/// fresh view each call (views are trees of value types, never shared while built), so it may
/// run on any thread.
typealias UntypedLazyViews = LazyItems<[String: Any]>

/// Lets `TemplateValue` see through an `Optional` held in an `Any`.
package protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    package var wrappedAny: Any? { self.map { $0 as Any } }
}
