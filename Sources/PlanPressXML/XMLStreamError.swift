/// Why an `XMLStreamReader` stopped: each case with the line it stopped at (1-based; 0 when
/// libxml2 gave none).
public enum XMLStreamError: Error, Sendable, Equatable {
    /// The document declares a document type (`<!DOCTYPE …>`): refused before its entities
    /// could be read, expanded or fetched.
    case doctype(line: Int)
    /// An entity reference other than the five predefined ones and character references.
    case entityReference(line: Int)
    /// One text node is larger than libxml2 accepts without its "huge" option (10,000,000 bytes).
    case textTooLarge(line: Int)
    /// Not well-formed XML (or not readable): libxml2's message.
    case malformed(line: Int, message: String)

    /// The line the reader stopped at.
    public var line: Int {
        switch self {
        case .doctype(let line), .entityReference(let line), .textTooLarge(let line): return line
        case .malformed(let line, _): return line
        }
    }
}
