/// Where a run's diagnostics go: the terminal, a JSON document, the validation report, serve's
/// overlay. Each is handed the same diagnostics by the `DiagnosticEngine`, already sorted and
/// with the run's settings applied, and formats them its own way.
public protocol DiagnosticConsumer: AnyObject {
    /// Receives diagnostics, in order; may be called more than once.
    func receive(_ diagnostics: [Diagnostic])
    /// Writes what was received where it goes; called once, after the last `receive`.
    func finish() throws
}
