import PlanPressCore
import PlanPressValidate

/// The figures every channel must state identically, computed once from the report: totals,
/// projects by status, indicator results, per unit and per strategy of the primary plan.
///
/// Keys are stable names (`total.allocated`, `unit.spm-satun.spent`, `strategy.SPE.S1.projects`);
/// values are plain ASCII (`22242400.00`, `132`).
public struct HeadlineFigures: Sendable {
    public var values: [(key: String, value: String)]
    /// The alignment section's figures: every item's roll-up, the matrices, gaps and the projects
    /// serving several items of a plan.
    public var alignment: AlignmentFigures
    /// The graded project indicators by band, in total, per unit and per item.
    public var bands: BandFigures

    public init(_ report: Report) {
        var v: [(String, String)] = []
        Self.add(&v, "total", report.totals, statuses: true)
        for u in report.units { Self.add(&v, "unit.\(u.submission.unit.id)", u.figures, statuses: false) }
        for item in report.framework.plan(report.site.primaryPlan)?.items ?? [] {
            if let r = report.rollup(item.code) { Self.add(&v, "strategy.\(item.code)", r.figures, statuses: false) }
        }
        values = v
        alignment = AlignmentFigures(report)
        bands = BandFigures(report)
    }

    package static func add(_ v: inout [(String, String)], _ prefix: String, _ f: Figures, statuses: Bool) {
        v.append(("\(prefix).projects", String(f.projects)))
        v.append(("\(prefix).allocated", f.allocated.plain))
        v.append(("\(prefix).spent", f.spent.plain))
        v.append(("\(prefix).indicators.achieved", String(f.indicators.achieved)))
        v.append(("\(prefix).indicators.not_achieved", String(f.indicators.notAchieved)))
        v.append(("\(prefix).indicators.not_measured", String(f.indicators.notMeasured)))
        if statuses {
            for s in ProjectStatus.allCases { v.append(("\(prefix).status.\(s.rawValue)", String(f.byStatus[s] ?? 0))) }
        }
    }

    public func value(_ key: String) -> String? { values.first { $0.key == key }?.value }

    /// Normalises a number as a reader sees it (Thai digits, `,` separators, a change's `+` or
    /// `−` sign) to the plain form.
    public static func plain(_ shown: String) -> String {
        var text = ThaiDigits.arabic(shown).filter { $0 != "," && !$0.isWhitespace }
        if text.hasPrefix("+") { text.removeFirst() }
        if text.hasPrefix("\u{2212}") { text = "-" + text.dropFirst() }
        return text
    }
}

/// The figures of the alignment section (the analysis page, a page per plan, a page per item),
/// with the keys each page must state and the channels that state them too.
///
/// Keys: `item.CODE.projects|units|allocated|spent|indicators.achieved|…` for every item of every
/// plan; `plan.ID.several` (projects reaching more than one top-level item of the plan) and
/// `plan.ID.gaps` (items no project reaches); `item.CODE.indicators.band.N` (not required of any
/// page); `matrix.units.UNIT.CODE.projects|allocated` and
/// `matrix.affiliations.AFFILIATION.CODE.projects|allocated`; `analysis.indicator_gaps`.
public struct AlignmentFigures: Sendable {
    /// Every figure by key.
    public var values: [String: String]
    /// Page path → the keys that page must mark, in page order.
    public var pages: [(path: String, keys: [String])]
    /// The keys of every item's roll-up, which `alignment.csv`, `report.json` and `report.xml` state.
    public var itemKeys: [String]
    /// The `plan.ID.several` keys, which `report.json` and `report.xml` state.
    public var planKeys: [String]
    /// Item code → plan id, for channels that nest items without naming their plan.
    public var planOfItem: [String: String]

    /// Key prefixes of the alignment section's marks; a mark with such a key the report does not have
    /// is a mismatch on these pages.
    public static let prefixes = ["item.", "plan.", "matrix.", "analysis."]

    public init(_ report: Report) {
        // The figures the alignment section states, without the assessments and flows it does not.
        let reached = report.allProjects.map { Set($0.alignedCodes) }
        let sums = AlignmentAnalysis.Sums(report, reached: reached)
        let several = AlignmentAnalysis.projectsServingSeveral(report, reached: reached)
        var values: [String: String] = [:]
        var itemKeys: [String] = []
        var planOfItem: [String: String] = [:]
        var keysOfItem: [String: [String]] = [:]
        let bandCount = report.ratingScale.bands.count
        for r in report.rollups {
            let f = r.figures
            let keys = Self.itemKeys(r.item.code)
            let figures = [
                String(f.projects), String(f.units), f.allocated.plain, f.spent.plain, String(f.indicators.achieved),
                String(f.indicators.notAchieved), String(f.indicators.notMeasured),
            ]
            for (k, v) in zip(keys, figures) { values[k] = v }
            // Counted by band too, so that a page marking them states figures the report has.
            for b in 0..<bandCount { values[BandFigures.key("item.\(r.item.code)", band: b)] = String(f.indicators.byBand[b]) }
            itemKeys += keys
            keysOfItem[r.item.code] = keys
            planOfItem[r.item.code] = r.item.planID
        }
        var planKeys: [String] = []
        var pages: [(String, [String])] = []
        var alignmentPage: [String] = []
        for plan in report.framework.plans {
            let items = plan.flattenedItems
            values["plan.\(plan.id).several"] = String(several[plan.id] ?? 0)
            values["plan.\(plan.id).gaps"] = String(items.filter { report.rollup($0.code)?.isGap ?? true }.count)
            planKeys.append("plan.\(plan.id).several")
            let planPage = ["plan.\(plan.id).several", "plan.\(plan.id).gaps"] + items.flatMap { keysOfItem[$0.code] ?? [] }
            pages.append((OutputPath.plan(plan.id), planPage))
            alignmentPage += planPage
            for item in items { pages.append((OutputPath.item(item.code), keysOfItem[item.code] ?? [])) }
        }
        for (name, matrix) in [("matrix.units", sums.unitsByStrategy), ("matrix.affiliations", sums.affiliationsByNational)] {
            for (i, row) in matrix.rows.enumerated() {
                for (column, cell) in zip(matrix.columns, matrix.cells[i]) {
                    let key = "\(name).\(row.id).\(column.code)"
                    values[key + ".projects"] = String(cell.projects)
                    values[key + ".allocated"] = cell.allocated.plain
                    alignmentPage += [key + ".projects", key + ".allocated"]
                }
            }
        }
        values["analysis.indicator_gaps"] = String(AlignmentAnalysis.indicatorGaps(report).count)
        alignmentPage.append("analysis.indicator_gaps")
        pages.insert((OutputPath.alignment, alignmentPage), at: 0)
        self.values = values
        self.pages = pages
        self.itemKeys = itemKeys
        self.planKeys = planKeys
        self.planOfItem = planOfItem
    }

    package static let itemSuffixes = [
        "projects", "units", "allocated", "spent", "indicators.achieved", "indicators.not_achieved", "indicators.not_measured",
    ]

    package static func itemKeys(_ code: String) -> [String] { itemSuffixes.map { "item.\(code).\($0)" } }
}
