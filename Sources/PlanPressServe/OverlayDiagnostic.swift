import PlanPressCore

/// One diagnostic as the browser's error overlay shows it: where, which code, what is wrong and
/// how to fix it, already in the language `serve` was started with.
public struct OverlayDiagnostic: Codable, Sendable, Equatable {
    /// `path:line:column`, as the terminal prints it.
    public var location: String
    public var path: String
    public var line: Int
    public var column: Int
    /// `error` or `warning`.
    public var severity: String
    /// The code, `PP401`.
    public var code: String
    public var message: String
    public var hint: String?
    /// The offending source line with a caret under the spot, when the file could be read.
    public var excerpt: String?

    public init(_ diagnostic: Diagnostic, language: Language, excerpt: String? = nil) {
        location = diagnostic.location.description
        path = diagnostic.location.path
        line = diagnostic.location.line
        column = diagnostic.location.column
        severity = diagnostic.severity == .error ? "error" : "warning"
        code = diagnostic.code.rawValue
        message = diagnostic.message[language]
        hint = diagnostic.hint?[language]
        self.excerpt = excerpt
    }
}
