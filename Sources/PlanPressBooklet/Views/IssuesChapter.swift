import PlanPressTemplates

/// ส่วนที่ ๕ ปัญหา อุปสรรค และข้อเสนอแนะ: the office's pages, then the problems and suggestions
/// units reported, by top strategy.
struct IssuesChapter: Encodable, Sendable {
    @Flattened var heading: ChapterHeading
    /// No project reported a problem or a suggestion.
    var none: Bool
    var sections: [BookletSection<IssuesSection>]
}

/// The projects of one top strategy that reported problems or suggestions.
struct IssuesSection: Encodable, Sendable {
    let isIssues = true
    /// Made as the booklet is written.
    var rows: LazyViews<IssueRow>
}

/// A project's problems and suggestions.
struct IssueRow: Encodable, Sendable {
    var project: String
    var unit: String
    var problems: [String]
    var suggestions: [String]
}
