import PlanPressCore
import PlanPressValidate

/// The analysis chapter's figures beyond the roll-ups: matrices, budget flows, strategic
/// indicator status and the gaps among strategic indicators. Computed once from a `Report`.
public struct AlignmentAnalysis: Sendable {
    /// A table of (projects, allocated) per row label and column code.
    public struct Matrix: Sendable {
        public var rows: [(id: String, label: String)]
        public var columns: [(code: String, label: String)]
        /// `cells[row][column]`.
        public var cells: [[Cell]]
    }

    public struct Cell: Sendable, Hashable {
        public var projects = 0
        public var allocated = Money.zero

        /// One more project, allocated `allocated`.
        mutating func add(_ allocated: Money) {
            projects += 1
            self.allocated += allocated
        }
    }

    /// A weighted link of the budget flow picture.
    public struct Flow: Sendable, Hashable {
        public var from: String
        public var to: String
        public var allocated: Money
        public var projects: Int
    }

    /// Whether a strategic indicator met this year's target.
    public enum IndicatorStatus: String, Sendable, CaseIterable {
        case met
        case notMet = "not_met"
        case noData = "no_data"

        public var thai: String {
            switch self {
            case .met: return "บรรลุค่าเป้าหมาย"
            case .notMet: return "ไม่บรรลุค่าเป้าหมาย"
            case .noData: return "ไม่มีข้อมูล"
            }
        }
    }

    public struct IndicatorAssessment: Sendable {
        public var code: String
        /// The year's value by the indicator's aggregation (`IndicatorAggregate`), or nil.
        public var value: DecimalNumber?
        public var target: DecimalNumber?
        public var status: IndicatorStatus
        /// The aggregation used, whether the framework chose it, and the entries the value is
        /// made from (unit, value or numerator and denominator, note, as_of).
        public var aggregation: Aggregation = .mean
        public var aggregationChosen = false
        /// The factor of a ratio (nil for the other aggregations).
        public var per: DecimalNumber? = nil
        public var contributors: [StrategicIndicatorReport.Reported] = []
        /// The percentage of the target achieved and its grade on the plan's scale; nil without a
        /// value or a target.
        public var achievement: Achievement? = nil
        /// The grade's band of the indicator's plan, with its label.
        public var rating: RatingBand? = nil
    }

    /// Units × top-level strategies of the primary plan.
    public var unitsByStrategy: Matrix
    /// Affiliations × top-level items of the rank-1 plan (the National Strategy).
    public var affiliationsByNational: Matrix
    /// Affiliation → primary strategy, then primary strategy → national strategy.
    public var flows: [Flow]
    /// Per plan id: projects reaching more than one of the plan's top-level items.
    public var projectsServingSeveral: [String: Int]
    public var indicators: [IndicatorAssessment]
    /// Strategic indicators with no contributing project indicator and no reported value.
    public var indicatorGaps: [String]

    public init(_ report: Report) {
        let reached = report.allProjects.map { Set($0.alignedCodes) }
        let sums = Sums(report, reached: reached)
        unitsByStrategy = sums.unitsByStrategy
        affiliationsByNational = sums.affiliationsByNational
        flows = sums.flows
        projectsServingSeveral = Self.projectsServingSeveral(report, reached: reached)
        indicators = Self.assessments(report)
        indicatorGaps = Self.indicatorGaps(report)
    }

    /// The strategic indicators with no contributing project indicator and no reported value.
    public static func indicatorGaps(_ report: Report) -> [String] {
        report.strategicIndicators.filter { $0.reported.isEmpty && $0.contributions.isEmpty }.map(\.indicator.code)
    }

    /// The matrices and flows, summed in one pass over the projects: each project adds itself to
    /// the cells of its unit's row, its affiliation's row and the pairs of items it reaches (one
    /// filter of every project per cell took seconds at national scale).
    public struct Sums: Sendable {
        public var unitsByStrategy: Matrix
        public var affiliationsByNational: Matrix
        /// Affiliation → primary strategy, then primary strategy → national strategy, each
        /// non-empty cell once, in the order of the affiliations and the plans' items.
        public var flows: [Flow]

        /// `reached[i]`: the codes the report's `i`th project reaches (`Report.allProjects`).
        public init(_ report: Report, reached: [Set<String>]) {
            let primary = report.framework.plan(report.site.primaryPlan)?.items ?? []
            let national = report.framework.plans.first?.items ?? []
            let unitOf = Dictionary(report.units.map { ($0.submission.unit.id, $0.submission.unit) }, uniquingKeysWith: { a, _ in a })
            func row(_ count: Int) -> [Cell] { Array(repeating: Cell(), count: count) }
            var byUnit: [String: [Cell]] = [:]
            var byAffiliation: [String: [Cell]] = [:]
            var affiliationToPrimary: [String: [Cell]] = [:]
            var primaryToNational = Array(repeating: row(national.count), count: primary.count)
            // Projects in `Report.allProjects` order, without making that array again.
            for (i, p) in report.units.lazy.flatMap(\.projects).enumerated() {
                let allocated = p.project.allocated
                let affiliation = unitOf[p.unitID]?.affiliation
                let primaryReached = primary.indices.filter { reached[i].contains(primary[$0].code) }
                let nationalReached = national.indices.filter { reached[i].contains(national[$0].code) }
                for j in primaryReached {
                    byUnit[p.unitID, default: row(primary.count)][j].add(allocated)
                    if let affiliation { affiliationToPrimary[affiliation, default: row(primary.count)][j].add(allocated) }
                    for k in nationalReached { primaryToNational[j][k].add(allocated) }
                }
                if let affiliation {
                    for k in nationalReached { byAffiliation[affiliation, default: row(national.count)][k].add(allocated) }
                }
            }
            unitsByStrategy = Matrix(
                rows: report.units.map { ($0.submission.unit.id, $0.submission.unit.displayName) },
                columns: primary.map { ($0.code, $0.name) },
                cells: report.units.map { byUnit[$0.submission.unit.id] ?? row(primary.count) })
            let affiliations = report.site.affiliations.filter { a in report.units.contains { $0.submission.unit.affiliation == a.code } }
            affiliationsByNational = Matrix(
                rows: affiliations.map { ($0.code, $0.displayName) },
                columns: national.map { ($0.code, $0.name) },
                cells: affiliations.map { byAffiliation[$0.code] ?? row(national.count) })
            var flows: [Flow] = []
            for a in affiliations {
                for (j, s) in primary.enumerated() {
                    guard let c = affiliationToPrimary[a.code]?[j], c.projects > 0 else { continue }
                    flows.append(Flow(from: a.code, to: s.code, allocated: c.allocated, projects: c.projects))
                }
            }
            for (j, s) in primary.enumerated() {
                for (k, n) in national.enumerated() where primaryToNational[j][k].projects > 0 {
                    let c = primaryToNational[j][k]
                    flows.append(Flow(from: s.code, to: n.code, allocated: c.allocated, projects: c.projects))
                }
            }
            self.flows = flows
        }
    }

    /// Per plan id, the projects (by their reached codes) reaching more than one top-level item.
    public static func projectsServingSeveral(_ report: Report, reached: [Set<String>]) -> [String: Int] {
        var several: [String: Int] = [:]
        for plan in report.framework.plans {
            let top = Set(plan.items.map(\.code))
            several[plan.id] = reached.filter { $0.intersection(top).count > 1 }.count
        }
        return several
    }

    /// Each strategic indicator's value for the year (by its aggregation, `IndicatorAggregate`)
    /// against its target.
    public static func assessments(_ report: Report) -> [IndicatorAssessment] {
        let year = report.site.fiscalYear
        var scales: [String: RatingScale] = [:]
        for plan in report.framework.plans {
            for item in plan.flattenedItems { scales[item.code] = plan.ratingScale }
        }
        return report.strategicIndicators.map { r in
            let target = r.indicator.target(for: year)
            let aggregate = r.aggregate
            let value = aggregate.value
            var status = IndicatorStatus.noData
            if let value, let target {
                let met = r.indicator.direction == .increase ? value >= target : value <= target
                status = met ? .met : .notMet
            }
            let scale = scales[r.indicator.itemCode] ?? .standard
            let achievement = value.flatMap { v in
                target.flatMap { Achievement(value: v, target: $0, direction: r.indicator.direction, scale: scale) }
            }
            return IndicatorAssessment(
                code: r.indicator.code, value: value, target: target, status: status, aggregation: aggregate.aggregation,
                aggregationChosen: aggregate.isChosen, per: aggregate.per, contributors: aggregate.contributors, achievement: achievement,
                rating: achievement.map { scale.bands[$0.band] })
        }
    }

    /// The exact mean rounded half up to two decimals; nil for no values.
    public static func mean(_ values: [DecimalNumber]) -> DecimalNumber? {
        IndicatorAggregate.mean(values)
    }

    public func assessment(_ code: String) -> IndicatorAssessment? { indicators.first { $0.code == code } }
}
