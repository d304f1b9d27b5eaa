import PlanPressTemplates

extension TemplateEncoding {
    /// How the site's and the booklet's views are shown: every text as `BidiIsolation.display`
    /// shows it, and beside every list `name` a flag `hasName`. With `dropEmptyText`, empty
    /// texts are left out of objects; with `parallel`, long lists are converted on every core.
    public static func display(dropEmptyText: Bool = false, parallel: Bool = false) -> TemplateEncoding {
        TemplateEncoding(text: { BidiIsolation.display($0) }, listFlags: true, dropEmptyText: dropEmptyText, parallel: parallel)
    }
}
