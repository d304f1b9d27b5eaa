import PlanPressTemplates

/// ส่วนที่ ๒ แผนพัฒนาการศึกษาจังหวัดและการนำแผนสู่การปฏิบัติ: the office's pages on the plan,
/// then the primary plan's strategies with their indicators, and the plans analysed in part ๔.
struct PlanChapter: Encodable, Sendable {
    @Flattened var heading: ChapterHeading
    var sections: [BookletSection<PlanSection>]
}

/// A section part ๒ makes.
enum PlanSection: Encodable, Sendable {
    case strategies(PlanStrategies)
    case plans(PlanList)

    /// The section's own fields, as the template reads them.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .strategies(let section): try section.encode(to: encoder)
        case .plans(let section): try section.encode(to: encoder)
        }
    }
}

/// The primary plan's top strategies, their strategies and their indicators.
struct PlanStrategies: Encodable, Sendable {
    let isStrategies = true
    var strategies: [PlanStrategy]
    var year: String
}

/// A top strategy of the primary plan.
struct PlanStrategy: Encodable, Sendable {
    var label: String
    var children: [ItemLabel]
    var indicators: [StrategicIndicatorRow]
}

/// A strategic indicator with its baseline and this year's target.
struct StrategicIndicatorRow: Encodable, Sendable {
    var name: String
    var unit: String
    var baseline: String
    var baselineYear: String
    var target: String
    /// `(ยิ่งน้อยยิ่งดี)` for an indicator that should decrease, else empty.
    var direction: String
}

/// The plans the alignment analysis uses.
struct PlanList: Encodable, Sendable {
    let isPlans = true
    var plans: [PlanRow]
}

/// A plan, its rank and its period.
struct PlanRow: Encodable, Sendable {
    var name: String
    var rank: String
    var period: String
    var items: String
}
