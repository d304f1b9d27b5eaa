import PlanPressCore

/// Writes an `XMLEngine.Element` tree as the bytes `XMLEngine.serialize` gets from libxml2
/// 2.9's `xmlDocDumpFormatMemoryEnc(…, "UTF-8", 1)`, straight into one buffer: no C tree is built
/// and no lock is taken. `XMLWriterTests` compares the two on the real report and on random trees
/// (the C serializer stays as the reference), and the build still validates the result with
/// libxml2 against `report.xsd`.
///
/// libxml2's rules, as applied here: an XML declaration with version and encoding; each
/// processing instruction before the root as `<?target content?>` and a line end; the root with
/// its namespace before its attributes; an element without children as `<name …/>`; children
/// indented by two spaces per level (at most 30 levels) on lines of their own, unless the element
/// holds text, in which case nothing inside it is indented; text escaped `& < >` and CR, attribute
/// values `& < > "` and tab, LF, CR (as character references), everything else as it is; text and
/// attribute values first cleaned of what XML cannot hold (`XMLEngine.clean`), and empty text
/// adding no text node.
package enum XMLWriter {
    package typealias Element = XMLEngine.Element

    /// `root` as a document. `tail` appends fragments made by `fragment(_:level: 1)` after the
    /// root's own children (the root must hold no text).
    package static func document(
        _ root: Element, namespace: String, instructions: [(String, String)] = [], tail: ((inout [UInt8]) -> Void)? = nil
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        write(root, namespace: namespace, instructions: instructions, tail: tail, into: &out)
        return out
    }

    /// `document`, written into `out` (which `tail` may hand on and empty as it goes).
    package static func write(
        _ root: Element, namespace: String, instructions: [(String, String)], tail: ((inout [UInt8]) -> Void)?,
        into out: inout [UInt8]
    ) {
        out.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
        out.append(0x0A)
        for (target, content) in instructions {
            out.append(contentsOf: "<?".utf8)
            out.append(contentsOf: target.utf8)
            out.append(0x20)
            out.append(contentsOf: content.utf8)
            out.append(contentsOf: "?>".utf8)
            out.append(0x0A)
        }
        write(root, level: 0, format: true, namespace: namespace, tail: tail, &out)
        out.append(0x0A)
    }

    /// An element as `document` writes it as a child, on a line of its own, of an element at
    /// `level - 1` that holds no text: so that parts of a document can be written on every core.
    package static func fragment(_ e: Element, level: Int) -> [UInt8] {
        var out: [UInt8] = []
        indent(level, &out)
        write(e, level: level, format: true, namespace: nil, tail: nil, &out)
        out.append(0x0A)
        return out
    }

    private static func indent(_ level: Int, _ out: inout [UInt8]) {
        for _ in 0..<(2 * min(level, 30)) { out.append(0x20) }
    }

    private static func write(
        _ e: Element, level: Int, format: Bool, namespace: String?, tail: ((inout [UInt8]) -> Void)?, _ out: inout [UInt8]
    ) {
        out.append(0x3C)
        out.append(contentsOf: e.name.utf8)
        if let namespace {
            out.append(contentsOf: #" xmlns=""#.utf8)
            out.append(contentsOf: namespace.utf8)
            out.append(0x22)
        }
        for (name, value) in e.attributes {
            out.append(0x20)
            out.append(contentsOf: name.utf8)
            out.append(0x3D)
            out.append(0x22)
            escape(XMLEngine.clean(value), attribute: true, &out)
            out.append(0x22)
        }
        let text = e.text.map(XMLEngine.clean) ?? ""
        if text.isEmpty && e.children.isEmpty && tail == nil {
            out.append(contentsOf: "/>".utf8)
            return
        }
        out.append(0x3E)
        // A text child turns indentation off for everything inside this element.
        let inner = format && text.isEmpty
        if inner { out.append(0x0A) }
        if !text.isEmpty { escape(text, attribute: false, &out) }
        for child in e.children {
            if inner { indent(level + 1, &out) }
            write(child, level: level + 1, format: inner, namespace: nil, tail: nil, &out)
            if inner { out.append(0x0A) }
        }
        if let tail {
            // Fragments are written as indented children, which they only are in an element without text.
            precondition(inner, "XMLWriter: fragments after text")
            tail(&out)
        }
        if inner { indent(level, &out) }
        out.append(contentsOf: "</".utf8)
        out.append(contentsOf: e.name.utf8)
        out.append(0x3E)
    }

    private static func escape(_ s: String, attribute: Bool, _ out: inout [UInt8]) {
        SimpleText.withBytes(s) { p in
            var run = 0
            var i = 0
            while i < p.count {
                let b = p[i]
                let replacement: StaticString?
                switch b {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x0D: replacement = "&#13;"
                case 0x22: replacement = attribute ? "&quot;" : nil
                case 0x0A: replacement = attribute ? "&#10;" : nil
                case 0x09: replacement = attribute ? "&#9;" : nil
                default: replacement = nil
                }
                if let replacement {
                    if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                    out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    run = i + 1
                }
                i += 1
            }
            if run < p.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        }
    }
}
