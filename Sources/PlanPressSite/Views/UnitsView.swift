/// The units page: the units grouped the ways readers look for them, by affiliation and by
/// district.
struct UnitsView: Encodable {
    var byAffiliation: [Group]
    var byDistrict: [Group]

    /// The units of one affiliation or one district.
    struct Group: Encodable {
        var name: String
        /// The affiliation's short name (districts have none).
        var short: String?
        var units: [UnitRow]
        var count: String
    }
}
