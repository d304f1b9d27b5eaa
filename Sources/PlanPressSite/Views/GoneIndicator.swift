/// A strategic indicator that earlier years' reports have and this year's framework does not:
/// its code and name, its item, and the last year it was in with that year's value.
struct GoneIndicator: Encodable {
    var code: String
    var name: String
    var itemCode: String
    /// The item's page, when the item is in this year's framework.
    var itemHref: String
    var itemLinked: Bool
    /// ` (ร้อยละ)`: the unit of measure in brackets, or nothing.
    var unitNote: String
    /// The last year the indicator was in (BE), its value that year (none: no value) and status.
    var year: String
    var lastValue: [YearFigure]
    var status: String
    /// `Presence`'s Thai label.
    var presence: String
}
