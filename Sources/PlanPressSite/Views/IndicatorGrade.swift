/// A strategic indicator's grade beside met / not met: the percentage of the year's target
/// achieved and its band on its plan's scale, as shown and as the audit reads them
/// (`indicator.CODE.percent`, two decimals; `indicator.CODE.rating`, the band's index from 0).
struct IndicatorGrade: Encodable {
    var percent: String
    var percentRaw: String
    /// The band's label (`ดีเยี่ยม`).
    var rating: String
    var ratingRaw: String
}
