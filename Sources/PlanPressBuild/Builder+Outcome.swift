import Foundation
import PlanPressCore

extension Builder {
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
}
