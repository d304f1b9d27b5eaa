import PlanPressCore

/// PP718: a plan's `rating_bands` cannot grade every percentage once: too few or too many bands,
/// a `from` not below the band above it, or a last band that does not start at 0.
package enum RatingBandsInvalid: DiagnosticRule {
    package static let code = DiagnosticCode.ratingBandsInvalid
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "rating_bands ไม่ครอบคลุมร้อยละทุกค่าเพียงครั้งเดียว", en: "rating_bands do not grade every percentage once")

    static let hintTH = "เขียนระดับจากสูงไปต่ำ เช่น - { from: 100, label: ดีเยี่ยม } … - { from: 0, label: ต้องปรับปรุงเร่งด่วน }"
    static let hintEN = "list the bands highest first, e.g. - { from: 100, label: ดีเยี่ยม } … - { from: 0, label: … }"

    /// A list of `count` bands, outside 2…`RatingScale.maximumBands`.
    static func count(_ count: Int, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "rating_bands มี \(count) ระดับ ต้องมี 2 ถึง \(RatingScale.maximumBands) ระดับ",
            en: "rating_bands has \(count) band\(count == 1 ? "" : "s"); give 2 to \(RatingScale.maximumBands)", hintTH: hintTH,
            hintEN: hintEN)
    }

    /// A band whose `from` is not below the band before it.
    static func notDescending(_ from: DecimalNumber, above: DecimalNumber, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "rating_bands: from: \(from) ต้องน้อยกว่าระดับก่อนหน้า (from: \(above))",
            en: "rating_bands: from: \(from) must be below the band before it (from: \(above))", hintTH: hintTH, hintEN: hintEN)
    }

    /// A last band that starts above 0, or a negative `from`.
    static func lastNotZero(_ from: DecimalNumber, at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "rating_bands: ระดับสุดท้ายต้องเป็น from: 0 (พบ from: \(from))",
            en: "rating_bands: the last band must be from: 0 (found from: \(from))", hintTH: hintTH, hintEN: hintEN)
    }
}
