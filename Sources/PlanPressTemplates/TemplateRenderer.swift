import PlanPressCore

/// One rendering: the stack of values the open sections entered, written into a byte buffer.
package struct TemplateRenderer: Sendable {
    package let library: TemplateLibrary
    package var stack: [TemplateValue]
    /// Whether long lists may be rendered on every core (never inside an item already so rendered).
    package var parallel = false
    /// Where the page's bytes go as a long list adds them (see `TemplateLibrary.render(_:withTemplate:flush:)`).
    package var flush: Flush?

    /// Hands written bytes on and empties the buffer; called by the thread that owns the page only.
    package final class Flush: @unchecked Sendable {
        package let body: (inout [UInt8]) -> Void
        /// How many bytes to gather before handing them on.
        package let every: Int
        package init(every: Int, _ body: @escaping (inout [UInt8]) -> Void) {
            self.every = every
            self.body = body
        }
    }

    package mutating func render(_ template: Template, indentation: [UInt8]?, into out: inout [UInt8]) {
        guard let indentation, !indentation.isEmpty else {
            for node in template.nodes { render(node, indentation: nil, into: &out) }
            return
        }
        // Inside a partial that stood alone on an indented line: every line this template starts
        // gets the indentation, as swift-mustache did (per node, only when the node writes something).
        let start = out.count
        for node in template.nodes {
            let before = out.count
            render(node, indentation: indentation, into: &out)
            guard out.count > before, before > start, out[before - 1] == 0x0A else { continue }
            // A "\r\n" that this template wrote is one line end that is not "\n".
            if before - 2 >= start, out[before - 2] == 0x0D { continue }
            out.insert(contentsOf: indentation, at: before)
        }
    }

    private mutating func render(_ node: Template.Node, indentation: [UInt8]?, into out: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = lookup(name) else { return }
            switch value {
            case .text(let s): escaped ? Self.escape(s, into: &out) : out.append(contentsOf: s.utf8)
            case .flag(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .list, .lazyList, .object: break
            }
        case .section(let name, let body, let inverted):
            let value = lookup(name)
            if inverted {
                if !(value?.isTruthy ?? false) { render(body, indentation: indentation, into: &out) }
                return
            }
            guard let value else { return }
            switch value {
            case .flag(let b):
                if b { render(body, indentation: indentation, into: &out) }
            case .list(let items):
                if parallel, indentation == nil, items.count >= 64 {
                    renderInParallel(count: items.count, { items[$0] }, body, into: &out)
                    return
                }
                for item in items {
                    stack.append(item)
                    render(body, indentation: indentation, into: &out)
                    stack.removeLast()
                }
            case .lazyList(let list):
                if parallel, indentation == nil, list.count >= 64 {
                    renderInParallel(count: list.count, list.make, body, into: &out)
                    return
                }
                for i in 0..<list.count {
                    stack.append(list.make(i))
                    render(body, indentation: indentation, into: &out)
                    stack.removeLast()
                }
            case .text, .object:
                stack.append(value)
                render(body, indentation: indentation, into: &out)
                stack.removeLast()
            }
        case .partial(let name, let own):
            guard let template = library.templates[name] else { return }
            let combined: [UInt8]? = own.map { (indentation ?? []) + $0 } ?? indentation
            render(template, indentation: combined, into: &out)
        }
    }

    /// A section over a long list: chunks of items rendered on every core, appended in order a
    /// window at a time (so a long list's parts are not all held besides the page they join).
    /// `item(i)` is called on the core that renders item `i`.
    private func renderInParallel(
        count: Int, _ item: @Sendable (Int) -> TemplateValue, _ body: Template, into out: inout [UInt8]
    ) {
        var serial = self
        serial.parallel = false
        serial.flush = nil
        let worker = serial
        Parallel.stream(
            runsOf: count,
            { run in
                var renderer = worker
                var part: [UInt8] = []
                for i in run {
                    renderer.stack.append(item(i))
                    renderer.render(body, indentation: nil, into: &part)
                    renderer.stack.removeLast()
                }
                return part
            },
            consume: { part in
                out.append(contentsOf: part)
                // Only where no indentation is pending (see `render(_:indentation:into:)`) is it safe
                // to hand the page on: a list is rendered on every core only there.
                if let flush, out.count >= flush.every { flush.body(&out) }
            })
    }

    /// The value of `name`: its first part is looked up from the innermost open section outwards,
    /// the rest inside the value found.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        if name.isCurrent { return stack.last }
        guard let first = name.parts.first else { return nil }
        var value: TemplateValue?
        if name.isAnchored {
            value = Self.child(first, of: stack[stack.count - 1])
        } else {
            for candidate in stack.reversed() {
                if let found = Self.child(first, of: candidate) {
                    value = found
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            guard let current = value else { return nil }
            value = Self.child(part, of: current)
        }
        return value
    }

    private static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        if case .object(let dict) = value { return dict[name] }
        return nil
    }

    /// `XMLText.escape`, written straight into the page.
    package static func escape(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { buffer in
            var runStart = 0
            for (k, b) in buffer.enumerated() {
                let entity: StaticString
                switch b {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<k]))
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                runStart = k + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
    }
}
