import PlanPressCore

/// Which years a code (an item, a unit, a strategic indicator) exists in, said once for the
/// channels: "existed then and not now", "now and not then".
public enum Presence: String, Sendable, CaseIterable {
    /// In this year's report and in every earlier year's.
    case everyYear = "every_year"
    /// In this year's report and in none of the earlier years' ("now and not then").
    case onlyNow = "only_now"
    /// In an earlier year's report and not in this year's ("then and not now").
    case notNow = "not_now"
    /// In this year's report and in some of the earlier years' but not all.
    case someYears = "some_years"

    /// What the channels say of it.
    public var label: LocalizedText {
        switch self {
        case .everyYear: return LocalizedText(th: "มีทุกปี", en: "every year")
        case .onlyNow: return LocalizedText(th: "เพิ่งมีในปีนี้", en: "new this year")
        case .notNow: return LocalizedText(th: "มีในปีก่อน ไม่มีในปีนี้", en: "in earlier years, not this year")
        case .someYears: return LocalizedText(th: "มีบางปี", en: "in some years")
        }
    }
}
