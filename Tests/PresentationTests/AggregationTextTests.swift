import Testing

@testable import PlanPressCore
@testable import PlanPressPresentation
@testable import PlanPressValidate

/// How a strategic indicator's value is made, in the words the site and the booklet print.
@Suite struct AggregationTextTests {
    let arabic = DisplayFormatter(digits: .arabic)
    let thai = DisplayFormatter(digits: .thai)

    @Test func eachAggregationHasItsNameAndFormula() {
        let sum = AggregationText(.sum, chosen: true, per: nil, reporter: nil, fmt: arabic)
        #expect(sum.name == "ผลรวม (sum)" && sum.word == "ผลรวม")
        #expect(sum.formula == "ผลรวม (sum): Σ ค่าที่หน่วยงานรายงาน")
        let mean = AggregationText(.mean, chosen: true, per: nil, reporter: nil, fmt: arabic)
        #expect(mean.name == "ค่าเฉลี่ย (mean)")
        #expect(mean.formula == "ค่าเฉลี่ย (mean): Σ ค่าที่หน่วยงานรายงาน ÷ จำนวนค่า")
        let single = AggregationText(.single, chosen: true, per: nil, reporter: "สำนักงานศึกษาธิการจังหวัดสตูล", fmt: arabic)
        #expect(single.formula == "ค่าเดียว (single) จากสำนักงานศึกษาธิการจังหวัดสตูล")
    }

    /// Without `aggregation` in the framework the mean is used, and the words say so.
    @Test func theMeanByDefaultSaysItIsTheDefault() {
        let text = AggregationText(.mean, chosen: false, per: nil, reporter: nil, fmt: arabic)
        #expect(text.name == "ค่าเฉลี่ย (mean) โดยปริยาย")
        #expect(text.formula.hasSuffix("ใช้โดยปริยายเพราะกรอบแผนไม่ได้ระบุวิธีรวม (aggregation)"))
        #expect(text != AggregationText(.mean, chosen: true, per: nil, reporter: nil, fmt: arabic))
    }

    /// A ratio's factor in the channel's digits, grouped when it is whole.
    @Test func aRatioGivesItsFactorInTheChannelsDigits() {
        #expect(
            AggregationText(.ratio, chosen: true, per: DecimalNumber(100), reporter: nil, fmt: arabic).formula
                == "อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × 100")
        #expect(
            AggregationText(.ratio, chosen: true, per: DecimalNumber(100_000), reporter: nil, fmt: thai).formula
                == "อัตราส่วน (ratio): Σ ตัวตั้ง ÷ Σ ตัวหาร × ๑๐๐,๐๐๐")
        #expect(
            AggregationText(.ratio, chosen: true, per: DecimalNumber(significand: 5, scale: 1), reporter: nil, fmt: arabic).formula
                .hasSuffix("× 0.5"))
    }
}
