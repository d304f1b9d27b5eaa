import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory
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
        /// This year's report beside the years of `content/history/`, when there is a report.
        package var trends: Trends? = nil

        package var errors: Int { diagnostics.count { $0.severity == .error } }
        package var warnings: Int { diagnostics.count { $0.severity == .warning } }
    }

    /// Parse, validate, read the history and align.
    package func check() -> Checked {
        var validated = validate()
        let history = readHistory(&validated)
        return align(validated, history: history)
    }

    /// Read and validate every file.
    package func validate() -> ValidatedContent {
        ContentValidator(contentURL: content, displayBase: workingDirectory, engine: engine).validate()
    }

    /// The reports of earlier years in `content/history/`, checked against the validated
    /// site.yaml. Their problems join the content's; an error among them is an error of the
    /// office's own files, which stops the build even with `--partial` (a year is never dropped).
    package func readHistory(_ validated: inout ValidatedContent) -> History {
        let (history, diagnostics) = HistoryReader(contentURL: content, displayBase: workingDirectory, engine: engine).read(
            site: validated.site)
        guard !diagnostics.isEmpty else { return history }
        validated.diagnostics = Diagnostic.sorted(validated.diagnostics + diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { validated.hasGlobalErrors = true }
        return history
    }

    /// Align the validated content with the framework, and set the report beside `history`.
    package func align(_ validated: ValidatedContent, history: History = History()) -> Checked {
        let (report, alignDiagnostics) = Aligner(engine: engine, sourceDate: Self.sourceDateEpoch()).align(validated)
        return Checked(
            validated: validated, report: report, diagnostics: Diagnostic.sorted(validated.diagnostics + alignDiagnostics),
            trends: report.map { Trends(history: history, report: $0) })
    }

    /// `SOURCE_DATE_EPOCH` as a date, for reports whose site gives no `published_on`.
    package static func sourceDateEpoch() -> CalendarDate? {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(raw) else { return nil }
        return CalendarDate(unixSeconds: seconds)
    }
}
