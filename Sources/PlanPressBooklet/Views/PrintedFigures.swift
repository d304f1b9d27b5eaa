import PlanPressTemplates

/// A figure as printed, marked for the cross-channel audit when it has a `key`:
/// `booklet-fig.mustache` writes `<data data-audit="key" value="value">text</data>`.
struct PrintedFigure: Encodable, Sendable {
    var key: String?
    /// The figure as the other channels write it (plain digits, no grouping).
    var value: String?
    var text: String
}

/// The figures of a total, a strategy or a unit, formatted in the print channel's digits. Views
/// that show them hold them `@Flattened`, so that the figures stand beside the view's own names.
struct PrintedFigures: Encodable, Sendable {
    var projects: PrintedFigure
    var allocated: PrintedFigure
    var spent: PrintedFigure
    var achieved: PrintedFigure
    var notAchieved: PrintedFigure
    var notMeasured: PrintedFigure
    var units: String
    var indicators: String
    var rate: String
    var allocatedMillions: String
    var spentMillions: String
}

/// A top strategy's figures in a table of strategies, linked to its section of part ๓.
struct StrategyFigures: Encodable, Sendable {
    @Flattened var figures: PrintedFigures
    var label: String
    var href: String
}
