import PlanPressCore
import PlanPressValidate

/// A project with everything computed about it: the codes it reaches and its indicator results.
public struct AlignedProject: Sendable {
    public var unitID: String
    public var project: Project
    /// The codes as written: `strategies` then `also_supports`.
    public var writtenCodes: [String]
    /// The whole closure, sorted.
    public var alignedCodes: [String]
    public var outcomes: [IndicatorOutcome]
    /// Per indicator, its percentage of the target and grade on `Report.ratingScale`; nil for
    /// one that is not measured, cancelled or qualitative.
    public var achievements: [Achievement?] = []
    public var counts: IndicatorCounts
}

/// Achieved / not achieved / not measured, and the graded ones by band.
public struct IndicatorCounts: Sendable, Hashable {
    public var achieved = 0
    public var notAchieved = 0
    public var notMeasured = 0
    /// Indicators per band of `Report.ratingScale` (index = band); a fixed-size vector, so adding
    /// counts up the roll-ups allocates nothing.
    public var byBand = SIMD8<Int>()

    public init() {}

    public var total: Int { achieved + notAchieved + notMeasured }

    /// The indicators with a grade (quantitative and measured).
    public var rated: Int { byBand.wrappedSum() }

    /// The indicators without a grade: not measured, or qualitative.
    public var unrated: Int { total - rated }

    /// One more graded indicator.
    public mutating func add(_ achievement: Achievement?) {
        if let achievement { byBand[achievement.band] += 1 }
    }

    public mutating func add(_ outcome: IndicatorOutcome) {
        switch outcome {
        case .achieved: achieved += 1
        case .notAchieved: notAchieved += 1
        case .notMeasured: notMeasured += 1
        }
    }

    public mutating func add(_ other: IndicatorCounts) {
        achieved += other.achieved
        notAchieved += other.notAchieved
        notMeasured += other.notMeasured
        byBand &+= other.byBand
    }
}

/// Sums over a set of projects: the figures every channel states.
public struct Figures: Sendable, Hashable {
    public var projects = 0
    public var units = 0
    public var allocated = Money.zero
    public var spent = Money.zero
    public var indicators = IndicatorCounts()
    /// Projects per status, in `ProjectStatus.allCases` order.
    public var byStatus: [ProjectStatus: Int] = [:]

    public init() {}

    /// Spent as a percentage of allocated.
    public var disbursementRate: DecimalNumber? { spent.percent(of: allocated) }
}

/// One item's roll-up: the projects that reach it, counted once each with their whole budget.
public struct ItemRollup: Sendable {
    public var item: PlanItem
    /// Keys `unitID/projectID` of the aligned projects, in report order.
    public var projectKeys: [String]
    public var unitIDs: [String]
    public var figures: Figures
    public var isGap: Bool { figures.projects == 0 }
}

/// A strategic indicator with what units reported and which project indicators contribute.
public struct StrategicIndicatorReport: Sendable {
    public struct Reported: Sendable {
        public var unitID: String
        /// The unit's own value (for a ratio, its numerator ÷ denominator × `per`).
        public var value: DecimalNumber
        public var note: String?
        /// A ratio's parts as the unit gave them.
        public var numerator: DecimalNumber? = nil
        public var denominator: DecimalNumber? = nil
        public var asOf: CalendarDate? = nil
    }

    public struct Contribution: Sendable {
        public var unitID: String
        public var projectID: String
        /// 1-based position of the indicator in its project.
        public var indicatorNumber: Int
        public var indicatorName: String
        public var outcome: IndicatorOutcome
    }

    public var indicator: StrategicIndicator
    public var reported: [Reported]
    public var contributions: [Contribution]

    /// The year's value by the indicator's aggregation, from `reported`.
    public var aggregate: IndicatorAggregate { IndicatorAggregate(indicator, reported: reported) }
}

/// A unit's accepted submission with its own figures.
public struct UnitReport: Sendable {
    public var submission: Submission
    public var projects: [AlignedProject]
    public var figures: Figures
    public var isLate: Bool
}

/// A project whose `also_supports` names a code its strategies do not reach.
public struct ConsistencyNote: Sendable {
    public var unitID: String
    public var projectID: String
    public var code: String
}

/// The whole aligned report: what every channel renders.
public struct Report: Sendable {
    public var site: SiteConfig
    public var framework: PlanFramework
    public var pages: [Page]
    public var units: [UnitReport]
    public var rejected: [RejectedUnit]
    public var missing: [ExpectedUnit]
    public var totals: Figures
    /// Roll-ups in framework order (plans by rank, items depth first).
    public var rollups: [ItemRollup]
    public var strategicIndicators: [StrategicIndicatorReport]
    public var consistency: [ConsistencyNote]
    /// Projects that reach more than one item of the primary plan's top level.
    public var projectsServingSeveralStrategies: Int
    /// The report's date: `published_on`, else `SOURCE_DATE_EPOCH`.
    public var reportDate: CalendarDate?
    /// The grades of project indicators: the primary plan's scale.
    public var ratingScale: RatingScale {
        framework.plan(site.primaryPlan)?.ratingScale ?? .standard
    }

    public var allProjects: [AlignedProject] { units.flatMap(\.projects) }

    public func rollup(_ code: String) -> ItemRollup? { rollups.first { $0.item.code == code } }
}
