/// One problem found in the content, as a value: printed in one place by the CLI.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in Thai and English.
    public var message: LocalizedText
    /// What to write instead, when there is something to say.
    public var hint: LocalizedText?

    /// A diagnostic as its rule makes it (`DiagnosticRule.make`): the severity is the rule's,
    /// or what `--strict` makes of it.
    public init(
        _ code: DiagnosticCode,
        at location: SourceLocation,
        _ message: LocalizedText,
        hint: LocalizedText? = nil,
        severity: Severity
    ) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// Orders diagnostics by file, line, column and code, so that output never depends on discovery order.
    public static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.code != $1.code { return $0.code.rawValue < $1.code.rawValue }
            return $0.message.en < $1.message.en
        }
    }
}

/// Collects diagnostics while a stage runs; stages return it as part of their result.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func add(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }
}
