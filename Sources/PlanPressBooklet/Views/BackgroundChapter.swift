import PlanPressTemplates

/// ส่วนที่ ๑ ข้อมูลพื้นฐาน: the office's background pages, then the units that reported.
struct BackgroundChapter: Encodable, Sendable {
    @Flattened var heading: ChapterHeading
    var sections: [BookletSection<UnitsSection>]
}

/// The units that reported, by affiliation and one by one, with their totals.
struct UnitsSection: Encodable, Sendable {
    let isUnits = true
    var affiliations: [AffiliationRow]
    var units: [ReportingUnitRow]
    var totalUnits: String
    var totalProjects: String
    var totalAllocated: String
    var totalSpent: String
}

/// An affiliation (สังกัด) and the totals of its units that reported.
struct AffiliationRow: Encodable, Sendable {
    var name: String
    var short: String
    var units: String
    var projects: String
    var allocated: String
    var spent: String
}

/// A unit that reported.
struct ReportingUnitRow: Encodable, Sendable {
    var no: String
    var name: String
    var affiliation: String
    var district: String
    var projects: String
    var allocated: String
}
