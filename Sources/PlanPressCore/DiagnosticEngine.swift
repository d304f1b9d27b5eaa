/// The one place a run's settings are applied to diagnostics, and the one way they reach their
/// consumers. The rules report each problem with its rule's severity; under `--strict` every
/// warning is an error, for the check (a unit with warnings is left out) and for every consumer.
public struct DiagnosticEngine: Sendable {
    /// `--strict`: warnings count as errors.
    public var strict: Bool

    public init(strict: Bool) {
        self.strict = strict
    }

    /// What `diagnostic` counts as in this run.
    public func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        guard strict, diagnostic.severity == .warning else { return diagnostic }
        var d = diagnostic
        d.severity = .error
        return d
    }

    /// What each of `diagnostics` counts as in this run.
    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        strict ? diagnostics.map(apply) : diagnostics
    }

    /// Hands `diagnostics` (as this run counts them, in order of file, line, column and code) to
    /// every consumer, then lets each finish: the first failure to finish is thrown, after every
    /// consumer had its turn.
    public func emit(_ diagnostics: [Diagnostic], to consumers: [any DiagnosticConsumer]) throws {
        let list = Diagnostic.sorted(apply(diagnostics))
        for consumer in consumers { consumer.receive(list) }
        var failure: (any Error)?
        for consumer in consumers {
            do { try consumer.finish() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }
}
