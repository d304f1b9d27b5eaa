import PlanPressCore

/// PP306: one file lists more than `SubmissionValidator.maximumProjects` projects; none of them
/// is read, so that one file cannot hold the build.
package enum TooManyProjects: DiagnosticRule {
    package static let code = DiagnosticCode.tooManyProjects
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "โครงการเกิน 2,000 โครงการในไฟล์เดียว", en: "more than 2,000 projects in one file")

    /// The problem with a list of `count` projects, nil when it is within the limit.
    static func check(count: Int, at location: SourceLocation) -> Diagnostic? {
        let limit = SubmissionValidator.maximumProjects
        guard count > limit else { return nil }
        return make(
            at: location,
            th: "มี \(count) โครงการ เกินขีดจำกัด \(limit) โครงการต่อไฟล์",
            en: "\(count) projects, over the limit of \(limit) per file")
    }
}
