import PlanPressTemplates

/// The whole booklet as `booklet.mustache` reads it: the cover's facts, the chapters in the
/// order they are printed, and the table of contents built from their headings.
struct BookletView: Encodable, Sendable {
    var lang: String
    var title: String
    var office: String
    var province: String
    var fiscalYear: String
    var reportDate: String
    /// The month of the report for the cover; empty (so absent) when the report has no date.
    var reportMonth: String
    var reportDateISO: String
    /// The CSS counter style of page numbers: `thai` or `decimal`.
    var counterStyle: String
    var foreword: Foreword
    var tocTitle: String
    var summary: ExecutiveSummary
    var part1: BackgroundChapter
    var part2: PlanChapter
    var part3: ResultsChapter
    var part4: AlignmentChapter
    var part5: IssuesChapter
    var appendix: AppendixChapter
    var toc: [TocEntry]
    /// `print/booklet.css`, inlined by the renderer.
    var css = ""
    /// The office's logo as a data URI, set by the renderer when the content has one.
    var logo: String?
}

/// The foreword (คำนำ): the office's own page, or a paragraph made from the site's settings.
struct Foreword: Encodable, Sendable {
    var id: String
    var title: String
    var html: String
}

/// A line of the table of contents.
struct TocEntry: Encodable, Sendable {
    var href: String
    var title: String
    /// A chapter rather than one of its sections.
    var level1: Bool
}

/// A chapter's heading: `ส่วนที่ ๑` and its title.
struct ChapterHeading: Encodable, Sendable {
    var id: String
    var label: String
    var title: String
}

/// A numbered section of a chapter: one of the office's narrative pages (`html`) or a section
/// the booklet makes (`content`, whose fields stand beside the section's own).
struct BookletSection<Content: Encodable & Sendable>: Encodable, Sendable {
    var id: String
    var title: String
    var html: String?
    @Flattened var content: Content?
}

/// A block of the office's prose, as HTML.
struct Prose: Encodable, Sendable {
    var html: String
}

/// A plan item's label (`๓.๒ …`) in a list of items.
struct ItemLabel: Encodable, Sendable {
    var label: String
}
