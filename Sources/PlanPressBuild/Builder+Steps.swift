import CPlanPressSys
import Foundation
import PlanPressAlign
import PlanPressAudit
import PlanPressBooklet
import PlanPressCore
import PlanPressData
import PlanPressHistory
import PlanPressPresentation
import PlanPressPublish
import PlanPressSite

extension Builder {
    /// A digest of every input and setting, compared with the last published build's.
    static let fingerprint = BuildStep(
        "fingerprint", when: { $0.cache != nil },
        body: { context in
            let builder = context.builder
            let settings =
                [
                    "strict \(builder.strict)", "partial \(builder.partial)", "output \(builder.outputURL.path)",
                    "content \(builder.contentURL.path)",
                ]
                + builder.environment.filter { $0.key == "PLANPRESS_PDF_ENGINE" }.map { "\($0.key)=\($0.value)" }
            context.inputs = BuildCache.inputs(
                content: builder.contentURL, templates: builder.templatesURL, settings: settings,
                previous: context.previous?.inputs ?? [:], previousReadAt: context.previous?.inputsReadAt ?? 0)
        })

    /// Same inputs as the last published build and its files untouched: nothing to do, and the
    /// last build's diagnostics and summary are the outcome.
    static let verify = BuildStep(
        "verify",
        when: { context in
            guard let record = context.previous, let inputs = context.inputs else { return false }
            return record.fingerprint == inputs.fingerprint && BuildCache.outputIsIntact(record, outputURL: context.builder.outputURL)
        },
        body: { context in
            guard let record = context.previous else { return }
            var published = record.published
            published.written = 0
            published.unchanged = true
            context.outcome = Outcome(
                diagnostics: record.diagnostics, hasGlobalErrors: false, units: record.units, projects: record.projects,
                published: published, failure: nil, seconds: 0)
            context.finished = true
        })

    /// Every file of `content/` read and validated.
    static let readAndValidate = BuildStep(
        "read+validate",
        body: { context in
            let validated = context.builder.pipeline.validate()
            context.validated = validated
            context.outcome.hasGlobalErrors = validated.hasGlobalErrors
            context.outcome.units = validated.submissions.count + validated.rejected.count
            context.outcome.projects = validated.submissions.reduce(0) { $0 + $1.projects.count }
        })

    /// The reports of earlier years (`content/history/<year>/report.json`), checked against
    /// site.yaml's fiscal year and province; an error among them stops the build as one in
    /// site.yaml does.
    static let history = BuildStep(
        "history",
        body: { context in
            guard var validated = context.validated else { throw BuildContext.MissingStep(what: "the validated content") }
            context.history = context.builder.pipeline.readHistory(&validated)
            context.validated = validated
            context.outcome.hasGlobalErrors = validated.hasGlobalErrors
        })

    /// The units aligned with the framework; the build ends here when the content has errors
    /// (unless `--partial` lets the valid units through).
    static let align = BuildStep(
        "align",
        body: { context in
            guard let validated = context.validated else { throw BuildContext.MissingStep(what: "the validated content") }
            let checked = context.builder.pipeline.align(validated, history: context.history ?? History())
            context.validated = nil
            releaseFreedMemory()
            context.outcome.diagnostics = checked.diagnostics
            let blocking = checked.validated.hasGlobalErrors || (checked.errors > 0 && !context.builder.partial)
            guard !blocking, let report = checked.report else {
                context.finished = true
                return
            }
            context.report = report
            context.trends = checked.trends
        })

    /// The staging folder beside `output/`, where every channel's files go as soon as they are
    /// made, shown to the audit; a unit's pages are taken from the last build when its file, the
    /// rest of the inputs and the report's headline sentence are as they were then.
    static let stage = BuildStep(
        "staging",
        body: { context in
            let report = try context.theReport()
            let audit = ChannelAudit.Collector(ChannelAudit.Reader(report, trends: context.trends))
            let output = context.builder.outputURL
            let staging: StagingFolder
            do {
                staging = try StagingFolder(outputURL: output, reusing: context.previous?.entries ?? [:], observer: audit)
            } catch {
                throw WriteFailure(folder: output.lastPathComponent, underlying: error)
            }
            context.audit = audit
            context.staging = staging
            guard let inputs = context.inputs else { return }
            let shared = SiteRenderer.sharedText(report)
            for unit in report.units {
                let id = unit.submission.unit.id
                context.unitKeys[id] = Manifest.sha256(Array("\(inputs.global)\n\(shared)\n\(inputs.units[id] ?? "-")".utf8))
            }
            if let previous = context.previous, previous.global == inputs.global {
                let keys = context.unitKeys
                let candidates = report.units.filter { previous.unitKeys[$0.submission.unit.id] == keys[$0.submission.unit.id] }
                let done = Parallel.map(candidates) { unit in
                    staging.reuse(SiteRenderer.unitPagePaths(unit)) ? unit.submission.unit.id : nil
                }
                context.reused = Set(done.compactMap { $0 })
            }
        })

    /// The data channel (`report.xml`, each unit validated as it is written, `report.json`, the
    /// CSVs) starts on a thread of its own, beside the other channels; then the templates of the
    /// site and the booklet are read.
    static let templates = BuildStep(
        "templates",
        body: { context in
            let report = try context.theReport()
            let staging = try context.theStaging()
            let trends = context.trends
            context.dataJob = BackgroundJob {
                try DataRenderer(readingAlong: ChannelAudit.xmlQuery).render(report, trends: trends, staging: staging) {
                    try staging.add($0)
                }
            }
            let folder = context.builder.templatesURL
            context.renderers = Renderers(
                site: try await SiteRenderer(templates: folder), booklet: try await BookletRenderer(templates: folder))
        })

    /// The website's pages (but those of unchanged units, taken from the last build).
    static let site = BuildStep(
        "site",
        body: { context in
            let staging = try context.theStaging()
            guard let renderers = context.renderers else { throw BuildContext.MissingStep(what: "the templates") }
            try renderers.site.render(try context.theReport(), trends: context.trends, skipping: context.reused) { _, files in
                for file in files { try staging.add(file) }
            }
            releaseFreedMemory()
        })

    /// The site's search index, written a unit at a time.
    static let search = BuildStep(
        "search",
        body: { context in
            let report = try context.theReport()
            try context.theStaging().stream(OutputPath.searchIndex) { flush in SearchIndex.write(report, flush: flush) }
        })

    /// The evidence files units attached.
    static let evidence = BuildStep(
        "evidence",
        body: { context in
            try context.theStaging().add(try EvidenceFiles.collect(try context.theReport()))
            releaseFreedMemory()
        })

    /// The booklet (`print/booklet.html`, and its PDF where an engine is installed), beside the
    /// data channel if it is still at work (when one unit changed, the site is quick and the data
    /// channel is not).
    static let booklet = BuildStep(
        "booklet",
        body: { context in
            guard let renderers = context.renderers else { throw BuildContext.MissingStep(what: "the templates") }
            let staging = try context.theStaging()
            let builder = context.builder
            let booklet = try renderers.booklet.build(
                try context.theReport(), trends: context.trends, content: builder.contentURL, outputFolder: builder.outputURL,
                environment: builder.environment, staging: staging)
            try staging.add(booklet.files)
            context.bookletNotice = booklet.notice
        })

    /// The data channel's end: its thread is waited for.
    static let data = BuildStep(
        "data",
        body: { context in
            try context.dataJob?.value()
            context.dataJob = nil
            releaseFreedMemory()
        })

    /// Every channel must state the same figures; then the manifest lists what is published.
    static let audit = BuildStep(
        "audit",
        body: { context in
            guard let audit = context.audit else { throw BuildContext.MissingStep(what: "the audit") }
            let staging = try context.theStaging()
            try ChannelAudit.verify(audit)
            try staging.add(Manifest.file(records: staging.staged))
        })

    /// The staging folder swapped in as `output/`, at once. The cache's record goes first: a build
    /// killed in between must not leave a record that vouches for a half-known output.
    static let publish = BuildStep(
        "publish",
        body: { context in
            let report = try context.theReport()
            let staging = try context.theStaging()
            context.cache?.clear()
            let result: Publisher.Result
            do {
                result = try staging.commit()
            } catch {
                throw WriteFailure(folder: context.builder.outputURL.lastPathComponent, underlying: error)
            }
            context.staging = nil
            let paths = result.entries.keys
            let reused = context.reused
            context.outcome.published = Published(
                units: report.units.count, projects: report.totals.projects, pages: paths.count { $0.hasSuffix(".html") },
                files: paths.count, bytes: result.bytes, written: result.written, unchanged: false, reusedUnits: reused.count,
                reusedPages: report.units.filter { reused.contains($0.submission.unit.id) }.reduce(0) { $0 + 1 + $1.projects.count },
                rejected: report.rejected.map(\.unitID), missing: report.missing.map(\.id), bookletNotice: context.bookletNotice)
            context.publishedEntries = result.entries
        })

    /// What the next build needs to know of this one.
    static let remember = BuildStep(
        "cache", when: { $0.cache != nil && $0.inputs != nil && $0.outcome.published != nil },
        body: { context in
            guard let cache = context.cache, let inputs = context.inputs, let published = context.outcome.published else { return }
            let outcome = context.outcome
            cache.save(
                BuildCache.Record(
                    fingerprint: inputs.fingerprint, global: inputs.global, unitKeys: context.unitKeys, diagnostics: outcome.diagnostics,
                    units: outcome.units, projects: outcome.projects, published: published, entries: context.publishedEntries,
                    inputs: inputs.stamps, inputsReadAt: inputs.readAt))
        })

    /// The pipeline of this build's content and settings.
    var pipeline: Pipeline {
        Pipeline(content: contentURL, strict: strict, workingDirectory: workingDirectory)
    }

    /// The output folder could not be written or replaced: the disk's refusal, not the tool's.
    struct WriteFailure: LocatedError, CustomStringConvertible {
        var folder: String
        var underlying: any Error
        var path: String? { folder + "/" }
        var description: String { "\(underlying)" }
    }
}
