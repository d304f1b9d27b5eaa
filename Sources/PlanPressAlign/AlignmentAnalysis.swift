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
    }

    /// A weighted link of the budget flow picture.
    public struct Flow: Sendable, Hashable {
        public var from: String
        public var to: String
        public var allocated: Money
        public var projects: Int
    }

    /// Whether a strategic indicator met this year's target.
    public enum IndicatorStatus: String, Sendable {
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
        /// The year's value: the mean of the values units reported, or nil.
        public var value: DecimalNumber?
        public var target: DecimalNumber?
        public var status: IndicatorStatus
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
        let primary = report.framework.plan(report.site.primaryPlan)?.items ?? []
        let national = report.framework.plans.first?.items ?? []
        let projects = report.allProjects
        let reached = projects.map { Set($0.alignedCodes) }
        let unitOf = Dictionary(report.units.map { ($0.submission.unit.id, $0.submission.unit) }, uniquingKeysWith: { a, _ in a })

        func cell(_ indices: [Int]) -> Cell {
            var c = Cell()
            for i in indices {
                c.projects += 1
                c.allocated += projects[i].project.allocated
            }
            return c
        }

        // Each project's place, grouped once by unit and by affiliation: every cell then looks
        // only at its own row's projects (one pass over all projects per cell was quadratic).
        var byUnit: [String: [Int]] = [:]
        var byAffiliation: [String: [Int]] = [:]
        for i in projects.indices {
            byUnit[projects[i].unitID, default: []].append(i)
            if let affiliation = unitOf[projects[i].unitID]?.affiliation { byAffiliation[affiliation, default: []].append(i) }
        }
        unitsByStrategy = Matrix(
            rows: report.units.map { ($0.submission.unit.id, $0.submission.unit.displayName) },
            columns: primary.map { ($0.code, $0.name) },
            cells: report.units.map { u in
                let own = byUnit[u.submission.unit.id] ?? []
                return primary.map { item in cell(own.filter { reached[$0].contains(item.code) }) }
            })

        let affiliations = report.site.affiliations.filter { a in report.units.contains { $0.submission.unit.affiliation == a.code } }
        affiliationsByNational = Matrix(
            rows: affiliations.map { ($0.code, $0.displayName) },
            columns: national.map { ($0.code, $0.name) },
            cells: affiliations.map { a in
                let own = byAffiliation[a.code] ?? []
                return national.map { item in cell(own.filter { reached[$0].contains(item.code) }) }
            })

        var flows: [Flow] = []
        for a in affiliations {
            let own = byAffiliation[a.code] ?? []
            for s in primary {
                let c = cell(own.filter { reached[$0].contains(s.code) })
                if c.projects > 0 { flows.append(Flow(from: a.code, to: s.code, allocated: c.allocated, projects: c.projects)) }
            }
        }
        for s in primary {
            let serving = projects.indices.filter { reached[$0].contains(s.code) }
            for n in national {
                let c = cell(serving.filter { reached[$0].contains(n.code) })
                if c.projects > 0 { flows.append(Flow(from: s.code, to: n.code, allocated: c.allocated, projects: c.projects)) }
            }
        }
        self.flows = flows

        projectsServingSeveral = Self.projectsServingSeveral(report, reached: reached)
        indicators = Self.assessments(report)
        indicatorGaps = report.strategicIndicators.filter { $0.reported.isEmpty && $0.contributions.isEmpty }.map(\.indicator.code)
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

    /// Each strategic indicator's value for the year (the mean of what units reported) against
    /// its target.
    public static func assessments(_ report: Report) -> [IndicatorAssessment] {
        let year = report.site.fiscalYear
        return report.strategicIndicators.map { r in
            let target = r.indicator.target(for: year)
            let value = mean(r.reported.map(\.value))
            var status = IndicatorStatus.noData
            if let value, let target {
                let met = r.indicator.direction == .increase ? value >= target : value <= target
                status = met ? .met : .notMet
            }
            return IndicatorAssessment(code: r.indicator.code, value: value, target: target, status: status)
        }
    }

    /// The exact mean rounded half up to two decimals; nil for no values.
    public static func mean(_ values: [DecimalNumber]) -> DecimalNumber? {
        guard !values.isEmpty else { return nil }
        if values.count == 1 { return values[0] }
        let scale = values.map(\.scale).max() ?? 0
        var sum: Int128 = 0
        for v in values {
            var s = Int128(v.significand)
            for _ in 0..<(scale - v.scale) { s *= 10 }
            sum += s
        }
        // Two extra digits beyond the inputs' scale, then round to two decimals when that is coarser.
        var scaled = sum * 100
        let n = Int128(values.count)
        scaled = (scaled >= 0 ? scaled + n / 2 : scaled - n / 2) / n
        let result = DecimalNumber(significand: Int64(clamping: scaled), scale: scale + 2)
        return result.scale > 2 ? DecimalNumber(ascii: Substring(result.formatted(fractionDigits: 2))) : result
    }

    public func assessment(_ code: String) -> IndicatorAssessment? { indicators.first { $0.code == code } }
}
