import CLibXML2
import Foundation

/// A forward-only reader of an XML document that may be hostile (a part of a workbook someone
/// sent): one node at a time, in bounded memory (libxml2's text reader frees what it has passed).
///
/// It never reads a document type: a document with `<!DOCTYPE` is refused before libxml2 sees it
/// (and, should one slip past that scan in an encoding it does not read, when libxml2 reports
/// it), so no entity is declared, expanded or fetched. No network, no DTD loading, no entity
/// substitution, and libxml2's own size limits (text nodes, depth) stay on.
public final class XMLStreamReader {
    /// One node of the document, in document order.
    public enum Node: Sendable, Equatable {
        /// An element's start: its local name (prefix dropped), and whether it is empty
        /// (`<x/>`, which has no `.end`). Its attributes are read with `attribute(_:namespace:)`
        /// until the next call of `next()`.
        case start(String, isEmpty: Bool)
        /// An element's end (not sent for empty elements).
        case end(String)
        /// Text, CDATA or whitespace, entities and character references resolved.
        case text(String)
    }

    private let reader: xmlTextReaderPtr
    private let buffer: UnsafeMutableBufferPointer<CChar>
    private let collector = FirstError()
    /// Local names come from the reader's dictionary, one pointer per distinct name: converting
    /// each once keeps a million `<c>` from being a million conversions.
    private var names: [UnsafePointer<xmlChar>: String] = [:]

    /// A reader of `document`, named `name` in libxml2's messages. libxml2 reads from memory it
    /// does not copy, so the reader keeps a copy of its own for its lifetime.
    public init(_ document: [UInt8], name: String) throws(XMLStreamError) {
        if let line = Self.doctypeLine(in: document) { throw .doctype(line: line) }
        _ = XMLEngine.shared  // xmlInitParser, once per process
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(document.count, 1))
        document.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
        // No NOENT (entities stay unsubstituted), no DTDLOAD/DTDATTR/DTDVALID, no HUGE; NONET so
        // nothing is fetched; NOERROR/NOWARNING so libxml2 writes nothing to stderr.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        guard let reader = xmlReaderForMemory(buffer.baseAddress, Int32(clamping: document.count), name, nil, options) else {
            buffer.deallocate()
            throw .malformed(line: 0, message: "cannot start the reader")
        }
        self.reader = reader
        self.buffer = buffer
        xmlTextReaderSetStructuredErrorHandler(reader, Self.errorHandler, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// The depth of the current node (the root element is 0).
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The line of the current node (1-based), for messages.
    public var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The next node, or nil at the end of the document. Comments and processing instructions
    /// are passed over.
    public func next() throws(XMLStreamError) -> Node? {
        while true {
            let step = xmlTextReaderRead(reader)
            if step == 0 { return nil }
            guard step == 1 else { throw failure() }
            switch UInt32(xmlTextReaderNodeType(reader)) {
            case XML_READER_TYPE_ELEMENT.rawValue:
                return .start(localName(), isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
            case XML_READER_TYPE_END_ELEMENT.rawValue:
                return .end(localName())
            case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue, XML_READER_TYPE_WHITESPACE.rawValue,
                XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
                return .text(xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "")
            case XML_READER_TYPE_DOCUMENT_TYPE.rawValue:
                throw .doctype(line: line)
            case XML_READER_TYPE_ENTITY_REFERENCE.rawValue, XML_READER_TYPE_ENTITY.rawValue:
                throw .entityReference(line: line)
            default:
                continue
            }
        }
    }

    /// The value of the current element's attribute `localName` in `namespace` (nil: the
    /// attribute has no namespace, as most have), or nil when it has none.
    public func attribute(_ localName: String, namespace: String? = nil) -> String? {
        let value =
            if let namespace {
                localName.withCString { l in
                    namespace.withCString { n in
                        xmlTextReaderGetAttributeNs(reader, Self.xml(l), Self.xml(n))
                    }
                }
            } else {
                localName.withCString { xmlTextReaderGetAttribute(reader, Self.xml($0)) }
            }
        guard let value else { return nil }
        defer { planpress_xml_free(value) }
        return String(cString: value)
    }

    /// Every attribute of the current element as (qualified name, value), namespace
    /// declarations left out, in document order.
    public func attributes() -> [(name: String, value: String)] {
        var out: [(String, String)] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard xmlTextReaderIsNamespaceDecl(reader) == 0 else { continue }
            out.append(
                (
                    xmlTextReaderConstName(reader).map { String(cString: $0) } ?? "",
                    xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                ))
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    private func localName() -> String {
        guard let pointer = xmlTextReaderConstLocalName(reader) else { return "" }
        if let known = names[pointer] { return known }
        let name = String(cString: pointer)
        names[pointer] = name
        return name
    }

    /// The error libxml2 reported for the last read.
    private func failure() -> XMLStreamError {
        let message = collector.message ?? "not well-formed XML"
        let line = collector.line ?? line
        // libxml2 reports an oversized text node as a memory error with this message.
        if message.contains("huge text node") || message.contains("Text node too long") { return .textTooLarge(line: line) }
        if message.contains("DOCTYPE") { return .doctype(line: line) }
        return .malformed(line: line, message: message)
    }

    private static func xml(_ p: UnsafePointer<CChar>) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(p).assumingMemoryBound(to: xmlChar.self)
    }

    /// Keeps the first error libxml2 reports (later ones follow from it).
    private final class FirstError {
        var message: String?
        var line: Int?
    }

    private static let errorHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<FirstError>.fromOpaque(userData).takeUnretainedValue()
        guard collector.message == nil else { return }
        collector.message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
        collector.line = Int(error.pointee.line)
    }

    /// The line of a document type declaration in the prolog of a UTF-8 (or ASCII) document, or
    /// nil when the prolog has none. Reads only the prolog: the XML declaration, comments,
    /// processing instructions and white space before the first element. A document in another
    /// encoding is left to libxml2, which reports its document type as a node.
    package static func doctypeLine(in document: [UInt8]) -> Int? {
        var i = 0
        let n = document.count
        if n >= 3, document[0] == 0xEF, document[1] == 0xBB, document[2] == 0xBF { i = 3 }
        func starts(_ s: String, at index: Int) -> Bool {
            let bytes = Array(s.utf8)
            return index + bytes.count <= n && document[index..<index + bytes.count].elementsEqual(bytes)
        }
        func find(_ s: String, from index: Int) -> Int? {
            let bytes = Array(s.utf8)
            var j = index
            while j + bytes.count <= n {
                if document[j] == bytes[0], document[j..<j + bytes.count].elementsEqual(bytes) { return j + bytes.count }
                j += 1
            }
            return nil
        }
        while i < n {
            switch document[i] {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
            case 0x3C where starts("<?", at: i):
                guard let end = find("?>", from: i + 2) else { return nil }
                i = end
            case 0x3C where starts("<!--", at: i):
                guard let end = find("-->", from: i + 4) else { return nil }
                i = end
            case 0x3C where starts("<!", at: i):
                // `<!DOCTYPE`, or anything else that is not a comment: no element starts with `<!`.
                return 1 + document[..<i].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            default:
                return nil
            }
        }
        return nil
    }
}
