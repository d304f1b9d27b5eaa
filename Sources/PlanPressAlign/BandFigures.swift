import PlanPressCore

/// The graded project indicators counted by band of `Report.ratingScale`, which every channel
/// that states them must state alike: `total.indicators.band.N`, `unit.ID.indicators.band.N` and
/// `item.CODE.indicators.band.N` (N the band's index, from 0 for the highest).
public struct BandFigures: Sendable {
    /// Every count by key.
    public var values: [String: String]
    /// Every key: the totals' bands, then each unit's, then each item's (framework order).
    public var keys: [String]
    /// The totals' keys, band by band.
    public var totalKeys: [String]

    public init(_ report: Report) {
        let bands = report.ratingScale.bands.count
        var values: [String: String] = [:]
        var keys: [String] = []
        func add(_ prefix: String, _ f: Figures) {
            for b in 0..<bands {
                let key = Self.key(prefix, band: b)
                values[key] = String(f.indicators.byBand[b])
                keys.append(key)
            }
        }
        add("total", report.totals)
        let totalKeys = keys
        for u in report.units { add("unit.\(u.submission.unit.id)", u.figures) }
        for r in report.rollups { add("item.\(r.item.code)", r.figures) }
        self.values = values
        self.keys = keys
        self.totalKeys = totalKeys
    }

    /// `PREFIX.indicators.band.N`.
    public static func key(_ prefix: String, band: Int) -> String { "\(prefix).indicators.band.\(band)" }

    /// Whether `key` names a count by band (of the totals, a unit or an item).
    public static func isBandKey(_ key: String) -> Bool {
        (key.hasPrefix("total.") || key.hasPrefix("unit.") || key.hasPrefix("item.")) && key.contains(".indicators.band.")
    }
}
