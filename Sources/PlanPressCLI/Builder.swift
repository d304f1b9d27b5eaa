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
        /// How long each stage took, in order: `build --timings` prints them.
        var stages: [Stage] = []

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

    /// One stage's wall time.
    struct Stage {
        var name: String
        var seconds: Double
    }

    /// A failure of the tool or the disk rather than of the content, said in both languages.
    struct Failure: Error {
        var message: LocalizedText
    }

    func run() async -> Outcome {
        let start = Date()
        var clock = StageClock()
        let pipeline = Pipeline(content: contentURL, strict: strict, workingDirectory: workingDirectory)
        let validated = clock.time("read+validate") { pipeline.validate() }
        let checked = clock.time("align") { pipeline.align(validated) }
        var outcome = Outcome(checked: checked, published: nil, failure: nil, seconds: 0)
        func finish() -> Outcome {
            outcome.seconds = Date().timeIntervalSince(start)
            outcome.stages = clock.stages
            return outcome
        }
        let blocking = checked.validated.hasGlobalErrors || (checked.errors > 0 && !partial)
        guard !blocking, let report = checked.report else { return finish() }
        let files: [OutputFile]
        var bookletNotice: LocalizedText?
        do {
            let site = try await SiteRenderer(templates: templatesURL)
            let bookletRenderer = try await BookletRenderer(templates: templatesURL)
            clock.lap("templates")
            let pages = try clock.time("site") { try site.render(report) }
            // The search index and the data channel are independent and mostly serial inside:
            // make them side by side.
            let (search, data) = try clock.time("search+data") {
                let both = Parallel.map([0, 1]) { job -> Result<[OutputFile], any Error> in
                    job == 0 ? .success([SearchIndex.file(report)]) : Result { try DataRenderer().render(report) }
                }
                return (try both[0].get(), try both[1].get())
            }
            let evidence = try clock.time("evidence") { try EvidenceFiles.collect(report) }
            // The booklet (print/booklet.html, and booklet.pdf where WeasyPrint is installed).
            let booklet = try clock.time("booklet") {
                try bookletRenderer.build(report, content: contentURL, outputFolder: outputURL, environment: environment)
            }
            bookletNotice = booklet.notice
            // Last: every channel must state the same figures; the manifest lists what is published.
            files = try clock.time("audit") { try DataRenderer().seal(pages + search + data + evidence + booklet.files, report: report) }
        } catch {
            outcome.failure = Failure(message: LocalizedText(th: "ข้อผิดพลาดภายใน: \(error)", en: "internal error: \(error)"))
            return finish()
        }
        do {
            let bytes = try clock.time("publish") { try Publisher(outputURL: outputURL).publish(files) }
            outcome.published = Published(
                report: report, pages: files.count { $0.path.hasSuffix(".html") }, files: files.count, bytes: bytes,
                bookletNotice: bookletNotice)
        } catch {
            let name = outputURL.lastPathComponent
            outcome.failure = Failure(
                message: LocalizedText(th: "เขียน \(name)/ ไม่สำเร็จ: \(error)", en: "could not write \(name)/: \(error)"))
        }
        return finish()
    }
}

/// Wall time per stage, for `build --timings`.
struct StageClock {
    private(set) var stages: [Builder.Stage] = []
    private var last = Date()

    /// Runs `work` and records its time under `name`.
    mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let result = try work()
        lap(name)
        return result
    }

    /// Records the time since the last stage under `name`.
    mutating func lap(_ name: String) {
        let now = Date()
        stages.append(Builder.Stage(name: name, seconds: now.timeIntervalSince(last)))
        last = now
    }
}
