import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressValidate

/// `report.json`: the whole report as data (structure documented in the README).
public enum ReportJSON {
    public static let format = "planpress/report/1"

    /// `analysis` when the caller has it already (`DataRenderer` makes one for JSON and XML);
    /// `trends` the years compared (none without).
    public static func document(_ report: Report, analysis known: AlignmentAnalysis? = nil, trends: Trends? = nil) -> JSONValue {
        document(report, data: known.map(DataAnalysis.init) ?? DataAnalysis(report), trends: trends)
    }

    static func document(_ report: Report, data analysis: DataAnalysis, trends: Trends? = nil) -> JSONValue {
        let site = report.site
        let scale = report.ratingScale
        return .object([
            ("format", .string(format)),
            (
                "site",
                .object([
                    ("province", .string(site.province)), ("office", .string(site.office)), ("title", .string(site.title)),
                    ("fiscal_year", .number(String(site.fiscalYear))), ("base_url", .string(site.baseURL)),
                    ("primary_plan", .string(site.primaryPlan)), ("deadline", .string(site.deadline?.iso)),
                    ("published_on", .string(report.reportDate?.iso)),
                ])
            ),
            ("totals", figures(report.totals, scale: scale)),
            ("units", .lazyArray(LazyItems(count: report.units.count) { unit(report.units[$0], scale: scale) })),
            (
                "rejected",
                .array(
                    report.rejected.map {
                        .object([("unit_id", .string($0.unitID)), ("path", .string($0.path)), ("errors", .number(String($0.errorCount)))])
                    })
            ),
            ("missing", .array(report.missing.map { .object([("unit_id", .string($0.id)), ("name", .string($0.name))]) })),
            ("plans", .array(report.framework.plans.map { plan(report, analysis, $0) })),
            ("projects_serving_several_strategies", .number(String(report.projectsServingSeveralStrategies))),
            ("history", trends.map(history) ?? .array([])),
        ])
    }

    /// A *figures* object; `indicators.by_band` counts the graded project indicators per band of
    /// `scale` (the primary plan's), highest band first.
    static func figures(_ f: Figures, scale: RatingScale) -> JSONValue {
        .object([
            ("projects", .number(String(f.projects))),
            ("units", .number(String(f.units))),
            ("allocated", .number(f.allocated.plain)),
            ("spent", .number(f.spent.plain)),
            ("disbursement_rate", f.disbursementRate.map { .number($0.formatted(fractionDigits: 2)) } ?? .null),
            ("by_status", .object(ProjectStatus.allCases.map { ($0.rawValue, .number(String(f.byStatus[$0] ?? 0))) })),
            (
                "indicators",
                .object([
                    ("achieved", .number(String(f.indicators.achieved))), ("not_achieved", .number(String(f.indicators.notAchieved))),
                    ("not_measured", .number(String(f.indicators.notMeasured))),
                    ("by_band", .array(scale.bands.indices.map { .number(String(f.indicators.byBand[$0])) })),
                ])
            ),
        ])
    }

    /// A grade: the band's index on its scale and its labels; null without one.
    static func rating(_ achievement: Achievement?, _ scale: RatingScale) -> JSONValue {
        guard let a = achievement, a.band < scale.bands.count else { return .null }
        let band = scale.bands[a.band]
        return .object([("band", .number(String(a.band))), ("label", .string(band.label)), ("label_en", .string(band.labelEN))])
    }

    /// A plan's bands, highest first.
    static func ratingBands(_ scale: RatingScale) -> JSONValue {
        .array(
            scale.bands.map {
                .object([("from", .number($0.from.description)), ("label", .string($0.label)), ("label_en", .string($0.labelEN))])
            })
    }

    static func unit(_ u: UnitReport, scale: RatingScale) -> JSONValue {
        let s = u.submission
        return .object([
            ("id", .string(s.unit.id)), ("name", .string(s.unit.name)), ("short_name", .string(s.unit.shortName)),
            ("affiliation", .string(s.unit.affiliation)), ("district", .string(s.unit.district)),
            (
                "contact",
                s.unit.contact.map {
                    .object([
                        ("name", .string($0.name)), ("position", .string($0.position)), ("phone", .string($0.phone)),
                        ("email", .string($0.email)),
                    ])
                } ?? .null
            ),
            ("submitted_on", .string(s.submittedOn?.iso)), ("late", .bool(u.isLate)),
            ("approved_by", s.approvedBy.map { .object([("name", .string($0.name)), ("position", .string($0.position))]) } ?? .null),
            ("summary", .string(s.summary)),
            ("figures", figures(u.figures, scale: scale)),
            ("projects", .array(u.projects.map { project($0, scale: scale) })),
            (
                "indicator_results",
                .array(
                    s.indicatorResults.map {
                        .object(
                            [("code", .string($0.code.code))]
                                + entry(value: $0.value, numerator: $0.numerator, denominator: $0.denominator, note: $0.note, asOf: $0.asOf)
                        )
                    })
            ),
        ])
    }

    static func value(_ v: IndicatorValue?) -> JSONValue {
        switch v {
        case .number(let n)?: return .number(n.description)
        case .text(let t)?: return .string(t)
        case nil: return .null
        }
    }

    static func project(_ p: AlignedProject, scale: RatingScale) -> JSONValue {
        let pr = p.project
        return .object([
            ("id", .string(pr.id)), ("name", .string(pr.name)), ("status", .string(pr.status.rawValue)),
            ("strategies", .array(pr.strategies.map { .string($0.code) })),
            ("also_supports", .array(pr.alsoSupports.map { .string($0.code) })),
            ("aligned_codes", .array(p.alignedCodes.map { .string($0) })),
            ("period", pr.period.map { .object([("start", .string($0.start?.iso)), ("end", .string($0.end?.iso))]) } ?? .null),
            ("lead", .string(pr.lead)),
            (
                "budget",
                .object([
                    ("allocated", .number(pr.allocated.plain)), ("spent", pr.budget?.spent.map { .number($0.plain) } ?? .null),
                    ("source", .string(pr.budget?.source.rawValue)),
                ])
            ),
            ("objectives", .array(pr.objectives.map { .string($0) })),
            (
                "indicators",
                .array(
                    pr.indicators.enumerated().map { i, ind in
                        .object([
                            ("no", .number(String(i + 1))), ("name", .string(ind.name)), ("kind", .string(ind.kind.rawValue)),
                            ("unit", .string(ind.unit)), ("target", value(ind.target)), ("actual", value(ind.actual)),
                            ("direction", .string(ind.direction.rawValue)), ("achieved", ind.achieved.map { .bool($0) } ?? .null),
                            ("result", .string(p.outcomes[i].rawValue)), ("contributes_to", .string(ind.contributesTo?.code)),
                            (
                                "percent_of_target",
                                p.achievements[i].map { .number($0.percent.formatted(fractionDigits: 2)) } ?? .null
                            ),
                            ("rating", rating(p.achievements[i], scale)),
                        ])
                    })
            ),
            ("beneficiaries", .object(pr.beneficiaries.map { ($0.name, .number(String($0.count))) })),
            ("results", .string(pr.results)),
            ("problems", .array(pr.problems.map { .string($0) })),
            ("suggestions", .array(pr.suggestions.map { .string($0) })),
            (
                "evidence",
                .array(
                    pr.evidence.map { e in
                        switch e.target {
                        case .url(let u): return .object([("title", .string(e.title)), ("url", .string(u))])
                        case .file(let f): return .object([("title", .string(e.title)), ("file", .string(f))])
                        }
                    })
            ),
        ])
    }

    static func plan(_ report: Report, _ analysis: DataAnalysis, _ plan: Plan) -> JSONValue {
        let items = plan.flattenedItems
        return .object([
            ("id", .string(plan.id)), ("name", .string(plan.name)), ("name_en", .string(plan.nameEN)), ("rank", .number(String(plan.rank))),
            (
                "period",
                .object([
                    ("from", plan.periodFrom.map { .number(String($0)) } ?? .null),
                    ("to", plan.periodTo.map { .number(String($0)) } ?? .null),
                ])
            ),
            ("projects_serving_several_items", .number(String(analysis.projectsServingSeveral[plan.id] ?? 0))),
            ("rating_bands", ratingBands(plan.ratingScale)),
            (
                // Made item by item as written: each lists the keys of every project it reaches.
                "items",
                .lazyArray(
                    LazyItems(count: items.count) { i in
                        let item = items[i]
                        let r = report.rollup(item.code)
                        return .object([
                            ("code", .string(item.code)), ("name", .string(item.name)), ("parent", .string(item.parent)),
                            ("depth", .number(String(item.depth))), ("supports", .array(item.supports.map { .string($0.code) })),
                            (
                                "indicators",
                                .array(item.indicators.map { strategicIndicator(report, analysis, $0, scale: plan.ratingScale) })
                            ),
                            ("rollup", r.map { figures($0.figures, scale: report.ratingScale) } ?? .null),
                            ("projects", .array((r?.projectKeys ?? []).map { .string($0) })),
                        ])
                    })
            ),
        ])
    }

    /// A unit's entry for a strategic indicator: `value` (a ratio's own rate), the ratio's parts,
    /// the note and `as_of`, each null where absent.
    static func entry(value: DecimalNumber, numerator: DecimalNumber?, denominator: DecimalNumber?, note: String?, asOf: CalendarDate?)
        -> [(String, JSONValue)]
    {
        [
            ("value", .number(value.description)), ("numerator", numerator.map { .number($0.description) } ?? .null),
            ("denominator", denominator.map { .number($0.description) } ?? .null), ("note", .string(note)),
            ("as_of", .string(asOf?.iso)),
        ]
    }

    static func reported(_ e: StrategicIndicatorReport.Reported) -> JSONValue {
        .object(
            [("unit_id", .string(e.unitID))]
                + entry(value: e.value, numerator: e.numerator, denominator: e.denominator, note: e.note, asOf: e.asOf))
    }

    static func strategicIndicator(_ report: Report, _ analysis: DataAnalysis, _ ind: StrategicIndicator, scale: RatingScale) -> JSONValue {
        let r = report.strategicIndicators.first { $0.indicator.code == ind.code }
        let a = analysis.assessment(ind.code)
        return .object([
            ("code", .string(ind.code)), ("name", .string(ind.name)), ("unit", .string(ind.unit)),
            ("direction", .string(ind.direction.rawValue)),
            (
                "baseline",
                ind.baselineValue.map {
                    .object([("year", ind.baselineYear.map { .number(String($0)) } ?? .null), ("value", .number($0.description))])
                } ?? .null
            ),
            ("targets", .object(ind.targets.map { (String($0.year), .number($0.value.description)) })),
            ("year_target", a?.target.map { .number($0.description) } ?? .null),
            ("year_value", a?.value.map { .number($0.description) } ?? .null),
            ("status", .string(a?.status.rawValue ?? "no_data")),
            ("percent_of_target", a?.achievement.map { .number($0.percent.formatted(fractionDigits: 2)) } ?? .null),
            ("rating", rating(a?.achievement, scale)),
            ("aggregation", .string((a?.aggregation ?? ind.aggregation ?? .mean).rawValue)),
            ("aggregation_chosen", .bool(a?.aggregationChosen ?? (ind.aggregation != nil))),
            ("per", a?.per.map { .number($0.description) } ?? .null),
            ("contributors", .array((a?.contributors ?? []).map(reported))),
            ("reported", .array((r?.reported ?? []).map(reported))),
            (
                "contributions",
                .array(
                    (r?.contributions ?? []).map {
                        .object([
                            ("unit_id", .string($0.unitID)), ("project_id", .string($0.projectID)),
                            ("indicator", .string($0.indicatorName)),
                            ("result", .string($0.outcome.rawValue)),
                        ])
                    })
            ),
        ])
    }
}
