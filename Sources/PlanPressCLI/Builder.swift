import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressRender

/// One whole build: check, render every channel, audit, publish. `build` runs it once and
/// prints its outcome; `serve` runs it again whenever the content or templates change.
struct Builder {
    var contentURL: URL
    var templatesURL: URL
    var outputURL: URL
    var workingDirectory: URL
    var strict = false
    var partial = false
    /// The environment the booklet's PDF engine is looked up in (`serve` turns the PDF off).
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// What one build did.
    struct Outcome {
        /// The checked content; its diagnostics are printed (or shown in the browser) by the caller.
        var checked: Pipeline.Checked
        /// Set when the build published; nil when errors kept `output/` as it was.
        var published: Published?
        /// Set when rendering or writing failed for a reason other than the content (exit 2).
        var failure: Failure?
        var seconds: Double

        var units: Int { checked.validated.submissions.count + checked.validated.rejected.count }
        var projects: Int { checked.validated.submissions.reduce(0) { $0 + $1.projects.count } }
    }

    struct Published {
        var report: Report
        var pages: Int
        var files: Int
        var bytes: Int
        var bookletNotice: LocalizedText?
    }

    /// A failure of the tool or the disk rather than of the content, said in both languages.
    struct Failure: Error {
        var message: LocalizedText
    }

    func run() async -> Outcome {
        let start = Date()
        let checked = Pipeline(content: contentURL, strict: strict, workingDirectory: workingDirectory).check()
        var outcome = Outcome(checked: checked, published: nil, failure: nil, seconds: 0)
        let blocking = checked.validated.hasGlobalErrors || (checked.errors > 0 && !partial)
        guard !blocking, let report = checked.report else {
            outcome.seconds = Date().timeIntervalSince(start)
            return outcome
        }
        let files: [OutputFile]
        var bookletNotice: LocalizedText?
        do {
            let site = try await SiteRenderer(templates: templatesURL)
            // The booklet (print/booklet.html, and booklet.pdf where WeasyPrint is installed).
            let booklet = try await BookletRenderer(templates: templatesURL).build(
                report, content: contentURL, outputFolder: outputURL, environment: environment)
            bookletNotice = booklet.notice
            let pages = try site.render(report)
            let rendered =
                try pages + [SearchIndex.file(report)] + DataRenderer().render(report) + EvidenceFiles.collect(report) + booklet.files
            // Last: every channel must state the same figures; the manifest lists what is published.
            files = try DataRenderer().seal(rendered, report: report)
        } catch {
            outcome.failure = Failure(message: LocalizedText(th: "ข้อผิดพลาดภายใน: \(error)", en: "internal error: \(error)"))
            outcome.seconds = Date().timeIntervalSince(start)
            return outcome
        }
        do {
            let bytes = try Publisher(outputURL: outputURL).publish(files)
            outcome.published = Published(
                report: report, pages: files.count { $0.path.hasSuffix(".html") }, files: files.count, bytes: bytes,
                bookletNotice: bookletNotice)
        } catch {
            let name = outputURL.lastPathComponent
            outcome.failure = Failure(
                message: LocalizedText(th: "เขียน \(name)/ ไม่สำเร็จ: \(error)", en: "could not write \(name)/: \(error)"))
        }
        outcome.seconds = Date().timeIntervalSince(start)
        return outcome
    }
}
