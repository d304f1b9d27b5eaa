import PlanPressCore
import PlanPressValidate

/// A rating scale's bands in words: each band's range of the percentage of the target achieved.
public enum RatingText {
    /// `100 ขึ้นไป`, `75 ถึงต่ำกว่า 100`, `ต่ำกว่า 50`: the range of band `index` of `scale`.
    public static func range(_ scale: RatingScale, band index: Int, digits: NumeralStyle) -> String {
        let fmt = DisplayFormatter(digits: digits)
        let bands = scale.bands
        let from = fmt.number(bands[index].from)
        if index == 0 { return "\(from) ขึ้นไป" }
        let below = fmt.number(bands[index - 1].from)
        if index == bands.count - 1 { return "ต่ำกว่า \(below)" }
        return "\(from) ถึงต่ำกว่า \(below)"
    }
}
