import Foundation
import PlanPressAlign
import PlanPressAudit
import PlanPressCore
import PlanPressHistory
import PlanPressPublish
import PlanPressValidate

/// What the steps of one build share: the settings, what the earlier steps made, and the outcome
/// so far. A step that ends the build early (nothing changed, or the content has errors) sets
/// `finished`.
package struct BuildContext: @unchecked Sendable {
    package let builder: Builder
    package let cache: BuildCache?
    package let previous: BuildCache.Record?
    package var inputs: BuildCache.Inputs?
    package var validated: ValidatedContent?
    package var checked: Pipeline.Checked?
    /// The reports of earlier years (`content/history/`), read after site.yaml.
    package var history: History?
    /// The report every channel renders; set once the content may be published.
    package var report: Report?
    /// This year's report beside the earlier years, matched by code, for the channels that show
    /// the years before; set with `report`.
    package var trends: Trends?
    package var staging: StagingFolder?
    package var audit: ChannelAudit.Collector?
    /// Per unit id, the key its pages are rendered under, and the units whose pages were reused.
    package var unitKeys: [String: String] = [:]
    package var reused: Set<String> = []
    /// The channels' renderers, made once their templates are read.
    package var renderers: Renderers?
    /// The data channel, at work on a thread of its own beside the other channels.
    package var dataJob: BackgroundJob<Void>?
    package var bookletNotice: LocalizedText?
    /// What `publish` put in `output/`, for the cache's record.
    package var publishedEntries: [String: Publisher.Entry] = [:]
    package var outcome: Builder.Outcome
    /// Set by a step after which nothing is left to do.
    package var finished = false

    init(builder: Builder) {
        self.builder = builder
        cache = builder.cacheFolder.map { BuildCache(folder: $0, outputURL: builder.outputURL) }
        previous = cache?.load()
        outcome = Builder.Outcome(diagnostics: [], hasGlobalErrors: false, units: 0, projects: 0, published: nil, failure: nil, seconds: 0)
    }

    /// The report, for the steps that run only once there is one.
    package func theReport() throws -> Report {
        guard let report else { throw MissingStep(what: "the report") }
        return report
    }

    /// The staging folder, for the steps that run only once there is one.
    package func theStaging() throws -> StagingFolder {
        guard let staging else { throw MissingStep(what: "the staging folder") }
        return staging
    }

    /// A step ran before the step that makes what it needs: a mistake in the list of steps.
    struct MissingStep: Error, CustomStringConvertible {
        var what: String
        var description: String { "\(what) is not made yet: the build's steps are out of order" }
    }
}
