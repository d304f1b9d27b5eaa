import Foundation
import PlanPressCore
import PlanPressParse

/// A framework code as written in a file, with where it was written.
public struct LocatedCode: Sendable, Hashable {
    public var code: String
    public var location: SourceLocation

    public init(_ code: String, at location: SourceLocation) {
        self.code = code
        self.location = location
    }
}

/// One unit's accepted yearly submission (`planpress/unit-report/1`).
public struct Submission: Sendable {
    /// The file's path as shown to users.
    public var path: String
    /// The folder that `evidence.file` paths are resolved against.
    public var evidenceRoot: URL
    /// True when the unit came as `content/units/<id>/report.*`.
    public var isFolderForm: Bool
    public var encoding: SourceEncoding
    public var fiscalYear: Int
    public var unit: UnitInfo
    public var submittedOn: CalendarDate?
    public var approvedBy: Person?
    public var summary: String?
    public var projects: [Project]
    public var indicatorResults: [IndicatorResult]
}

/// Who the unit is.
public struct UnitInfo: Sendable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var affiliation: String
    public var district: String?
    public var contact: Contact?

    /// The short name where there is one, for tables and charts.
    public var displayName: String { shortName ?? name }
}

/// The unit's contact person.
public struct Contact: Sendable {
    public var name: String?
    public var position: String?
    public var phone: String?
    public var email: String?
}

/// A person and position, such as the one who certifies the data.
public struct Person: Sendable {
    public var name: String?
    public var position: String?
}

/// The five project statuses, in the order the report lists them.
public enum ProjectStatus: String, Sendable, CaseIterable {
    case completed
    case ongoing
    case notStarted = "not_started"
    case cancelled
    case postponed

    public var thai: String {
        switch self {
        case .completed: return "ดำเนินการแล้วเสร็จ"
        case .ongoing: return "อยู่ระหว่างดำเนินการ"
        case .notStarted: return "ยังไม่ดำเนินการ"
        case .cancelled: return "ยกเลิก"
        case .postponed: return "เลื่อน"
        }
    }

    public var english: String {
        switch self {
        case .completed: return "completed"
        case .ongoing: return "ongoing"
        case .notStarted: return "not started"
        case .cancelled: return "cancelled"
        case .postponed: return "postponed"
        }
    }
}

/// Where a project's money comes from.
public enum BudgetSource: String, Sendable, CaseIterable {
    case government
    case nonGovernment = "non_government"
    case local
    case other

    public var thai: String {
        switch self {
        case .government: return "งบประมาณแผ่นดิน"
        case .nonGovernment: return "เงินนอกงบประมาณ"
        case .local: return "งบองค์กรปกครองส่วนท้องถิ่น"
        case .other: return "อื่น ๆ"
        }
    }
}

/// A project's budget; `spent` absent adds nothing to totals.
public struct Budget: Sendable {
    public var allocated: Money
    public var spent: Money?
    public var source: BudgetSource
}

/// A project's start and end dates.
public struct Period: Sendable {
    public var start: CalendarDate?
    public var end: CalendarDate?
}

/// One project of a submission.
public struct Project: Sendable {
    public var id: String
    public var name: String
    public var strategies: [LocatedCode]
    public var alsoSupports: [LocatedCode]
    public var status: ProjectStatus
    public var period: Period?
    public var lead: String?
    public var budget: Budget?
    public var objectives: [String]
    public var indicators: [Indicator]
    /// Beneficiary counts in file order (`students: 1200`).
    public var beneficiaries: [Beneficiary]
    public var results: String?
    public var problems: [String]
    public var suggestions: [String]
    public var evidence: [Evidence]
    public var location: SourceLocation

    /// Allocated money, zero when the project has no budget.
    public var allocated: Money { budget?.allocated ?? .zero }
    /// Spent money, zero when not given.
    public var spent: Money { budget?.spent ?? .zero }
}

/// A named count of people or places a project served.
public struct Beneficiary: Sendable {
    public var name: String
    public var count: Int
}

/// Quantitative or qualitative.
public enum IndicatorKind: String, Sendable, CaseIterable {
    case quantitative
    case qualitative
}

/// Whether higher or lower values are better.
public enum Direction: String, Sendable, CaseIterable {
    case increase
    case decrease
}

/// A target or actual: a number for quantitative indicators, text for qualitative ones.
public enum IndicatorValue: Sendable, Hashable {
    case number(DecimalNumber)
    case text(String)

    public var plain: String {
        switch self {
        case .number(let n): return n.description
        case .text(let t): return t
        }
    }
}

/// The result of an indicator under the counting rules.
public enum IndicatorOutcome: String, Sendable, CaseIterable {
    case achieved
    case notAchieved = "not_achieved"
    case notMeasured = "not_measured"

    public var thai: String {
        switch self {
        case .achieved: return "บรรลุ"
        case .notAchieved: return "ไม่บรรลุ"
        case .notMeasured: return "ยังไม่ได้วัดผล"
        }
    }
}

/// One project indicator.
public struct Indicator: Sendable {
    public var name: String
    public var kind: IndicatorKind
    public var unit: String?
    public var target: IndicatorValue
    public var actual: IndicatorValue?
    public var direction: Direction
    public var achieved: Bool?
    public var contributesTo: LocatedCode?

    /// The counting rules: no `actual`, or a cancelled project, is "not measured"; a value equal
    /// to the target is achieved.
    public func outcome(in status: ProjectStatus) -> IndicatorOutcome {
        guard status != .cancelled, let actual else { return .notMeasured }
        switch (kind, target, actual) {
        case (.quantitative, .number(let t), .number(let a)):
            let met = direction == .increase ? a >= t : a <= t
            return met ? .achieved : .notAchieved
        default:
            return achieved == true ? .achieved : .notAchieved
        }
    }
}

/// A document the unit offers as proof: a web address or a file beside the submission.
public struct Evidence: Sendable {
    public enum Target: Sendable {
        case url(String)
        case file(String)
    }

    public var title: String
    public var target: Target
}

/// A value the unit reports for one of the plan's strategic indicators.
public struct IndicatorResult: Sendable {
    public var code: LocatedCode
    /// The unit's own value: `value` as written, or for a `ratio` indicator numerator ÷
    /// denominator × `per`, rounded half up to two decimals (0 when the denominator is 0).
    public var value: DecimalNumber
    public var note: String?
    /// A `ratio` indicator's parts, as written.
    public var numerator: DecimalNumber? = nil
    public var denominator: DecimalNumber? = nil
    /// The date the figure stands at (`as_of`).
    public var asOf: CalendarDate? = nil

    public init(
        code: LocatedCode, value: DecimalNumber, note: String?, numerator: DecimalNumber? = nil, denominator: DecimalNumber? = nil,
        asOf: CalendarDate? = nil
    ) {
        self.code = code
        self.value = value
        self.note = note
        self.numerator = numerator
        self.denominator = denominator
        self.asOf = asOf
    }
}
