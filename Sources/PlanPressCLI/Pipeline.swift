import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressRender
import PlanPressValidate

/// Runs the stages in order; the commands only decide what to print and publish.
struct Pipeline {
    var content: URL
    var strict: Bool
    var workingDirectory: URL

    struct Checked {
        var validated: ValidatedContent
        var report: Report?
        var diagnostics: [Diagnostic]

        var errors: Int { diagnostics.count { $0.severity == .error } }
        var warnings: Int { diagnostics.count { $0.severity == .warning } }
    }

    /// Parse, validate and align.
    func check() -> Checked {
        align(validate())
    }

    /// Read and validate every file.
    func validate() -> ValidatedContent {
        ContentValidator(contentURL: content, displayBase: workingDirectory, strict: strict).validate()
    }

    /// Align the validated content with the framework.
    func align(_ validated: ValidatedContent) -> Checked {
        let (report, alignDiagnostics) = Aligner(strict: strict, sourceDate: Self.sourceDateEpoch()).align(validated)
        return Checked(validated: validated, report: report, diagnostics: Diagnostic.sorted(validated.diagnostics + alignDiagnostics))
    }

    /// `SOURCE_DATE_EPOCH` as a date, for reports whose site gives no `published_on`.
    static func sourceDateEpoch() -> CalendarDate? {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(raw) else { return nil }
        return CalendarDate(unixSeconds: seconds)
    }
}
