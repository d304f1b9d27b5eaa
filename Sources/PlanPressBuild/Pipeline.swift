import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// Runs the stages in order; the commands only decide what to print and publish.
package struct Pipeline {
    package var content: URL
    package var strict: Bool
    package var workingDirectory: URL

    /// How this run counts diagnostics (`--strict`), and how they reach their consumers.
    package var engine: DiagnosticEngine { DiagnosticEngine(strict: strict) }

    package init(content: URL, strict: Bool, workingDirectory: URL) {
        self.content = content
        self.strict = strict
        self.workingDirectory = workingDirectory
    }

    package struct Checked {
        package var validated: ValidatedContent
        package var report: Report?
        package var diagnostics: [Diagnostic]

        package var errors: Int { diagnostics.count { $0.severity == .error } }
        package var warnings: Int { diagnostics.count { $0.severity == .warning } }
    }

    /// Parse, validate and align.
    package func check() -> Checked {
        align(validate())
    }

    /// Read and validate every file.
    package func validate() -> ValidatedContent {
        ContentValidator(contentURL: content, displayBase: workingDirectory, engine: engine).validate()
    }

    /// Align the validated content with the framework.
    package func align(_ validated: ValidatedContent) -> Checked {
        let (report, alignDiagnostics) = Aligner(engine: engine, sourceDate: Self.sourceDateEpoch()).align(validated)
        return Checked(validated: validated, report: report, diagnostics: Diagnostic.sorted(validated.diagnostics + alignDiagnostics))
    }

    /// `SOURCE_DATE_EPOCH` as a date, for reports whose site gives no `published_on`.
    package static func sourceDateEpoch() -> CalendarDate? {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(raw) else { return nil }
        return CalendarDate(unixSeconds: seconds)
    }
}
