/// The units page: the units grouped the ways readers look for them, by affiliation and by
/// district.
struct UnitsView: Encodable {
    var byAffiliation: [Group]
    var byDistrict: [Group]
    /// With earlier years: every unit's projects, budget and spending by year, those that
    /// reported then and not now among them.
    var unitsYears: [HistoryTable]

    /// The units of one affiliation or one district.
    struct Group: Encodable {
        var name: String
        /// The affiliation's short name (districts have none).
        var short: String?
        var units: [UnitRow]
        var count: String
    }
}
