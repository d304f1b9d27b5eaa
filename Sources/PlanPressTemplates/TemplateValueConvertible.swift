/// A view that converts itself into the value the encoder would make of it, for the views made
/// for every page of a national build (a project's page, its rows and links): the encoder's
/// `Codable` boxes and generic containers cost a cold national build about a tenth of its CPU.
///
/// A conformance must give exactly what `TemplateEncoder` gives for the same view; a test
/// compares the two for every view of the sample, so a name cannot be mistyped unnoticed.
public protocol TemplateValueConvertible: Encodable {
    /// The view as `encoding` converts it.
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue
}

extension TemplateValueConvertible {
    /// The view converted by the encoder, ignoring the hand-written conversion: what a test
    /// compares that conversion with.
    public func encodedTemplateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        TemplateEncoder(encoding).convert(self)
    }
}

/// An object's fields built by hand with the encoder's rules: texts through `encoding.text`
/// (left out when empty, if the encoding drops empty texts), a `hasName` flag beside each list
/// when the encoding adds them and the view does not set one itself.
public struct TemplateObject {
    public let encoding: TemplateEncoding
    private var fields: [String: TemplateValue]
    private var flags: [(String, Bool)] = []

    public init(_ encoding: TemplateEncoding, capacity: Int = 16) {
        self.encoding = encoding
        fields = Dictionary(minimumCapacity: capacity)
    }

    public mutating func text(_ name: String, _ value: String) {
        if encoding.dropEmptyText, value.isEmpty { return }
        fields[name] = .text(encoding.text(value))
    }

    public mutating func flag(_ name: String, _ value: Bool) {
        fields[name] = .flag(value)
    }

    /// An optional text: absent when nil, as the encoder leaves a nil optional out.
    public mutating func text(_ name: String, _ value: String?) {
        if let value { text(name, value) }
    }

    /// A list of values already converted.
    public mutating func list(_ name: String, _ values: [TemplateValue]) {
        set(name, .list(values))
    }

    /// A list of texts.
    public mutating func texts(_ name: String, _ values: [String]) {
        set(name, .list(values.map { .text(encoding.text($0)) }))
    }

    /// A list of views that convert themselves.
    public mutating func views<View: TemplateValueConvertible>(_ name: String, _ views: [View]) {
        set(name, .list(views.map { $0.templateValue(encoding) }))
    }

    /// A value already converted (shared rows, a figure converted once).
    public mutating func value(_ name: String, _ value: TemplateValue) {
        set(name, value)
    }

    /// The fields of `value` beside this object's, as a `@Flattened` property puts them.
    public mutating func flatten(_ value: TemplateValue) {
        guard case .object(let other) = value else { return }
        for (name, field) in other { set(name, field) }
    }

    private mutating func set(_ name: String, _ value: TemplateValue) {
        fields[name] = value
        if let flag = encoding.listFlag(name, value) { flags.append(flag) }
    }

    /// The object, with the lists' flags the view did not set itself.
    public var value: TemplateValue {
        var out = fields
        for (name, flag) in flags where out[name] == nil { out[name] = .flag(flag) }
        return .object(out)
    }
}
