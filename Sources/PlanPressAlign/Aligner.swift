import PlanPressCore
import PlanPressValidate

/// The align stage: closures, roll-ups, gaps, strategic indicators and consistency warnings.
public struct Aligner: Sendable {
    /// How the run counts diagnostics (`--strict`: a unit with a warning is left out).
    public var engine: DiagnosticEngine
    /// From `SOURCE_DATE_EPOCH`, used when the site gives no `published_on`.
    public var sourceDate: CalendarDate?

    public init(engine: DiagnosticEngine, sourceDate: CalendarDate? = nil) {
        self.engine = engine
        self.sourceDate = sourceDate
    }

    public init(strict: Bool, sourceDate: CalendarDate? = nil) {
        self.init(engine: DiagnosticEngine(strict: strict), sourceDate: sourceDate)
    }

    /// Aligns the accepted content. Returns nil only when there is no valid site configuration.
    public func align(_ content: ValidatedContent) -> (Report?, [Diagnostic]) {
        guard let site = content.site else { return (nil, []) }
        let graph = FrameworkGraph(content.framework)
        let scale = content.framework.plan(site.primaryPlan)?.ratingScale ?? .standard
        var diagnostics: [Diagnostic] = []
        var rejected = content.rejected
        var units: [UnitReport] = []
        var consistency: [ConsistencyNote] = []

        // Many projects name the same codes: each list's closure is computed and sorted once.
        var strategyClosures: [[String]: Set<String>] = [:]
        var sortedClosures: [[String]: [String]] = [:]

        for submission in content.submissions {
            var unitDiagnostics: [Diagnostic] = []
            var projects: [AlignedProject] = []
            var notes: [ConsistencyNote] = []
            for project in submission.projects {
                let strategies = project.alsoSupports.isEmpty ? [] : project.strategies.map(\.code)
                let reachedByStrategies: Set<String>
                if project.alsoSupports.isEmpty {
                    reachedByStrategies = []
                } else if let known = strategyClosures[strategies] {
                    reachedByStrategies = known
                } else {
                    reachedByStrategies = graph.closure(of: strategies)
                    strategyClosures[strategies] = reachedByStrategies
                }
                for code in AlsoSupportsNotReached.check(project, reached: reachedByStrategies) {
                    unitDiagnostics.append(
                        engine.apply(AlsoSupportsNotReached.diagnostic(code, of: project, severity: AlsoSupportsNotReached.severity)))
                    notes.append(ConsistencyNote(unitID: submission.unit.id, projectID: project.id, code: code.code))
                }
                let written = (project.strategies + project.alsoSupports).map(\.code)
                let aligned: [String]
                if let known = sortedClosures[written] {
                    aligned = known
                } else {
                    aligned = graph.closure(of: written).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    sortedClosures[written] = aligned
                }
                let outcomes = project.indicators.map { $0.outcome(in: project.status) }
                let achievements = project.indicators.map { $0.achievement(in: project.status, scale: scale) }
                var counts = IndicatorCounts()
                for outcome in outcomes { counts.add(outcome) }
                for achievement in achievements { counts.add(achievement) }
                projects.append(
                    AlignedProject(
                        unitID: submission.unit.id, project: project, writtenCodes: written,
                        alignedCodes: aligned, outcomes: outcomes, achievements: achievements,
                        counts: counts))
            }
            diagnostics += unitDiagnostics
            // A consistency problem the run counts as an error leaves the unit out.
            if unitDiagnostics.contains(where: { $0.severity == .error }) {
                rejected.append(
                    RejectedUnit(
                        path: submission.path, unitID: submission.unit.id, name: submission.unit.name, errorCount: unitDiagnostics.count,
                        warningCount: 0))
                continue
            }
            consistency += notes
            let late = {
                guard let d = site.deadline, let s = submission.submittedOn else { return false }
                return s > d
            }()
            units.append(UnitReport(submission: submission, projects: projects, figures: Self.figures(projects), isLate: late))
        }

        let all = units.flatMap(\.projects)
        // Item roll-ups: a project counts once per item it reaches, with its whole budget. Projects
        // are listed by their position in `all`, so none is copied per item it reaches.
        var byCode: [String: [Int]] = [:]
        for (i, p) in all.enumerated() {
            for code in p.alignedCodes { byCode[code, default: []].append(i) }
        }
        let keys = all.map { "\($0.unitID)/\($0.project.id)" }
        let summaries = ProjectSummary.of(all)
        var stamps = Array(repeating: -1, count: summaries.unitIDs.count)
        let rollups = content.framework.allItems.enumerated().map { (n, item) in
            let positions = byCode[item.code] ?? []
            // The units in order of first appearance, each once.
            var unitIDs: [String] = []
            for i in positions where stamps[summaries.projects[i].unit] != n {
                stamps[summaries.projects[i].unit] = n
                unitIDs.append(summaries.unitIDs[summaries.projects[i].unit])
            }
            return ItemRollup(
                item: item, projectKeys: positions.map { keys[$0] }, unitIDs: unitIDs,
                figures: summaries.figures(positions, units: unitIDs.count))
        }

        // Strategic indicators: reported values and contributing project indicators, gathered in
        // one pass in unit order and looked up per indicator.
        var reportedByCode: [String: [StrategicIndicatorReport.Reported]] = [:]
        var contributionsByCode: [String: [StrategicIndicatorReport.Contribution]] = [:]
        for unit in units {
            for r in unit.submission.indicatorResults {
                reportedByCode[r.code.code, default: []].append(
                    .init(
                        unitID: unit.submission.unit.id, value: r.value, note: r.note, numerator: r.numerator, denominator: r.denominator,
                        asOf: r.asOf))
            }
            for p in unit.projects {
                for (i, pi) in p.project.indicators.enumerated() {
                    guard let code = pi.contributesTo?.code else { continue }
                    contributionsByCode[code, default: []].append(
                        .init(
                            unitID: p.unitID, projectID: p.project.id, indicatorNumber: i + 1, indicatorName: pi.name,
                            outcome: p.outcomes[i]))
                }
            }
        }
        let indicators = content.framework.allIndicators.map { ind in
            StrategicIndicatorReport(
                indicator: ind, reported: reportedByCode[ind.code] ?? [], contributions: contributionsByCode[ind.code] ?? [])
        }
        diagnostics += Self.aggregationDiagnostics(indicators, engine: engine)

        let topPrimary = Set(content.framework.plan(site.primaryPlan)?.items.map(\.code) ?? [])
        let several = all.filter { p in p.alignedCodes.filter { topPrimary.contains($0) }.count > 1 }.count

        let report = Report(
            site: site, framework: content.framework, pages: content.pages, units: units, rejected: rejected,
            missing: content.missing, totals: Self.figures(all), rollups: rollups, strategicIndicators: indicators,
            consistency: consistency, projectsServingSeveralStrategies: several, reportDate: site.publishedOn ?? sourceDate)
        return (report, diagnostics)
    }

    /// Per strategic indicator that units report: a ratio whose denominators add up to zero
    /// (PP716), and the mean taken by default once two or more units report it (PP717).
    static func aggregationDiagnostics(_ indicators: [StrategicIndicatorReport], engine: DiagnosticEngine) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for r in indicators where !r.reported.isEmpty {
            let aggregate = r.aggregate
            if aggregate.hasZeroDenominator {
                out.append(
                    engine.apply(
                        ZeroDenominator.diagnostic(
                            r.indicator, units: aggregate.contributors.map(\.unitID), severity: ZeroDenominator.severity)))
            }
            if !aggregate.isChosen, aggregate.reportingUnits.count >= 2 {
                out.append(
                    engine.apply(
                        AggregationMissing.diagnostic(
                            r.indicator, units: aggregate.reportingUnits.count, severity: AggregationMissing.severity)))
            }
        }
        return out
    }

    /// The figures of a set of projects, per the counting rules.
    public static func figures(_ projects: [AlignedProject]) -> Figures {
        var f = Figures()
        var units = Set<String>()
        for p in projects {
            f.projects += 1
            units.insert(p.unitID)
            f.allocated += p.project.allocated
            f.spent += p.project.spent
            f.indicators.add(p.counts)
            f.byStatus[p.project.status, default: 0] += 1
        }
        f.units = units.count
        return f
    }
}
