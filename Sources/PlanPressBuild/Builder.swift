import CPlanPressSys
import Foundation
import PlanPressAlign
import PlanPressAudit
import PlanPressBooklet
import PlanPressCore
import PlanPressData
import PlanPressPresentation
import PlanPressPublish
import PlanPressSite

/// One whole build: check, render every channel, audit, publish. `build` runs it once and
/// prints its outcome; `serve` runs it again whenever the content or templates change.
package struct Builder {
    package var contentURL: URL
    package var templatesURL: URL
    package var outputURL: URL
    package var workingDirectory: URL
    package var strict = false
    package var partial = false
    /// The environment the booklet's PDF engine is looked up in (`serve` turns the PDF off).
    package var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The build cache folder (`.planpress-cache/`); nil builds from scratch and remembers nothing.
    package var cacheFolder: URL?

    package init(
        contentURL: URL, templatesURL: URL, outputURL: URL, workingDirectory: URL, strict: Bool = false, partial: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment, cacheFolder: URL? = nil
    ) {
        self.contentURL = contentURL
        self.templatesURL = templatesURL
        self.outputURL = outputURL
        self.workingDirectory = workingDirectory
        self.strict = strict
        self.partial = partial
        self.environment = environment
        self.cacheFolder = cacheFolder
    }

    /// What one build did.
    package struct Outcome {
        /// Every diagnostic of the content, printed (or shown in the browser) by the caller.
        package var diagnostics: [Diagnostic]
        /// True when site.yaml, the framework or a page has an error: nothing could be built.
        package var hasGlobalErrors: Bool
        package var units: Int
        package var projects: Int
        /// Set when the build published; nil when errors kept `output/` as it was.
        package var published: Published?
        /// Set when rendering or writing failed for a reason other than the content (exit 2).
        package var failure: Failure?
        package var seconds: Double
        /// How long each stage took, in order: `build --timings` prints them.
        package var stages: [Stage] = []

        package var errors: Int { diagnostics.count { $0.severity == .error } }
        package var warnings: Int { diagnostics.count { $0.severity == .warning } }
    }

    package struct Published: Codable {
        package var units: Int
        package var projects: Int
        package var pages: Int
        package var files: Int
        package var bytes: Int
        /// Files written by this build; the rest were the previous build's, left untouched.
        package var written: Int
        /// True when nothing changed since the last build and `output/` was not touched at all.
        package var unchanged: Bool
        /// Units whose pages were taken from the last build instead of rendered, and those pages.
        package var reusedUnits = 0
        package var reusedPages = 0
        /// Units left out with errors, and expected units with no file.
        package var rejected: [String]
        package var missing: [String]
        package var bookletNotice: LocalizedText?
    }

    /// One stage's wall time.
    package struct Stage {
        package var name: String
        package var seconds: Double
    }

    /// A failure of the tool or the disk rather than of the content, said in both languages.
    package struct Failure: Error {
        package var message: LocalizedText
    }

    package func run() async -> Outcome {
        let start = Date()
        var clock = StageClock()
        let cache = cacheFolder.map { BuildCache(folder: $0, outputURL: outputURL) }
        var inputs: BuildCache.Inputs?
        let previous = cache?.load()
        if cache != nil {
            let settings =
                ["strict \(strict)", "partial \(partial)", "output \(outputURL.path)", "content \(contentURL.path)"]
                + environment.filter { $0.key == "PLANPRESS_PDF_ENGINE" }.map { "\($0.key)=\($0.value)" }
            inputs = clock.time("fingerprint") {
                BuildCache.inputs(
                    content: contentURL, templates: templatesURL, settings: settings, previous: previous?.inputs ?? [:],
                    previousReadAt: previous?.inputsReadAt ?? 0)
            }
            // Same inputs as the last published build and its files untouched: nothing to do.
            if let record = previous, record.fingerprint == inputs?.fingerprint, BuildCache.outputIsIntact(record, outputURL: outputURL) {
                clock.lap("verify")
                var published = record.published
                published.written = 0
                published.unchanged = true
                return Outcome(
                    diagnostics: record.diagnostics, hasGlobalErrors: false, units: record.units, projects: record.projects,
                    published: published,
                    failure: nil, seconds: Date().timeIntervalSince(start), stages: clock.stages)
            }
        }
        let pipeline = Pipeline(content: contentURL, strict: strict, workingDirectory: workingDirectory)
        let validated = clock.time("read+validate") { pipeline.validate() }
        let checked = clock.time("align") { pipeline.align(validated) }
        Self.releaseFreedMemory()
        var outcome = Outcome(
            diagnostics: checked.diagnostics, hasGlobalErrors: validated.hasGlobalErrors,
            units: validated.submissions.count + validated.rejected.count,
            projects: validated.submissions.reduce(0) { $0 + $1.projects.count }, published: nil, failure: nil, seconds: 0)
        func finish() -> Outcome {
            outcome.seconds = Date().timeIntervalSince(start)
            outcome.stages = clock.stages
            return outcome
        }
        let blocking = checked.validated.hasGlobalErrors || (checked.errors > 0 && !partial)
        guard !blocking, let report = checked.report else { return finish() }
        var bookletNotice: LocalizedText?
        // Files go to a staging folder beside the output folder as soon as they are made, and
        // what the audited ones state is read then: no file stays in memory for the audit. The
        // output folder changes only at `commit`.
        let audit = ChannelAudit.Collector(ChannelAudit.Reader(report))
        let staging: StagingFolder
        do {
            staging = try StagingFolder(outputURL: outputURL, reusing: previous?.entries ?? [:], observer: audit)
        } catch {
            let name = outputURL.lastPathComponent
            outcome.failure = Failure(
                message: LocalizedText(th: "เขียน \(name)/ ไม่สำเร็จ: \(error)", en: "could not write \(name)/: \(error)"))
            return finish()
        }
        // A unit's own pages depend on its files, the rest of the inputs and the report's
        // headline sentence only: when all three are as at the last build, its pages are linked
        // from the output folder instead of made again.
        var unitKeys: [String: String] = [:]
        var reused: Set<String> = []
        if let inputs {
            let shared = SiteRenderer.sharedText(report)
            for unit in report.units {
                let id = unit.submission.unit.id
                unitKeys[id] = Manifest.sha256(Array("\(inputs.global)\n\(shared)\n\(inputs.units[id] ?? "-")".utf8))
            }
            if let previous, previous.global == inputs.global {
                let candidates = report.units.filter { previous.unitKeys[$0.submission.unit.id] == unitKeys[$0.submission.unit.id] }
                let done = Parallel.map(candidates) { unit in
                    staging.reuse(SiteRenderer.unitPagePaths(unit)) ? unit.submission.unit.id : nil
                }
                reused = Set(done.compactMap { $0 })
            }
        }
        var dataJob: BackgroundJob<Void>?
        do {
            // The data channel (report.xml, each unit validated as it is written, and report.json)
            // starts now, on a thread of its own, beside the site's pages, and stages its own files.
            let data = BackgroundJob {
                try DataRenderer(readingAlong: ChannelAudit.xmlQuery).render(report, staging: staging) { try staging.add($0) }
            }
            dataJob = data
            let site = try await SiteRenderer(templates: templatesURL)
            let bookletRenderer = try await BookletRenderer(templates: templatesURL)
            clock.lap("templates")
            try clock.time("site") {
                try site.render(report, skipping: reused) { _, files in
                    for file in files { try staging.add(file) }
                }
            }
            Self.releaseFreedMemory()
            try clock.time("search") { try staging.stream(SearchIndex.path) { flush in SearchIndex.write(report, flush: flush) } }
            try clock.time("evidence") { try staging.add(try EvidenceFiles.collect(report)) }
            Self.releaseFreedMemory()
            // The booklet (print/booklet.html, and booklet.pdf where WeasyPrint is installed),
            // beside the data channel if it is still at work (when one unit changed, the site is
            // quick and the data channel is not).
            bookletNotice = try clock.time("booklet") {
                let booklet = try bookletRenderer.build(
                    report, content: contentURL, outputFolder: outputURL, environment: environment, staging: staging)
                try staging.add(booklet.files)
                return booklet.notice
            }
            try clock.time("data") { try data.value() }
            Self.releaseFreedMemory()
            // Last: every channel must state the same figures; the manifest lists what is published.
            try clock.time("audit") {
                try ChannelAudit.verify(audit)
                try staging.add(Manifest.file(records: staging.staged))
            }
        } catch {
            // The data channel may still be writing into the staging folder: it finishes first.
            _ = try? dataJob?.value()
            staging.discard()
            outcome.failure = Failure(message: LocalizedText(th: "ข้อผิดพลาดภายใน: \(error)", en: "internal error: \(error)"))
            return finish()
        }
        do {
            // The record goes before the output changes: a build killed in between must not
            // leave a record that vouches for a half-known output.
            cache?.clear()
            let result = try clock.time("publish") { try staging.commit() }
            let paths = result.entries.keys
            let published = Published(
                units: report.units.count, projects: report.totals.projects, pages: paths.count { $0.hasSuffix(".html") },
                files: paths.count, bytes: result.bytes, written: result.written, unchanged: false,
                reusedUnits: reused.count,
                reusedPages: report.units.filter { reused.contains($0.submission.unit.id) }.reduce(0) {
                    $0 + 1 + $1.projects.count
                },
                rejected: report.rejected.map(\.unitID), missing: report.missing.map(\.id), bookletNotice: bookletNotice)
            outcome.published = published
            if let cache, let inputs {
                cache.save(
                    BuildCache.Record(
                        fingerprint: inputs.fingerprint, global: inputs.global, unitKeys: unitKeys, diagnostics: outcome.diagnostics,
                        units: outcome.units, projects: outcome.projects, published: published, entries: result.entries,
                        inputs: inputs.stamps, inputsReadAt: inputs.readAt))
                clock.lap("cache")
            }
        } catch {
            let name = outputURL.lastPathComponent
            outcome.failure = Failure(
                message: LocalizedText(th: "เขียน \(name)/ ไม่สำเร็จ: \(error)", en: "could not write \(name)/: \(error)"))
        }
        return finish()
    }
}

extension Builder {
    /// Gives the memory freed by the last stage back to the system. Each thread allocates from
    /// its own malloc arena, and what one stage's threads freed is not reused by the next
    /// stage's: without this a national build's peak held every stage's leftovers.
    package static func releaseFreedMemory() {
        planpress_release_freed_memory()
    }
}

/// Wall time per stage, for `build --timings`.
package struct StageClock {
    private(set) var stages: [Builder.Stage] = []
    private var last = Date()

    /// Runs `work` and records its time under `name`.
    package mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let result = try work()
        lap(name)
        return result
    }

    /// Records the time since the last stage under `name`.
    package mutating func lap(_ name: String) {
        let now = Date()
        stages.append(Builder.Stage(name: name, seconds: now.timeIntervalSince(last)))
        last = now
    }
}
