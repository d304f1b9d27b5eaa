/// A strategic indicator on its item's page: its chart with the chart's data as a table, its
/// targets, and what units and projects reported for it.
struct StrategicIndicatorView: Encodable {
    /// The chart's data: the baseline, every yearly target, the year's value.
    var chartRows: [ChartRow]
    var chart: String
    var target: String
    var value: String
    var status: String
    var statusCode: String
    var code: String
    var name: String
    var unit: String
    var direction: String
    var baseline: String
    var targets: [Target]
    var reported: [Reported]
    var contributions: [Contribution]

    /// A point of the chart.
    struct ChartRow: Encodable {
        var year: String
        var kind: String
        var value: String
        /// Whether the point is the report's year.
        var current: Bool
    }

    /// The target of one year.
    struct Target: Encodable {
        var year: String
        var value: String
        var current: Bool
    }

    /// A value a unit reported.
    struct Reported: Encodable {
        var unit: String
        var href: String
        var value: String
        var note: String
    }

    /// A project indicator that contributes to this one, and its outcome.
    struct Contribution: Encodable {
        var unit: String
        var href: String
        var indicator: String
        var result: String
    }
}
