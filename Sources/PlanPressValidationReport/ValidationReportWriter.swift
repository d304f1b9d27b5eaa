import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressPublish
import PlanPressValidate

/// The validation report's consumer: from the diagnostics it receives and what was read of the
/// files (their lines, and the facts of unit files that did not validate), it makes the report
/// (every unit's state, for the terminal and JSON too) and, with a folder, writes its pages
/// there (`planpress check --report DIR`, the folder replaced as a whole).
public final class ValidationReportWriter: DiagnosticConsumer {
    let content: ValidatedContent
    let report: Report?
    let lines: [String: [String]]
    let facts: [String: ValidationReport.RawFacts]
    let workbooks: [String: WorkbookText]
    /// The font files written beside the pages (`fonts/…`).
    let fonts: [OutputFile]
    let language: Language
    let folder: URL?
    private var received: [Diagnostic] = []

    /// The report, once `finish` made it.
    public private(set) var made: ValidationReport?
    /// The files written into `folder`.
    public private(set) var written: [OutputFile] = []

    public init(
        content: ValidatedContent, report: Report?, lines: [String: [String]], facts: [String: ValidationReport.RawFacts],
        workbooks: [String: WorkbookText] = [:], fonts: [OutputFile] = [], language: Language, folder: URL?
    ) {
        self.fonts = fonts
        self.content = content
        self.report = report
        self.lines = lines
        self.facts = facts
        self.workbooks = workbooks
        self.language = language
        self.folder = folder
    }

    public func receive(_ diagnostics: [Diagnostic]) {
        received += diagnostics
    }

    public func finish() throws {
        let made = ValidationReport.make(
            content: content, report: report, diagnostics: received, lines: lines, facts: facts, workbooks: workbooks, language: language)
        self.made = made
        guard let folder else { return }
        let files = made.render() + fonts
        try Publisher(outputURL: folder).publish(files)
        written = files
    }
}
