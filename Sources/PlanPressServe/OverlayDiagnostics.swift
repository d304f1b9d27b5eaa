import PlanPressCore

/// The browser's error overlay as a consumer: the errors of a build, converted for the page in
/// the language `serve` was started with (warnings are left to the terminal), the first
/// `BuildStatus.maxDiagnostics` of them shown and the rest counted.
public final class OverlayDiagnostics: DiagnosticConsumer {
    let language: Language
    /// The source line to quote for a diagnostic.
    let excerpt: (Diagnostic) -> String?
    public private(set) var errors = 0
    public private(set) var shown: [OverlayDiagnostic] = []

    public init(language: Language, excerpt: @escaping (Diagnostic) -> String? = { _ in nil }) {
        self.language = language
        self.excerpt = excerpt
    }

    public func receive(_ diagnostics: [Diagnostic]) {
        for d in diagnostics where d.severity == .error {
            errors += 1
            if shown.count < BuildStatus.maxDiagnostics { shown.append(OverlayDiagnostic(d, language: language, excerpt: excerpt(d))) }
        }
    }

    public func finish() {}
}
