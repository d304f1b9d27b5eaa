import PlanPressAlign

extension CSVTable.Column {
    /// The seven columns of a set of figures, in the order `alignment.csv` and `trends.csv` share:
    /// projects, units, allocated, spent and the indicators achieved, not achieved, not measured.
    static func figures(_ figures: @escaping @Sendable (Row) -> Figures) -> [Self] {
        [
            .number("projects") { String(figures($0).projects) },
            .number("units") { String(figures($0).units) },
            .number("allocated") { figures($0).allocated.plain },
            .number("spent") { figures($0).spent.plain },
            .number("indicators_achieved") { String(figures($0).indicators.achieved) },
            .number("indicators_not_achieved") { String(figures($0).indicators.notAchieved) },
            .number("indicators_not_measured") { String(figures($0).indicators.notMeasured) },
        ]
    }
}
