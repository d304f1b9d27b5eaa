import PlanPressTemplates

/// A page as its template reads it: the page's own view, and beside its fields the frame every
/// page has. The frame's names win where both have one (no view uses them).
struct SitePage<Body: Encodable>: Encodable {
    @Flattened var body: Body
    @Flattened var frame: PageFrame
}

/// What every page has around its own view: its place in the site and the site's shared parts.
struct PageFrame: Encodable {
    /// `../` per level below the site's root: links are relative, so the folder works under any path.
    var root: String
    var pageTitle: String
    var crumbs: [SiteRenderer.Page.Crumb]
    var hasCrumbs: Bool
    /// The page's address under the site's base URL, when there is one.
    var canonical: String?
    /// `SiteView`, converted once per build.
    var site: TemplateValue
    /// The report's headline sentence, converted once per build.
    var description: TemplateValue
}
