/// A rule PlanPress checks: its stable code, the severity it reports with and a one-line summary.
///
/// Each rule is a caseless enum in a file of its own, named after the rule, that also holds the
/// functions making its diagnostics (the exact Thai and English messages and hints) and, where
/// the check can be told apart from reading a value, the check itself. Rules raised while parsing
/// live in `PlanPressParse/Rules/`, the others in `PlanPressValidate/Rules/`; `RuleRegistry`
/// (PlanPressValidate) lists them all in code order.
///
/// The rule is the one source of a code's severity and summary. Core knows only the codes,
/// because it cannot see the modules the rules live in: `DiagnosticCode.severity` and `.summary`
/// are read from the registry (an extension in PlanPressValidate), and a diagnostic made through
/// its rule takes the rule's severity.
public protocol DiagnosticRule: Sendable {
    /// The code the rule reports with; never changes meaning once released.
    static var code: DiagnosticCode { get }
    /// The severity the rule reports with (`--strict` turns warnings into errors afterwards).
    static var severity: Severity { get }
    /// A one-line description of the rule, for the README table and the validation report.
    static var summary: LocalizedText { get }
}

extension DiagnosticRule {
    /// A diagnostic of this rule, with the rule's code and severity.
    public static func make(at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) -> Diagnostic {
        Diagnostic(code, at: location, message, hint: hint, severity: severity)
    }

    /// A diagnostic of this rule from Thai and English literals. The hint is kept only when its
    /// Thai is given; a Thai hint without English is shown in both languages.
    public static func make(
        at location: SourceLocation, th: String, en: String, hintTH: String? = nil, hintEN: String? = nil
    ) -> Diagnostic {
        make(at: location, LocalizedText(th: th, en: en), hint: hintTH.map { LocalizedText(th: $0, en: hintEN ?? $0) })
    }
}
