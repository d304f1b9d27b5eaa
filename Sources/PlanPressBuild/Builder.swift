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

    /// How this build counts diagnostics (`--strict`), and how they reach their consumers.
    package var engine: DiagnosticEngine { pipeline.engine }

    /// Runs the steps in order, each timed under its name, and says what the build did. A step
    /// that fails stops the build: the staging folder is removed, `output/` stays as it was, and
    /// the failure names the step and the file.
    package func run() async -> Outcome {
        let start = Date()
        var clock = StageClock()
        var context = BuildContext(builder: self)
        for step in Self.steps where !context.finished && step.runs(context) {
            do {
                try await step.body(&context)
                clock.lap(step.name)
            } catch {
                context.abandon()
                context.outcome.failure = Failure(message: BuildError(step: step.name, error).message)
                break
            }
        }
        context.outcome.seconds = Date().timeIntervalSince(start)
        context.outcome.stages = clock.stages
        return context.outcome
    }

    /// Every step of a build, in order: the input's fingerprint, the check, the history, the alignment, each
    /// channel, the audit, publishing and the cache's record.
    package static let steps: [BuildStep] = [
        fingerprint, verify, readAndValidate, history, align, stage, templates, site, search, evidence, booklet, data, audit, publish,
        remember,
    ]
}

extension BuildContext {
    /// Stops what a failed build started: the data channel may still be writing into the staging
    /// folder, so it finishes first; then the staging folder goes.
    mutating func abandon() {
        _ = try? dataJob?.value()
        staging?.discard()
        staging = nil
    }
}

/// The channels' renderers, made once their templates are read.
package struct Renderers: Sendable {
    package var site: SiteRenderer
    package var booklet: BookletRenderer
}
extension Builder {
    /// Gives the memory freed by the last stage back to the system. Each thread allocates from
    /// its own malloc arena, and what one stage's threads freed is not reused by the next
    /// stage's: without this a national build's peak held every stage's leftovers.
    package static func releaseFreedMemory() {
        planpress_release_freed_memory()
    }
}
