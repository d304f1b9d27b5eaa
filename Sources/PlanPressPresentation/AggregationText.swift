import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// How a strategic indicator's value for the year is made from what units reported, in Thai for
/// the readers of the site and the booklet: the aggregation's name and, where it helps, its
/// formula (`อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × 100`).
public struct AggregationText: Sendable, Equatable {
    /// The aggregation's name: `ผลรวม (sum)`, `ค่าเฉลี่ย (mean)`, `ค่าเฉลี่ย (mean) โดยปริยาย`,
    /// `อัตราส่วน (ratio)`, `ค่าเดียว (single)`.
    public var name: String
    /// A word for the year's value in a chart's table: `ผลรวม`, `ค่าเฉลี่ย`, `อัตราส่วน`, `ค่าเดียว`.
    public var word: String
    /// The name with how the value is made, in one sentence.
    public var formula: String

    /// `per` is the ratio's factor (nil for the other aggregations); `reporter` the display name
    /// of a `single` indicator's reporting unit. Figures are written in `fmt`'s digits.
    public init(_ aggregation: Aggregation, chosen: Bool, per: DecimalNumber?, reporter: String?, fmt: DisplayFormatter) {
        switch aggregation {
        case .sum:
            word = "ผลรวม"
            name = "ผลรวม (sum)"
            formula = "ผลรวม (sum): Σ ค่าที่หน่วยงานรายงาน"
        case .mean where chosen:
            word = "ค่าเฉลี่ย"
            name = "ค่าเฉลี่ย (mean)"
            formula = "ค่าเฉลี่ย (mean): Σ ค่าที่หน่วยงานรายงาน ÷ จำนวนค่า"
        case .mean:
            word = "ค่าเฉลี่ย"
            name = "ค่าเฉลี่ย (mean) โดยปริยาย"
            formula = "ค่าเฉลี่ย (mean): Σ ค่าที่หน่วยงานรายงาน ÷ จำนวนค่า ใช้โดยปริยายเพราะกรอบแผนไม่ได้ระบุวิธีรวม (aggregation)"
        case .ratio:
            // A whole factor is grouped like a count (`× 100,000`); a fraction is written as given.
            let factor = per.map { $0.scale == 0 ? fmt.text(NumberFormatting.group($0.description)) : fmt.number($0) } ?? fmt.text("1")
            word = "อัตราส่วน"
            name = "อัตราส่วน (ratio)"
            formula = "อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × \(factor)"
        case .single:
            word = "ค่าเดียว"
            name = "ค่าเดียว (single)"
            formula = "ค่าเดียว (single) จาก\(reporter ?? "หน่วยงานที่กำหนด")"
        }
    }

    /// The text of a strategic indicator's assessment; `unitName` gives a unit's display name.
    public init(
        _ assessment: AlignmentAnalysis.IndicatorAssessment, indicator: StrategicIndicator, unitName: (String) -> String,
        fmt: DisplayFormatter
    ) {
        self.init(
            assessment.aggregation, chosen: assessment.aggregationChosen, per: assessment.per,
            reporter: indicator.reportedBy.map { unitName($0.code) }, fmt: fmt)
    }
}
