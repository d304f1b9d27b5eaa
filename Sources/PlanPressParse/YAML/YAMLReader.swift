import CYaml
import PlanPressCore

/// Reads YAML into `Node`s from libyaml's event stream (the parser Yams is built on).
///
/// Composing from events ourselves, iteratively with an explicit stack, gives every node its line
/// and column, stops at the first anchor or alias before anything is expanded, rejects nesting
/// past `maximumDepth` without recursion, and reports every duplicate key where it stands.
public struct YAMLReader: Sendable {
    public static let maximumDepth = 64

    public init() {}

    /// Parses one YAML document. The root is nil when the document could not be composed.
    ///
    /// The plain YAML of unit files is read by `FastYAMLReader`; whatever it declines (anything
    /// unusual, every error) is composed from libyaml's events, with libyaml's messages.
    public func read(_ source: SourceText) -> (Node?, [Diagnostic]) {
        let path = source.path
        if let (root, diagnostics) = FastYAMLReader(path: path).read(source.text) {
            return (root, diagnostics)
        }
        return readWithLibYAML(source)
    }

    /// Parses one YAML document with libyaml only (the reference the fast reader is tested against).
    func readWithLibYAML(_ source: SourceText) -> (Node?, [Diagnostic]) {
        var bytes = Array(source.text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        return bytes.withUnsafeBufferPointer { buffer in
            compose(buffer, path: source.path)
        }
    }

    /// An open collection. A class, so appending to it never copies what it already holds.
    private final class Frame {
        let location: SourceLocation
        let isSequence: Bool
        var items: [Node] = []
        var entries: [Entry] = []
        var pendingKey: (String, SourceLocation)?
        var seen: [String: SourceLocation] = [:]

        init(location: SourceLocation, isSequence: Bool) {
            self.location = location
            self.isSequence = isSequence
        }

        var node: Node {
            Node(isSequence ? .sequence(items) : .mapping(entries), at: location)
        }
    }

    private func compose(_ buffer: UnsafeBufferPointer<UInt8>, path: String) -> (Node?, [Diagnostic]) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return (nil, [FileUnreadable.yamlReaderFailed(path: path)])
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        var diagnostics: [Diagnostic] = []
        var stack: [Frame] = []
        var root: Node?
        var documents = 0

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        // Adds a finished node to its parent, or makes it the root.
        func attach(_ node: Node) {
            guard let top = stack.last else {
                root = node
                return
            }
            if top.isSequence {
                top.items.append(node)
            } else if let (key, keyLoc) = top.pendingKey {
                if let first = top.seen[key] {
                    diagnostics.append(DuplicateKey.diagnostic(key, at: keyLoc, first: first))
                } else {
                    top.seen[key] = keyLoc
                    top.entries.append(Entry(key: key, keyLocation: keyLoc, value: node))
                }
                top.pendingKey = nil
            } else if case .scalar(let s) = node.value {
                top.pendingKey = (s.text, node.location)
            } else {
                diagnostics.append(WrongType.complexKey(node))
                top.pendingKey = ("\u{0}complex", node.location)
            }
        }

        func aliasError(_ mark: yaml_mark_t, anchor: Bool) -> Diagnostic {
            AliasNotAllowed.diagnostic(at: location(mark), anchor: anchor)
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                diagnostics.append(syntaxError(parser, path: path, buffer: buffer))
                return (nil, diagnostics)
            }
            defer { yaml_event_delete(&event) }
            let start = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                if documents == 0 || root == nil {
                    diagnostics.append(RootNotMapping.emptyYAML(path: path))
                    return (nil, diagnostics)
                }
                return (root, diagnostics)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    diagnostics.append(Syntax.secondYAMLDocument(at: location(start)))
                    return (nil, diagnostics)
                }
            case YAML_ALIAS_EVENT:
                diagnostics.append(aliasError(start, anchor: false))
                return (nil, diagnostics)
            case YAML_SCALAR_EVENT:
                if event.data.scalar.anchor != nil {
                    diagnostics.append(aliasError(start, anchor: true))
                    return (nil, diagnostics)
                }
                let text = String(
                    decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length),
                    as: UTF8.self)
                let style = event.data.scalar.style
                var isString = style != YAML_PLAIN_SCALAR_STYLE && style != YAML_ANY_SCALAR_STYLE
                if let tag = event.data.scalar.tag {
                    let name = String(cString: tag)
                    if name == "tag:yaml.org,2002:str" { isString = true }
                }
                attach(Node(.scalar(Scalar(text, isString: isString)), at: location(start)))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                if anchor != nil {
                    diagnostics.append(aliasError(start, anchor: true))
                    return (nil, diagnostics)
                }
                if stack.count >= Self.maximumDepth {
                    diagnostics.append(NestingTooDeep.yaml(at: location(start)))
                    return (nil, diagnostics)
                }
                stack.append(Frame(location: location(start), isSequence: isSequence))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast() else { continue }
                attach(top.node)
            default:
                continue
            }
        }
    }

    private func syntaxError(_ parser: yaml_parser_t, path: String, buffer: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem_mark
        let line = Int(mark.line) + 1
        let column = Int(mark.column) + 1
        // libyaml reads ahead through long runs of `[` or `{` and stops at its own limit of 1,000
        // levels before our depth check sees the events: that is the same nesting rule.
        if problem.contains("nesting level") {
            return NestingTooDeep.yaml(at: SourceLocation(path: path, line: line, column: column))
        }
        // The lines where libyaml stopped and where the construct it was reading began.
        func text(ofLine wanted: Int) -> String {
            var bytes: [UInt8] = []
            var current = 1
            for b in buffer {
                if b == 0x0A {
                    current += 1
                    if current > wanted { break }
                    continue
                }
                if current == wanted, b != 0x0D { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let contextMark = parser.context_mark
        let contextLine = context == nil ? line : Int(contextMark.line) + 1
        let help = YAMLSyntaxHelp(
            problem: problem, context: context, line: line, column: column, lineText: text(ofLine: line),
            contextLine: contextLine, contextColumn: context == nil ? column : Int(contextMark.column) + 1,
            contextLineText: text(ofLine: contextLine)
        ).explain()
        return Syntax.yaml(help, path: path)
    }
}
