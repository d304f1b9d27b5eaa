import PlanPressXML

/// One XML part of the workbook, read as a stream: `XMLStreamReader`'s problems become
/// `XLSXReadError`s that name the part.
struct XLSXPart {
    let name: String
    let reader: XMLStreamReader
    private let limits: XLSXLimits

    init(_ bytes: [UInt8], name: String, limits: XLSXLimits) throws(XLSXReadError) {
        self.name = name
        self.limits = limits
        do {
            reader = try XMLStreamReader(bytes, name: name)
        } catch {
            throw Self.map(error, part: name, limits: limits)
        }
    }

    /// The next node, or nil at the end.
    func next() throws(XLSXReadError) -> XMLStreamReader.Node? {
        do {
            return try reader.next()
        } catch {
            throw Self.map(error, part: name, limits: limits)
        }
    }

    /// The current element's attribute with no namespace.
    func attribute(_ name: String) -> String? { reader.attribute(name) }

    /// The current element's relationship id (`r:id`), whatever the prefix or namespace
    /// (transitional and strict OOXML name it differently).
    func relationshipID() -> String? {
        reader.attributes().first { $0.name.hasSuffix(":id") }?.value
    }

    private static func map(_ error: XMLStreamError, part: String, limits: XLSXLimits) -> XLSXReadError {
        switch error {
        case .doctype(let line), .entityReference(let line): return .doctype(part: part, line: line)
        // A text node of 10 MB: a cell's text, far past Excel's own limit.
        case .textTooLarge: return .cellTooLong(part: part, sheet: nil, cell: nil, limit: limits.maxCellCharacters)
        case .malformed(let line, let message): return .malformedXML(part: part, line: line, message: message)
        }
    }
}
