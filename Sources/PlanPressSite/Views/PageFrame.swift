import PlanPressTemplates

/// What every page has around its own view: its place in the site and the site's shared parts.
/// Its names stand beside the page view's own, and win where both have one (no view uses them).
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

    /// `body` converted for its page's template, with the frame's names beside its own.
    ///
    /// The frame's few fields are added to the converted view, rather than the view's many
    /// copied beside the frame's as a `@Flattened` body would be (the encoder converts a
    /// flattened view apart and then copies its fields), on each of up to 42,000 pages.
    func page<Body: Encodable>(_ body: Body) -> TemplateValue {
        guard case .object(var fields) = TemplateValue(encoding: body, .display()),
            case .object(let frame) = TemplateValue(encoding: self, .display())
        else { preconditionFailure("views are objects") }
        fields.merge(frame) { _, frame in frame }
        return .object(fields)
    }
}

extension PageFrame: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 9)
        o.text("root", root)
        o.text("pageTitle", pageTitle)
        o.list(
            "crumbs",
            crumbs.map { crumb in
                var c = TemplateObject(encoding, capacity: 2)
                c.text("href", crumb.href)
                c.text("label", crumb.label)
                return c.value
            })
        o.flag("hasCrumbs", hasCrumbs)
        o.text("canonical", canonical)
        o.value("site", site)
        o.value("description", description)
        return o.value
    }
}
