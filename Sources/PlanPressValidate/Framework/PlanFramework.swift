import PlanPressCore

/// All plans of the framework (`content/framework/*.yaml`), ordered by rank then id.
public struct PlanFramework: Sendable {
    public var plans: [Plan]

    public init(plans: [Plan]) {
        self.plans = plans.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
    }

    /// Every item of every plan, depth first in file order.
    public var allItems: [PlanItem] {
        plans.flatMap { $0.flattenedItems }
    }

    /// Every strategic indicator of every plan.
    public var allIndicators: [StrategicIndicator] {
        allItems.flatMap(\.indicators)
    }

    public func plan(_ id: String) -> Plan? {
        plans.first { $0.id == id }
    }
}

/// One plan of the national hierarchy, or a provincial one.
public struct Plan: Sendable {
    public var id: String
    public var name: String
    public var nameEN: String?
    /// 1 is the top of the hierarchy; a larger rank is more local.
    public var rank: Int
    public var periodFrom: Int?
    public var periodTo: Int?
    public var items: [PlanItem]
    public var path: String
    /// The grades of its indicators' results (`rating_bands:`, else `RatingScale.standard`).
    public var ratingScale = RatingScale.standard

    /// The plan's items depth first, children after their parent.
    public var flattenedItems: [PlanItem] {
        var out: [PlanItem] = []
        var stack = Array(items.reversed())
        while let item = stack.popLast() {
            out.append(item)
            stack.append(contentsOf: item.items.reversed())
        }
        return out
    }
}

/// An item of a plan: a strategy, goal, sub-plan or tactic.
public struct PlanItem: Sendable {
    public var code: String
    public var name: String
    public var nameEN: String?
    public var planID: String
    /// The code of the enclosing item, nil at the top of a plan.
    public var parent: String?
    /// 1 for a plan's top-level items.
    public var depth: Int
    public var supports: [LocatedCode]
    public var items: [PlanItem]
    public var indicators: [StrategicIndicator]
    public var location: SourceLocation
}

/// A strategic indicator of a plan item, with its baseline and yearly targets.
public struct StrategicIndicator: Sendable {
    public var code: String
    public var name: String
    public var unit: String?
    public var direction: Direction
    public var baselineYear: Int?
    public var baselineValue: DecimalNumber?
    /// Targets by BE year, ascending.
    public var targets: [(year: Int, value: DecimalNumber)]
    public var itemCode: String
    /// How the units' reports make the provincial value; nil when the framework does not say
    /// (the mean is used, with a warning once two or more units report the indicator).
    public var aggregation: Aggregation? = nil
    /// `per` as written (ratio only); see `ratioPer`.
    public var per: DecimalNumber? = nil
    /// The one unit that reports a `single` indicator, where `reported_by` was written.
    public var reportedBy: LocatedCode? = nil
    /// The indicator's entry in its plan file.
    public var location = SourceLocation(path: "")

    /// The factor of a ratio: `per` when given, else 100 for a percentage unit (ร้อยละ, %, and
    /// the README's other spellings of a percentage), else 1.
    public var ratioPer: DecimalNumber {
        per ?? (SubmissionValidator.isPercent(unit) ? DecimalNumber(100) : DecimalNumber(1))
    }

    public func target(for year: Int) -> DecimalNumber? {
        targets.first { $0.year == year }?.value
    }
}

/// How a strategic indicator's provincial value is made from what units report (`aggregation`).
public enum Aggregation: String, Sendable, CaseIterable {
    /// The values added: counts of students, schools, teachers.
    case sum
    /// The plain mean of the values.
    case mean
    /// Σ numerator ÷ Σ denominator × `per`: units give `numerator` and `denominator`.
    case ratio
    /// Only `reported_by` reports, and its value is the province's.
    case single
}
