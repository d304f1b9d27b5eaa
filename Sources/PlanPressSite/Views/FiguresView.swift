/// A set of figures (a unit's, a plan item's, the report's) formatted for reading, with the
/// plain values the cross-channel audit reads beside them.
struct FiguresView: Encodable {
    var projects: String
    var units: String
    var allocated: String
    var spent: String
    var allocatedMillions: String
    var spentMillions: String
    var rate: String
    var achieved: String
    var notAchieved: String
    var notMeasured: String
    var indicators: String
    /// Every project status, in order, with how many projects have it.
    var byStatus: [StatusCount]
    /// The graded project indicators per band of the primary plan's scale, highest first.
    var bands: [BandCount]
    /// The indicators without a grade: qualitative, or not measured.
    var unrated: String
    /// Plain values for the `<data value=…>` marks the cross-channel audit reads.
    var raw: RawFigures

    /// How many projects have one status.
    struct StatusCount: Encodable {
        var label: String
        var status: String
        var count: String
        var raw: String
    }

    /// How many project indicators got one grade, marked for the audit under `key`
    /// (`total.indicators.band.0`, `item.CODE.…`, `unit.ID.…`, N the band's index).
    struct BandCount: Encodable {
        var label: String
        /// The band's range of the percentage of the target achieved, in words.
        var range: String
        var count: String
        var key: String
        var raw: String
    }

    /// The figures unformatted, as the audit compares them with the other channels.
    struct RawFigures: Encodable {
        var projects: String
        var allocated: String
        var spent: String
        var achieved: String
        var notAchieved: String
        var notMeasured: String
    }
}
