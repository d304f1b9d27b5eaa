/// A parsed Mustache template: text, variables, sections, inverted sections and partials.
///
/// Our own engine, because rendering was most of a build: it renders the typed `TemplateValue`
/// into bytes, escaping with the same five entities as `XMLText.escape`. It reads templates as
/// swift-mustache 2.1.1 did (same standalone-line rules, same lookups), and the site and booklet
/// it renders are byte for byte the ones that library rendered (`TemplateEngineTests`).
/// Not supported, and refused when parsed: lambdas, transforms `name(x)`, dynamic partials
/// `{{>*x}}`, inheritance `{{<x}}` / `{{$x}}`, and pragmas other than `CONTENT_TYPE`.
public struct Template: Sendable {
    package enum Node: Sendable {
        case text([UInt8])
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, Template, inverted: Bool)
        /// A partial, with the indentation of its line when the tag stands alone on it.
        case partial(String, indentation: [UInt8]?)
    }

    package var nodes: [Node]

    /// Parses `text`; a `TemplateError` names the line.
    public init(_ text: String, name: String = "template") throws {
        var parser = TemplateParser(text, name: name)
        self = try parser.parseAll()
    }

    package init(nodes: [Node]) {
        self.nodes = nodes
    }
}

/// A variable or section name: `.` (the current value), `a.b.c` (looked up through the stack of
/// open sections, then into the value found), or `.a` (the current value only).
package struct TemplateName: Sendable, Equatable {
    package var parts: [String]
    package var isCurrent: Bool
    package var isAnchored: Bool

    package init(_ raw: String) {
        isCurrent = raw == "."
        isAnchored = raw.first == "." && raw != "."
        parts = raw.split(separator: ".").map(String.init)
    }
}
