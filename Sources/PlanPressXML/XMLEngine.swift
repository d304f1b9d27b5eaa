import CLibXML2
import Foundation

/// The one owner of every libxml2 call: a lock serialises them, every C resource is freed in
/// the function that made it, and no C type leaves this file. The one exception to the lock is
/// the validation of a document's parts (`withParts`): each call has a reader, a validation
/// context and a compiled schema of its own, which libxml2 (built with threads) keeps apart.
public final class XMLEngine: @unchecked Sendable {
    public static let shared = XMLEngine()

    private let lock = NSLock()

    /// The elements a query asked for, taken in the same pass that validated the last valid
    /// document (given as bytes or as a file), so that a later read of that document with the
    /// same query (the channel audit's) does not parse it again. Used once, then dropped.
    private var lastRead: (source: Source, query: ElementQuery, elements: [ReadElement])?

    /// A document as it was given: its bytes, or the path of its file.
    private enum Source: Equatable {
        case bytes([UInt8])
        case file(String)
    }

    /// The elements a streaming read takes, in document order, with their attributes and their
    /// parent's: those named `names`. Attributes are kept of those elements and of the parents
    /// named in `parents`, not of every element (a national report has millions).
    public struct ElementQuery: Hashable, Sendable {
        public var names: Set<String>
        public var parents: Set<String>

        public init(names: Set<String>, parents: Set<String> = []) {
            self.names = names
            self.parents = parents
        }
    }

    private init() {
        xmlInitParser()
    }

    /// A problem found while validating: the message, and the element and line it concerns.
    public struct ValidationProblem: Sendable, CustomStringConvertible {
        public var line: Int
        public var element: String
        public var message: String

        public var description: String { "line \(line), <\(element)>: \(message)" }
    }

    /// An element tree to serialise; built by the renderer without touching C.
    public final class Element {
        public let name: String
        public var attributes: [(String, String)] = []
        public var children: [Element] = []
        public var text: String?

        public init(_ name: String, text: String? = nil) {
            self.name = name
            self.text = text
        }

        /// Adds an attribute when `value` is not nil.
        @discardableResult
        public func attr(_ name: String, _ value: String?) -> Element {
            if let value { attributes.append((name, value)) }
            return self
        }

        /// Appends and returns a child element.
        @discardableResult
        public func child(_ name: String, text: String? = nil) -> Element {
            let e = Element(name, text: text)
            children.append(e)
            return e
        }

        /// Appends a child holding `text` when it is not nil.
        public func optional(_ name: String, _ text: String?) {
            if let text { child(name, text: text) }
        }
    }

    /// Serialises `root` as an indented UTF-8 document in `namespace`, with processing
    /// instructions (such as `xml-stylesheet`) before the root element.
    public func serialize(_ root: Element, namespace: String, instructions: [(String, String)] = []) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard let doc = Self.x("1.0", { xmlNewDoc($0) }) else { return [] }
        defer { xmlFreeDoc(doc) }
        let rootNode = Self.x(root.name) { xmlNewDocNode(doc, nil, $0, nil) }
        let ns = Self.x(namespace) { xmlNewNs(rootNode, $0, nil) }
        xmlSetNs(rootNode, ns)
        xmlDocSetRootElement(doc, rootNode)
        for (target, content) in instructions {
            if let pi = Self.x(target, content, { xmlNewDocPI(doc, $0, $1) }) {
                xmlAddPrevSibling(rootNode, pi)
            }
        }
        // An explicit stack keeps deep trees from recursing.
        var stack: [(Element, xmlNodePtr?)] = [(root, rootNode)]
        while let (element, node) = stack.popLast() {
            for (name, value) in element.attributes {
                Self.x(name, Self.clean(value)) { _ = xmlNewProp(node, $0, $1) }
            }
            if let text = element.text {
                Self.x(Self.clean(text)) { xmlNodeAddContent(node, $0) }
            }
            // Children are created in order (xmlNewChild appends), then visited from the stack.
            let created = element.children.map { child in (child, Self.x(child.name) { xmlNewChild(node, ns, $0, nil) }) }
            stack.append(contentsOf: created.reversed())
        }
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 1)
        guard let buffer else { return [] }
        defer { planpress_xml_free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }

    /// Parses `document` and validates it against `schema`; returns every problem (none when valid).
    /// With `query`, the elements it asks for are read in the same pass and kept for the next
    /// `elements(_:in:)` of the same document.
    public func validate(document: [UInt8], schema: [UInt8], reading query: ElementQuery? = nil) -> [ValidationProblem] {
        lock.lock()
        defer { lock.unlock() }
        let (problems, elements) = validate(schema: schema, query: query) { options in
            document.withUnsafeBufferPointer { buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    xmlReaderForMemory($0, Int32(buf.count), "report.xml", "UTF-8", options)
                }
            }
        }
        lastRead = problems.isEmpty ? query.map { (.bytes(document), $0, elements) } : nil
        return problems
    }

    /// Validates the file at `path` against `schema`, reading it as a stream (it is never whole
    /// in memory); returns every problem (none when valid). `query` as for `validate(document:)`.
    public func validate(fileAt path: String, schema: [UInt8], reading query: ElementQuery? = nil) -> [ValidationProblem] {
        lock.lock()
        defer { lock.unlock() }
        let (problems, elements) = validate(schema: schema, query: query) { options in xmlReaderForFile(path, "UTF-8", options) }
        lastRead = problems.isEmpty ? query.map { (.file(path), $0, elements) } : nil
        return problems
    }

    /// The validation of the document `open` reads, with the elements `query` asks for; the
    /// caller holds the lock.
    private func validate(schema: [UInt8], query: ElementQuery?, open: (Int32) -> xmlTextReaderPtr?) -> ([ValidationProblem], [ReadElement])
    {
        let (compiled, problems) = Self.compile(schema)
        guard let compiled else { return (problems, []) }
        defer { xmlSchemaFree(compiled) }
        var none: NoFields?
        return Self.validate(open, against: compiled, query: query ?? ElementQuery(names: []), fields: &none)
    }

    /// `schema` compiled, or the problems that stopped it; the caller holds the lock (libxml2's
    /// schema parser sets up shared tables the first time) and frees the schema.
    private static func compile(_ schema: [UInt8]) -> (xmlSchemaPtr?, [ValidationProblem]) {
        let collector = ProblemCollector()
        guard
            let parserContext = schema.withUnsafeBufferPointer({ buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { xmlSchemaNewMemParserCtxt($0, Int32(buf.count)) }
            })
        else { return (nil, [ValidationProblem(line: 0, element: "", message: "cannot read the schema")]) }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        xmlSchemaSetParserStructuredErrors(parserContext, problemHandler, Unmanaged.passUnretained(collector).toOpaque())
        guard let compiled = xmlSchemaParse(parserContext) else {
            let problems = collector.problems
            return (nil, problems.isEmpty ? [ValidationProblem(line: 0, element: "", message: "the schema does not compile")] : problems)
        }
        return (compiled, [])
    }

    /// Hands each libxml2 error to the `ProblemCollector` given as user data.
    private static let problemHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "invalid"
        var element = ""
        if let node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self), let name = node.pointee.name {
            element = String(cString: name)
        } else {
            element = XMLEngine.elementNamed(in: message)
        }
        collector.problems.append(ValidationProblem(line: Int(error.pointee.line), element: element, message: message))
    }

    /// Validates the document `open` reads against `compiled` and reads what `query` asks for
    /// (and, with `fields`, the fields it records) in the same pass. Touches nothing shared:
    /// parts are validated on every core at once, each with a schema of its own.
    private static func validate<Fields: XMLFieldRecorder>(
        _ open: (Int32) -> xmlTextReaderPtr?, against compiled: xmlSchemaPtr, query: ElementQuery, fields: inout Fields?
    ) -> ([ValidationProblem], [ReadElement]) {
        let collector = ProblemCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        guard let validator = xmlSchemaNewValidCtxt(compiled) else {
            return ([ValidationProblem(line: 0, element: "", message: "cannot start the validator")], [])
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        xmlSchemaSetValidStructuredErrors(validator, problemHandler, context)
        // One streaming pass validates and reads what the query asks for: libxml2's schema
        // validator works on the reader's events, so no tree of the whole document is built
        // (at national scale a tree is ~1.6 GB and takes longer to build and free than to check).
        // No network, no entity expansion: the document is our own, but the reader stays strict.
        guard let reader = open(Int32(XML_PARSE_NONET.rawValue)) else {
            return ([ValidationProblem(line: 0, element: "", message: "the document is not well-formed XML")], [])
        }
        defer { xmlFreeTextReader(reader) }
        xmlTextReaderSetStructuredErrorHandler(reader, problemHandler, context)
        guard xmlTextReaderSchemaValidateCtxt(reader, validator, 0) == 0 else {
            return ([ValidationProblem(line: 0, element: "", message: "cannot start the validator")], [])
        }
        let (elements, wellFormed) = read(reader, query, fields: &fields)
        if !wellFormed && collector.problems.isEmpty {
            collector.problems.append(ValidationProblem(line: 0, element: "", message: "the document is not well-formed XML"))
        }
        if xmlTextReaderIsValid(reader) != 1 && collector.problems.isEmpty {
            collector.problems.append(ValidationProblem(line: 0, element: "", message: "invalid"))
        }
        return (collector.problems, elements)
    }

    /// Validates the parts of one document on every core (`ReportXMLParts`): `body` gets a
    /// validator whose calls may run at once, each taking a compiled copy of `schema` of its own
    /// (compiled under the lock, at most one per concurrent call, all freed on return).
    public func withParts<R>(schema: [UInt8], _ body: (PartValidator) throws -> R) rethrows -> R {
        let validator = PartValidator(engine: self, schema: schema)
        defer { validator.free() }
        return try body(validator)
    }

    /// What validating one part found.
    public struct PartReading<Fields: XMLFieldRecorder & Sendable>: Sendable {
        public var problems: [ValidationProblem]
        /// The elements the query asked for, in document order.
        public var elements: [ReadElement]
        /// What the part's fields recorded.
        public var fields: Fields
    }

    /// See `withParts`.
    public final class PartValidator: @unchecked Sendable {
        private let engine: XMLEngine
        private let schema: [UInt8]
        private let lock = NSLock()
        private var idle: [xmlSchemaPtr] = []

        fileprivate init(engine: XMLEngine, schema: [UInt8]) {
            self.engine = engine
            self.schema = schema
        }

        /// Validates `document` (named `name` in libxml2's messages), reads the elements `query`
        /// asks for and records its fields in `fields`.
        public func validate<Fields: XMLFieldRecorder & Sendable>(
            _ document: [UInt8], name: String, query: ElementQuery, fields: Fields
        ) -> PartReading<Fields> {
            let (taken, compileProblems) = take()
            guard let compiled = taken else {
                return PartReading(problems: compileProblems, elements: [], fields: fields)
            }
            defer { lock.withLock { idle.append(compiled) } }
            var recorder: Fields? = fields
            let (problems, elements) = XMLEngine.validate(
                { options in
                    document.withUnsafeBufferPointer { buf in
                        buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                            xmlReaderForMemory($0, Int32(buf.count), name, "UTF-8", options)
                        }
                    }
                }, against: compiled, query: query, fields: &recorder)
            return PartReading(problems: problems, elements: elements, fields: recorder!)
        }

        /// An idle compiled schema, or a new one; or the problems that stopped its compilation
        /// (never none).
        private func take() -> (xmlSchemaPtr?, [ValidationProblem]) {
            if let compiled = lock.withLock({ idle.popLast() }) { return (compiled, []) }
            engine.lock.lock()
            defer { engine.lock.unlock() }
            return XMLEngine.compile(schema)
        }

        fileprivate func free() {
            lock.withLock {
                for compiled in idle { xmlSchemaFree(compiled) }
                idle = []
            }
        }
    }

    /// Remembers `elements` as what `query` reads from the file at `path`, as if it had just been
    /// validated whole (it was validated in parts).
    public func remember(_ elements: [ReadElement], of query: ElementQuery, forFileAt path: String) {
        lock.withLock { lastRead = (.file(path), query, elements) }
    }

    /// True when `document` parses as well-formed XML (used to check our SVG output).
    public func isWellFormed(_ document: [UInt8]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !document.isEmpty else { return false }
        let doc = document.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory(
                    $0, Int32(buf.count), "check.xml", "UTF-8",
                    Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            }
        }
        guard let doc else { return false }
        xmlFreeDoc(doc)
        return true
    }

    /// An element read back from a document: its name, attributes and its parent's.
    public struct ReadElement: Sendable {
        public var name: String
        public var attributes: [String: String]
        public var parentName: String
        public var parentAttributes: [String: String]
    }

    /// Reads `document` and returns the elements `query` asks for, in document order.
    public func elements(_ query: ElementQuery, in document: [UInt8]) -> [ReadElement] {
        lock.lock()
        defer { lock.unlock() }
        // The same bytes, validated in this process: libxml2 would build the same tree again.
        if let remembered = remembered(query, .bytes(document)) { return remembered }
        return Self.parseElements(named: query.names, in: document)
    }

    /// The elements `query` asks for, in document order, read from the file at `path`
    /// (remembered from its validation when it was just validated).
    public func elements(_ query: ElementQuery, inFile path: String) -> [ReadElement] {
        lock.lock()
        defer { lock.unlock() }
        if let remembered = remembered(query, .file(path)) { return remembered }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForFile(path, "UTF-8", options) else { return [] }
        defer { xmlFreeTextReader(reader) }
        var none: NoFields?
        let (elements, wellFormed) = Self.read(reader, query, fields: &none)
        return wellFormed ? elements : []
    }

    /// The elements `query` read of `source` when it was the last document validated (then
    /// forgotten); the caller holds the lock.
    private func remembered(_ query: ElementQuery, _ source: Source) -> [ReadElement]? {
        guard let last = lastRead, last.query == query, last.source == source else { return nil }
        lastRead = nil
        return last.elements
    }

    /// `elements(_:in:)` without the remembered document: always parses a tree (the tests'
    /// reference).
    package func parsedElements(named names: Set<String>, in document: [UInt8]) -> [ReadElement] {
        lock.lock()
        defer { lock.unlock() }
        return Self.parseElements(named: names, in: document)
    }

    private static func parseElements(named names: Set<String>, in document: [UInt8]) -> [ReadElement] {
        guard
            let doc = document.withUnsafeBufferPointer({ buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    xmlReadMemory($0, Int32(buf.count), "report.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            })
        else { return [] }
        defer { xmlFreeDoc(doc) }
        return read(doc, named: names)
    }

    /// The elements `query` asks for, in document order, read from `reader` to its end; false
    /// when the document stopped being well-formed. Attributes are taken of those elements and of
    /// the parents the query names, not of all million elements. With `fields`, the fields it
    /// picks are recorded too.
    private static func read<Fields: XMLFieldRecorder>(
        _ reader: xmlTextReaderPtr, _ query: ElementQuery, fields: inout Fields?
    ) -> ([ReadElement], Bool) {
        let names = query.names
        var found: [ReadElement] = []
        // The open elements' names and (when kept) attributes, by depth.
        var open: [(name: String, attributes: [String: String])] = []
        // An element whose text is a field: the field, its depth and the text so far.
        var pending: (field: Fields.Field, depth: Int32, text: String)?
        defer { if pending != nil { fields?.unclosedField() } }
        while true {
            let step = xmlTextReaderRead(reader)
            guard step == 1 else { return (found, step == 0) }
            let type = xmlTextReaderNodeType(reader)
            guard type == Int32(XML_READER_TYPE_ELEMENT.rawValue) else {
                if pending != nil, readField(reader, type: type, into: &pending!.text, depth: pending!.depth) {
                    let (field, _, text) = pending!
                    pending = nil
                    fields!.record(field, text)
                }
                continue
            }
            let depth = Int(xmlTextReaderDepth(reader))
            let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
            var attributes: [String: String] = [:]
            if names.contains(name) || query.parents.contains(name) {
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    // Namespace declarations are not attributes in a tree's `properties`.
                    guard xmlTextReaderIsNamespaceDecl(reader) == 0 else { continue }
                    let key = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
                    attributes[key] = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                }
                xmlTextReaderMoveToElement(reader)
            }
            if open.count > depth { open.removeSubrange(depth...) }
            let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
            if fields != nil,
                let picked = fields!.field(
                    name, depth: depth, ancestors: open.prefix(depth).lazy.map(\.name), elementsRead: found.count)
            {
                let (field, attribute) = picked
                if let attribute {
                    let value = attribute.withCString {
                        xmlTextReaderGetAttribute(reader, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
                    }
                    fields!.record(field, value.map { String(cString: $0) })
                    if let value { planpress_xml_free(value) }
                } else if isEmpty {
                    fields!.record(field, "")
                } else {
                    pending = (field, Int32(depth), "")
                }
            }
            if names.contains(name) {
                let parent = depth > 0 && open.count == depth ? open[depth - 1] : nil
                found.append(
                    ReadElement(
                        name: name, attributes: attributes, parentName: parent?.name ?? "",
                        parentAttributes: parent?.attributes ?? [:]))
            }
            if !isEmpty { open.append((name, attributes)) }
        }
    }

    /// A node inside an element whose text is a field: its text is added to `text`; true at the
    /// element's end.
    private static func readField(_ reader: xmlTextReaderPtr, type: Int32, into text: inout String, depth: Int32) -> Bool {
        switch UInt32(type) {
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue, XML_READER_TYPE_WHITESPACE.rawValue,
            XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
            text += xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            return false
        case XML_READER_TYPE_END_ELEMENT.rawValue:
            return xmlTextReaderDepth(reader) == depth
        default:
            return false
        }
    }

    /// The element a libxml2 message names (`Element '{ns}name', attribute …`); the streaming
    /// validator reports no node.
    package static func elementNamed(in message: String) -> String {
        guard let start = message.range(of: "Element '")?.upperBound else { return "" }
        var rest = message[start...]
        if rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") { rest = rest[rest.index(after: close)...] }
        return String(rest.prefix { $0 != "'" })
    }

    /// The elements of a parsed document whose name is in `names`, in document order.
    private static func read(_ doc: xmlDocPtr, named names: Set<String>) -> [ReadElement] {
        func attributes(_ node: UnsafeMutablePointer<xmlNode>?) -> [String: String] {
            var out: [String: String] = [:]
            var a = node?.pointee.properties
            while let attr = a {
                let name = String(cString: attr.pointee.name)
                if let value = xmlGetProp(node, attr.pointee.name) {
                    out[name] = String(cString: value)
                    planpress_xml_free(value)
                }
                a = attr.pointee.next
            }
            return out
        }
        var found: [ReadElement] = []
        var stack: [UnsafeMutablePointer<xmlNode>] = []
        if let root = xmlDocGetRootElement(doc) { stack.append(root) }
        while let node = stack.popLast() {
            let name = String(cString: node.pointee.name)
            if names.contains(name) {
                let parent = node.pointee.parent
                let parentName = parent.map { String(cString: $0.pointee.name) } ?? ""
                found.append(
                    ReadElement(name: name, attributes: attributes(node), parentName: parentName, parentAttributes: attributes(parent)))
            }
            var children: [UnsafeMutablePointer<xmlNode>] = []
            var c = node.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE { children.append(child) }
                c = child.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return found
    }

    private final class ProblemCollector {
        var problems: [ValidationProblem] = []
    }

    /// Passes `s` to libxml2 as `xmlChar *` for the duration of `body` (libxml2 copies it).
    private static func x<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    private static func x<R>(_ a: String, _ b: String, _ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>) -> R) -> R {
        x(a) { pa in x(b) { pb in body(pa, pb) } }
    }

    /// Drops the characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE/U+FFFF).
    package static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isXMLChar($0) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where isXMLChar(u) { out.append(u) }
        return String(out)
    }

    package static func isXMLChar(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
