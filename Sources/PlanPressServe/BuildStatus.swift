import Foundation
import PlanPressCore

/// What the last build did, as the live-reload script reads it from `/__planpress/status`:
/// a version that changes with every build, and for a failed build the errors to show over
/// the page.
public struct BuildStatus: Codable, Sendable, Equatable {
    /// Set by ``BuildState`` when the status is published: 1 for the first build, then one more per build.
    public var version: Int
    /// Whether the build published (the page on screen is the new one after a reload).
    public var ok: Bool
    /// The language of the texts: `th` or `en`.
    public var lang: String
    /// The overlay's heading; empty when `ok`.
    public var title: String
    /// The one-line summary the terminal printed.
    public var summary: String
    /// The errors that kept the build from publishing, at most ``maxDiagnostics``.
    public var diagnostics: [OverlayDiagnostic]
    /// How many more errors there were than `diagnostics` holds.
    public var omitted: Int
    /// A failure of the tool or the disk rather than of the content.
    public var failure: String?

    /// The most errors sent to the browser; the terminal lists them all.
    public static let maxDiagnostics = 100

    public init(
        version: Int = 0, ok: Bool, lang: String, title: String, summary: String, diagnostics: [OverlayDiagnostic] = [],
        omitted: Int = 0, failure: String? = nil
    ) {
        self.version = version
        self.ok = ok
        self.lang = lang
        self.title = title
        self.summary = summary
        self.diagnostics = diagnostics
        self.omitted = omitted
        self.failure = failure
    }

    /// A build that published.
    public static func published(summary: String, language: Language) -> BuildStatus {
        BuildStatus(ok: true, lang: language.rawValue, title: "", summary: summary)
    }

    /// A build that published nothing: its errors (warnings are left to the terminal), or a
    /// failure of the tool. `excerpt` gives the source line to quote for a diagnostic.
    public static func failed(
        summary: String, diagnostics: [Diagnostic], failure: LocalizedText? = nil, language: Language,
        excerpt: @escaping (Diagnostic) -> String? = { _ in nil }
    ) -> BuildStatus {
        let overlay = OverlayDiagnostics(language: language, excerpt: excerpt)
        overlay.receive(diagnostics)
        return failed(summary: summary, overlay: overlay, failure: failure, language: language)
    }

    /// A build that published nothing, with the errors `overlay` received.
    public static func failed(
        summary: String, overlay: OverlayDiagnostics, failure: LocalizedText? = nil, language: Language
    ) -> BuildStatus {
        let errors = overlay.errors
        let title: String
        switch (language, errors == 0) {
        case (.th, false): title = "สร้างรายงานไม่สำเร็จ: ข้อผิดพลาด \(errors) รายการ"
        case (.en, false): title = "Build failed: \(errors) error\(errors == 1 ? "" : "s")"
        case (.th, true): title = "สร้างรายงานไม่สำเร็จ"
        case (.en, true): title = "Build failed"
        }
        return BuildStatus(
            ok: false, lang: language.rawValue, title: title, summary: summary, diagnostics: overlay.shown,
            omitted: errors - overlay.shown.count, failure: failure?[language])
    }

    /// The status as JSON, keys sorted so that the bytes depend only on the status.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
