import PlanPressTemplates

/// A plan item's page: its figures, its place among the plans, its projects, units and
/// strategic indicators.
struct ItemView: Encodable {
    @Flattened var row: ItemRow
    var planName: String
    var planHref: String
    var parent: NamedCodeLink?
    var children: [NamedCodeLink]
    /// The items of other plans this item serves, and those that serve it.
    var supports: [NamedCodeLink]
    var supportedBy: [NamedCodeLink]
    /// The rows of `SiteModel.projectRows`, converted once for every page that lists them.
    var projectRows: [TemplateValue]
    var unitRows: [NamedLink]
    var strategicIndicators: [StrategicIndicatorView]
    var hasIndicators: Bool
    /// With earlier years: the item's figures by year (one element, or none), and its strategic
    /// indicators that earlier years had and this year's framework does not.
    var itemYears: [YearsView]
    var goneIndicators: [GoneIndicator]
}
