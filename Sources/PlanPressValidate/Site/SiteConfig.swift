import PlanPressCore

/// The report's configuration (`content/site.yaml`, `planpress/site/1`).
public struct SiteConfig: Sendable {
    public var province: String
    public var office: String
    public var title: String
    public var fiscalYear: Int
    public var baseURL: String?
    public var primaryPlan: String
    public var deadline: CalendarDate?
    public var publishedOn: CalendarDate?
    public var siteNumerals: NumeralStyle
    public var printNumerals: NumeralStyle
    public var affiliations: [CodeName]
    public var districts: [CodeName]
    public var expectedUnits: [ExpectedUnit]
    public var committee: [CommitteeMember]
    public var path: String

    public func affiliation(_ code: String) -> CodeName? { affiliations.first { $0.code == code } }
    public func district(_ code: String) -> CodeName? { districts.first { $0.code == code } }
}

/// A coded entry of the site configuration (affiliation or district).
public struct CodeName: Sendable {
    public var code: String
    public var name: String
    public var shortName: String?
    public var displayName: String { shortName ?? name }
}

/// A unit the office expects a submission from.
public struct ExpectedUnit: Sendable {
    public var id: String
    public var name: String
    public var location: SourceLocation
}

/// A member of the committee, listed in the booklet.
public struct CommitteeMember: Sendable {
    public var name: String
    public var position: String
}

/// A narrative chapter (`content/pages/*.md`).
public struct Page: Sendable {
    /// The file name without extension, used in URLs.
    public var slug: String
    public var title: String
    public var order: Int
    public var onSite: Bool
    public var inPrint: Bool
    public var markdown: String
    public var path: String
}
