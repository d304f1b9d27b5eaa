import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressTemplates
import PlanPressValidate

/// Builds the view models of the site's pages: every figure formatted, every link computed.
struct SiteModel {
    let report: Report
    /// The grades of project indicators (`Report.ratingScale`).
    let ratingScale: RatingScale
    let fmt: DisplayFormatter
    let unitsByID: [String: UnitReport]
    let primaryTop: [PlanItem]
    let analysis: AlignmentAnalysis
    let charts: AnalysisCharts
    /// Every project in report order, and each one's place in it by `unitID/projectID`.
    let allProjects: [AlignedProject]
    let projectIndex: [String: Int]
    let rollups: [String: ItemRollup]
    let strategicIndicators: [String: StrategicIndicatorReport]
    /// `projectRow` of every project, made once: item pages list the same rows many times over.
    private(set) var projectRows: [TemplateValue] = []
    /// This year beside the earlier years of `content/history/`; nil when there is no earlier year
    /// (then the pages are as they were before history was read).
    let history: Trends?
    /// The history's items, units and strategic indicators by code.
    let itemTrends: [String: ItemTrend]
    let unitTrends: [String: UnitTrend]
    let indicatorTrends: [String: IndicatorTrend]

    init(report: Report, trends: Trends? = nil) {
        self.report = report
        let history = trends.flatMap { $0.hasHistory ? $0 : nil }
        self.history = history
        itemTrends = Dictionary((history?.items ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        unitTrends = Dictionary((history?.units ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorTrends = Dictionary((history?.indicators ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        ratingScale = report.ratingScale
        fmt = DisplayFormatter(digits: report.site.siteNumerals)
        unitsByID = Dictionary(report.units.map { ($0.submission.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        primaryTop = report.framework.plan(report.site.primaryPlan)?.items ?? []
        analysis = AlignmentAnalysis(report)
        charts = AnalysisCharts(report: report, analysis: analysis, digits: report.site.siteNumerals)
        allProjects = report.allProjects
        projectIndex = Dictionary(
            allProjects.enumerated().map { ("\($0.element.unitID)/\($0.element.project.id)", $0.offset) }, uniquingKeysWith: { a, _ in a })
        rollups = Dictionary(report.rollups.map { ($0.item.code, $0) }, uniquingKeysWith: { a, _ in a })
        strategicIndicators = Dictionary(report.strategicIndicators.map { ($0.indicator.code, $0) }, uniquingKeysWith: { a, _ in a })
        let box = Unchecked(self)
        projectRows = Parallel.map(Array(allProjects.indices)) { i in
            Unchecked(TemplateValue(encoding: box.value.projectRow(box.value.allProjects[i]), .display()))
        }.map(\.value)
    }

    /// The roll-up of a plan item, by code.
    func rollup(_ code: String) -> ItemRollup? { rollups[code] }

    /// The projects with these keys, each once, in report order.
    func projects(_ keys: [String]) -> [Int] {
        Set(keys.compactMap { projectIndex[$0] }).sorted()
    }

    /// One sentence with the headline figures, for descriptions and link previews.
    var summaryText: String { Self.summaryText(report) }

    /// The sentence of `summaryText` for `report`, without building the model.
    static func summaryText(_ report: Report) -> String {
        let fmt = DisplayFormatter(digits: report.site.siteNumerals)
        let t = report.totals
        return
            "\(report.site.title): \(fmt.count(report.units.count)) หน่วยงาน \(fmt.count(t.projects)) โครงการ งบประมาณ \(fmt.millions(t.allocated)) ใช้จ่าย \(fmt.millions(t.spent))"
    }

    var siteView: SiteView {
        let s = report.site
        return SiteView(
            image: s.baseURL.map { $0 + SummaryImage.path }, title: s.title, office: s.office, province: s.province,
            fiscalYear: fmt.text(String(s.fiscalYear)), reportDate: report.reportDate.map { fmt.date($0) } ?? "",
            pages: report.pages.filter(\.onSite).map { SiteView.PageLink(href: OutputPath.page($0.slug), title: $0.title) })
    }

    /// `f` formatted; `scope` (`total`, `item.CODE`, `unit.ID`) names the audit keys of its counts
    /// by band (`SCOPE.indicators.band.N`).
    func figuresView(_ f: Figures, scope: String) -> FiguresView {
        FiguresView(
            projects: fmt.count(f.projects), units: fmt.count(f.units),
            allocated: fmt.money(f.allocated), spent: fmt.money(f.spent),
            allocatedMillions: fmt.millions(f.allocated), spentMillions: fmt.millions(f.spent),
            rate: fmt.percent(f.disbursementRate),
            achieved: fmt.count(f.indicators.achieved), notAchieved: fmt.count(f.indicators.notAchieved),
            notMeasured: fmt.count(f.indicators.notMeasured), indicators: fmt.count(f.indicators.total),
            byStatus: ProjectStatus.allCases.map {
                FiguresView.StatusCount(
                    label: $0.thai, status: $0.rawValue, count: fmt.count(f.byStatus[$0] ?? 0), raw: String(f.byStatus[$0] ?? 0))
            },
            bands: ratingScale.bands.indices.map {
                FiguresView.BandCount(
                    label: ratingScale.bands[$0].label, range: RatingText.range(ratingScale, band: $0, digits: fmt.digits),
                    count: fmt.count(f.indicators.byBand[$0]), key: "\(scope).indicators.band.\($0)", raw: String(f.indicators.byBand[$0]))
            },
            unrated: fmt.count(f.indicators.unrated),
            raw: FiguresView.RawFigures(
                projects: String(f.projects), allocated: f.allocated.plain, spent: f.spent.plain,
                achieved: String(f.indicators.achieved), notAchieved: String(f.indicators.notAchieved),
                notMeasured: String(f.indicators.notMeasured)))
    }

    func itemRow(_ r: ItemRollup) -> ItemRow {
        ItemRow(
            figures: figuresView(r.figures, scope: "item.\(r.item.code)"), code: r.item.code, name: r.item.name,
            href: OutputPath.item(r.item.code),
            depth: String(r.item.depth), indent: r.item.depth > 1, gap: r.isGap, rawUnits: String(r.figures.units))
    }

    func homeView() -> HomeView {
        let expected = report.site.expectedUnits.count
        let years = homeYears()
        return HomeView(
            figures: figuresView(report.totals, scope: "total"),
            reported: fmt.count(report.units.count),
            expected: fmt.count(max(expected, report.units.count + report.missing.count)),
            late: fmt.count(report.units.filter(\.isLate).count),
            rejectedCount: fmt.count(report.rejected.count),
            missingCount: fmt.count(report.missing.count),
            strategies: primaryTop.compactMap { rollup($0.code) }.map(itemRow),
            budgetChart: charts.budgetByStrategy(id: "home-budget"),
            primaryPlan: report.framework.plan(report.site.primaryPlan)?.name ?? report.site.primaryPlan,
            units: report.units.map(unitRow),
            plans: report.framework.plans.map { HomeView.PlanLink(href: OutputPath.plan($0.id), name: $0.name, id: $0.id) },
            committee: report.site.committee.map { PersonView(name: $0.name, position: $0.position) },
            totalYears: years.totals, strategyYears: years.strategies)
    }

    func unitRow(_ u: UnitReport) -> UnitRow {
        let s = u.submission
        return UnitRow(
            figures: figuresView(u.figures, scope: "unit.\(s.unit.id)"), id: s.unit.id, name: s.unit.name, shortName: s.unit.displayName,
            href: OutputPath.unit(s.unit.id),
            affiliation: report.site.affiliation(s.unit.affiliation)?.displayName ?? s.unit.affiliation,
            district: s.unit.district.flatMap { report.site.district($0)?.name } ?? "–")
    }

    func projectFacts(_ p: AlignedProject) -> ProjectFacts {
        let pr = p.project
        return ProjectFacts(
            id: pr.id, name: pr.name, href: OutputPath.project(unit: p.unitID, id: pr.id),
            unit: unitsByID[p.unitID]?.submission.unit.displayName ?? p.unitID, unitHref: OutputPath.unit(p.unitID),
            status: pr.status.thai, statusCode: pr.status.rawValue,
            allocated: fmt.money(pr.allocated), spent: fmt.money(pr.spent),
            achieved: fmt.count(p.counts.achieved), indicators: fmt.count(p.counts.total))
    }

    func projectRow(_ p: AlignedProject) -> ProjectRow {
        ProjectRow(facts: projectFacts(p), strategies: p.writtenCodes.map { CodeLink(code: $0, href: OutputPath.item($0)) })
    }

    func unitView(_ u: UnitReport) -> UnitView {
        let s = u.submission
        return UnitView(
            row: unitRow(u),
            submittedOn: fmt.date(s.submittedOn),
            late: u.isLate,
            deadline: fmt.date(report.site.deadline),
            summary: s.summary.map(Markdown.html) ?? "",
            hasSummary: s.summary != nil,
            contact: s.unit.contact.map { c in
                UnitView.Contact(name: c.name ?? "–", position: c.position ?? "–", phone: c.phone ?? "–", email: c.email ?? "–")
            },
            approvedBy: s.approvedBy.map { a in PersonView(name: a.name ?? "–", position: a.position ?? "–") },
            projectRows: u.projects.map(projectRow),
            indicatorResults: s.indicatorResults.map { r in
                UnitView.IndicatorResult(
                    code: r.code.code,
                    href: OutputPath.item(strategicIndicators[r.code.code]?.indicator.itemCode ?? ""),
                    value: fmt.number(r.value), note: r.note ?? "")
            },
            encoding: s.encoding.isConverted ? s.encoding.rawValue : "",
            unitYears: unitYears(s.unit.id))
    }

    func indicatorValue(_ v: IndicatorValue?) -> String {
        switch v {
        case .number(let n)?: return fmt.number(n)
        case .text(let t)?: return t
        case nil: return "–"
        }
    }

    func projectView(_ u: UnitReport, _ p: AlignedProject) -> ProjectView {
        let pr = p.project
        return ProjectView(
            facts: projectFacts(p),
            unitName: u.submission.unit.name,
            lead: pr.lead ?? "–",
            start: fmt.date(pr.period?.start),
            end: fmt.date(pr.period?.end),
            source: pr.budget?.source.thai ?? "–",
            spentGiven: pr.budget?.spent != nil,
            rate: fmt.percent(pr.spent.percent(of: pr.allocated)),
            objectives: pr.objectives,
            hasObjectives: !pr.objectives.isEmpty,
            strategies: pr.strategies.map { CodeLink(code: $0.code, href: OutputPath.item($0.code)) },
            alsoSupports: pr.alsoSupports.map { CodeLink(code: $0.code, href: OutputPath.item($0.code)) },
            aligned: p.alignedCodes.map { code in
                NamedCodeLink(code: code, href: OutputPath.item(code), name: rollup(code)?.item.name ?? "")
            },
            indicatorRows: pr.indicators.enumerated().map { i, ind in
                ProjectView.IndicatorRow(
                    no: fmt.count(i + 1), name: ind.name, kind: ind.kind == .quantitative ? "เชิงปริมาณ" : "เชิงคุณภาพ",
                    unit: ind.unit ?? "", target: indicatorValue(ind.target), actual: indicatorValue(ind.actual),
                    direction: ind.direction == .increase ? "ยิ่งมากยิ่งดี" : "ยิ่งน้อยยิ่งดี",
                    result: p.outcomes[i].thai, resultCode: p.outcomes[i].rawValue,
                    contributesTo: ind.contributesTo?.code ?? "", hasContribution: ind.contributesTo != nil,
                    contributesHref: ind.contributesTo.flatMap { c in
                        strategicIndicators[c.code].map { OutputPath.item($0.indicator.itemCode) }
                    } ?? "", percent: fmt.percent(p.achievements[i]?.percent),
                    rating: p.achievements[i].map { ratingScale.bands[$0.band].label } ?? "", hasRating: p.achievements[i] != nil)
            },
            hasIndicators: !pr.indicators.isEmpty,
            beneficiaries: pr.beneficiaries.map {
                ProjectView.Beneficiary(name: BeneficiaryNames.thai($0.name), count: fmt.count($0.count))
            },
            hasBeneficiaries: !pr.beneficiaries.isEmpty,
            results: pr.results.map(Markdown.html) ?? "",
            hasResults: pr.results != nil,
            problems: pr.problems,
            suggestions: pr.suggestions,
            evidence: pr.evidence.map { e in
                switch e.target {
                case .url(let u): return ProjectView.Evidence(title: e.title, href: u, external: true)
                case .file(let f):
                    return ProjectView.Evidence(
                        title: e.title, href: EvidenceFiles.outputPath(unitID: p.unitID, file: f), external: false)
                }
            },
            hasEvidence: !pr.evidence.isEmpty)
    }

    func planView(_ plan: Plan) -> PlanView {
        let rows = plan.flattenedItems.compactMap { rollup($0.code) }
        let several = analysis.projectsServingSeveral[plan.id] ?? 0
        let gaps = rows.filter(\.isGap).count
        return PlanView(
            id: plan.id, name: plan.name, nameEN: plan.nameEN ?? "", rank: fmt.count(plan.rank),
            period: plan.periodFrom.map { f in fmt.text("\(f)–\(plan.periodTo.map(String.init) ?? "")") } ?? "",
            items: rows.map(itemRow), gaps: rows.filter(\.isGap).map(itemRow), hasGaps: gaps > 0,
            several: fmt.count(several), severalRaw: String(several),
            gapCount: fmt.count(gaps), gapCountRaw: String(gaps), itemCount: fmt.count(rows.count),
            strategicIndicators: plan.flattenedItems.flatMap(\.indicators).map(indicatorSummary),
            planYears: planYears(plan), goneIndicators: goneIndicators(plan: plan.id))
    }

    /// An item's page; nil for an item with no roll-up (the page has only its frame).
    func itemView(_ item: PlanItem) -> ItemView? {
        guard let r = rollup(item.code) else { return nil }
        let supportedBy = report.framework.allItems.filter { $0.supports.contains { $0.code == item.code } }
        return ItemView(
            row: itemRow(r),
            planName: report.framework.plan(item.planID)?.name ?? item.planID,
            planHref: OutputPath.plan(item.planID),
            parent: item.parent.map { parent in
                NamedCodeLink(code: parent, href: OutputPath.item(parent), name: rollup(parent)?.item.name ?? "")
            },
            children: item.items.map { NamedCodeLink(code: $0.code, href: OutputPath.item($0.code), name: $0.name) },
            supports: item.supports.map { s in
                NamedCodeLink(code: s.code, href: OutputPath.item(s.code), name: rollup(s.code)?.item.name ?? "")
            },
            supportedBy: supportedBy.map { NamedCodeLink(code: $0.code, href: OutputPath.item($0.code), name: $0.name) },
            projectRows: projects(r.projectKeys).map { projectRows[$0] },
            unitRows: r.unitIDs.compactMap { unitsByID[$0] }.map {
                NamedLink(name: $0.submission.unit.displayName, href: OutputPath.unit($0.submission.unit.id))
            },
            strategicIndicators: item.indicators.map(strategicIndicatorView),
            hasIndicators: !item.indicators.isEmpty,
            itemYears: itemYears(item.code), goneIndicators: goneIndicators(item: item.code))
    }

    /// A unit's display name, also for an expected unit that did not report (a `single`
    /// indicator's reporter).
    func unitName(_ id: String) -> String {
        unitsByID[id]?.submission.unit.displayName ?? report.site.expectedUnits.first { $0.id == id }?.name ?? id
    }

    /// How an indicator's value is made, in words; nil for a code the analysis does not have.
    func aggregationText(_ ind: StrategicIndicator) -> AggregationText? {
        analysis.assessment(ind.code).map { AggregationText($0, indicator: ind, unitName: unitName, fmt: fmt) }
    }

    func strategicIndicatorView(_ ind: StrategicIndicator) -> StrategicIndicatorView {
        typealias ChartRow = StrategicIndicatorView.ChartRow
        let r = strategicIndicators[ind.code]
        let a = analysis.assessment(ind.code)
        let making = aggregationText(ind)
        // The chart's data as a table beside it: the baseline, every yearly target (each earlier
        // year's value after its year's target), the year's value.
        var chartRows: [ChartRow] = []
        if let b = ind.baselineValue {
            chartRows.append(
                ChartRow(year: ind.baselineYear.map { fmt.text(String($0)) } ?? "–", kind: "ค่าฐาน", value: fmt.number(b), current: false))
        }
        let earlier = indicatorHistory(ind.code)
        func earlierRow(_ p: (year: Int, value: DecimalNumber)) -> ChartRow {
            ChartRow(
                year: fmt.text(String(p.year)), kind: "ค่าที่รายงาน", value: fmt.number(p.value), current: false, marked: true,
                auditKey: HistoryMarks.indicatorValue(p.year, ind.code), raw: p.value.description)
        }
        var pending = earlier[...]
        for t in ind.targets {
            while let p = pending.first, p.year < t.year {
                chartRows.append(earlierRow(p))
                pending = pending.dropFirst()
            }
            chartRows.append(
                ChartRow(
                    year: fmt.text(String(t.year)), kind: "ค่าเป้าหมาย", value: fmt.number(t.value),
                    current: t.year == report.site.fiscalYear))
            while let p = pending.first, p.year == t.year {
                chartRows.append(earlierRow(p))
                pending = pending.dropFirst()
            }
        }
        chartRows += pending.map(earlierRow)
        if let value = a?.value {
            chartRows.append(
                ChartRow(
                    year: fmt.text(String(report.site.fiscalYear)), kind: "ค่าที่รายงาน (\(making?.word ?? ""))", value: fmt.number(value),
                    current: true))
        }
        let contributors = a?.contributors ?? []
        let isRatio = a?.aggregation == .ratio
        return StrategicIndicatorView(
            chartRows: chartRows,
            chart: charts.indicatorLine(ind, id: "si-\(ind.code)", history: earlier),
            target: a?.target.map(fmt.number) ?? "–", value: a?.value.map(fmt.number) ?? "–", valueRaw: a?.value?.description,
            status: a?.status.thai ?? "", statusCode: a?.status.rawValue ?? "", grade: grade(a),
            code: ind.code, name: ind.name, unit: ind.unit ?? "",
            direction: ind.direction == .increase ? "ยิ่งมากยิ่งดี" : "ยิ่งน้อยยิ่งดี",
            baseline: ind.baselineValue.map { "\(fmt.number($0)) (\(fmt.text(ind.baselineYear.map(String.init) ?? "")))" } ?? "–",
            targets: ind.targets.map {
                StrategicIndicatorView.Target(
                    year: fmt.text(String($0.year)), value: fmt.number($0.value), current: $0.year == report.site.fiscalYear)
            },
            aggregation: making?.name ?? "", formula: making?.formula ?? "", isRatio: isRatio,
            contributorUnits: fmt.count(IndicatorMarks.unitCount(contributors)),
            contributorUnitsRaw: String(IndicatorMarks.unitCount(contributors)),
            contributors: contributors.enumerated().map { n, c in
                StrategicIndicatorView.Contributor(
                    unit: unitName(c.unitID), href: OutputPath.unit(c.unitID),
                    key: IndicatorMarks.contributor(ind.code, number: n + 1, unitID: c.unitID), isRatio: isRatio,
                    value: fmt.number(c.value), valueRaw: c.value.description,
                    numerator: c.numerator.map(fmt.number) ?? "–", numeratorRaw: c.numerator?.description ?? "",
                    denominator: c.denominator.map(fmt.number) ?? "–", denominatorRaw: c.denominator?.description ?? "",
                    note: c.note, asOf: fmt.date(c.asOf))
            },
            contributions: (r?.contributions ?? []).map {
                StrategicIndicatorView.Contribution(
                    unit: unitsByID[$0.unitID]?.submission.unit.displayName ?? $0.unitID,
                    href: OutputPath.project(unit: $0.unitID, id: $0.projectID), indicator: $0.indicatorName, result: $0.outcome.thai)
            },
            indicatorYears: indicatorYears(ind.code))
    }

    /// A strategic indicator's grade on its own plan's scale; none without a value or a target.
    func grade(_ a: AlignmentAnalysis.IndicatorAssessment?) -> [IndicatorGrade] {
        guard let achievement = a?.achievement, let band = a?.rating else { return [] }
        return [
            IndicatorGrade(
                percent: fmt.percent(achievement.percent), percentRaw: achievement.percent.formatted(fractionDigits: 2),
                rating: band.label, ratingRaw: String(achievement.band))
        ]
    }

    /// Strategic indicators in brief, for the pages that list many: the year's value, its
    /// aggregation and how many units' figures make it.
    func indicatorSummary(_ ind: StrategicIndicator) -> IndicatorSummary {
        let a = analysis.assessment(ind.code)
        let units = IndicatorMarks.unitCount(a?.contributors ?? [])
        return IndicatorSummary(
            code: ind.code, name: ind.name, href: OutputPath.item(ind.itemCode),
            baseline: ind.baselineValue.map(fmt.number) ?? "–", target: a?.target.map(fmt.number) ?? "–",
            value: a?.value.map(fmt.number) ?? "–", valueRaw: a?.value?.description,
            status: a?.status.thai ?? "", statusCode: a?.status.rawValue ?? "", grade: grade(a),
            aggregation: aggregationText(ind)?.name ?? "", contributorUnits: fmt.count(units), contributorUnitsRaw: String(units))
    }

    /// The units grouped the ways readers look for them: by affiliation and by district.
    func unitsView() -> UnitsView {
        let byAffiliation = report.site.affiliations.compactMap { a -> UnitsView.Group? in
            let units = report.units.filter { $0.submission.unit.affiliation == a.code }
            guard !units.isEmpty else { return nil }
            return UnitsView.Group(name: a.name, short: a.displayName, units: units.map(unitRow), count: fmt.count(units.count))
        }
        var byDistrict = report.site.districts.compactMap { d -> UnitsView.Group? in
            let units = report.units.filter { $0.submission.unit.district == d.code }
            guard !units.isEmpty else { return nil }
            return UnitsView.Group(name: d.name, units: units.map(unitRow), count: fmt.count(units.count))
        }
        let noDistrict = report.units.filter { $0.submission.unit.district == nil }
        if !noDistrict.isEmpty {
            byDistrict.append(UnitsView.Group(name: "ไม่ระบุอำเภอ", units: noDistrict.map(unitRow), count: fmt.count(noDistrict.count)))
        }
        return UnitsView(byAffiliation: byAffiliation, byDistrict: byDistrict, unitsYears: unitsYears())
    }

    func statusView() -> StatusView {
        typealias Row = StatusView.Row
        var rows: [Row] = []
        for u in report.units {
            rows.append(
                Row(
                    name: u.submission.unit.name, href: OutputPath.unit(u.submission.unit.id), id: u.submission.unit.id,
                    state: u.isLate ? "ส่งล่าช้า" : "ส่งแล้ว", stateCode: u.isLate ? "late" : "submitted",
                    date: fmt.date(u.submission.submittedOn), detail: "\(fmt.count(u.projects.count)) โครงการ"))
        }
        for r in report.rejected {
            rows.append(
                Row(
                    name: r.name ?? r.unitID, href: "", id: r.unitID, state: "ไม่ผ่านการตรวจสอบ", stateCode: "rejected",
                    date: "–", detail: "พบข้อผิดพลาด \(fmt.count(r.errorCount)) รายการ"))
        }
        for m in report.missing {
            rows.append(Row(name: m.name, href: "", id: m.id, state: "ยังไม่ส่ง", stateCode: "missing", date: "–", detail: ""))
        }
        return StatusView(
            rows: rows, deadline: fmt.date(report.site.deadline),
            submitted: fmt.count(report.units.count), late: fmt.count(report.units.filter(\.isLate).count),
            rejected: fmt.count(report.rejected.count), missing: fmt.count(report.missing.count))
    }

    func alignmentView() -> AlignmentView {
        AlignmentView(
            plans: report.framework.plans.map { plan in
                let rows = plan.flattenedItems.compactMap { rollup($0.code) }
                let gaps = rows.filter(\.isGap).count
                let several = analysis.projectsServingSeveral[plan.id] ?? 0
                return AlignmentView.Plan(
                    id: plan.id, name: plan.name, href: OutputPath.plan(plan.id), items: rows.map(itemRow),
                    gapCount: fmt.count(gaps), gapCountRaw: String(gaps), itemCount: fmt.count(rows.count),
                    several: fmt.count(several), severalRaw: String(several))
            },
            primaryPlan: report.site.primaryPlan,
            several: fmt.count(report.projectsServingSeveralStrategies),
            severalRaw: String(report.projectsServingSeveralStrategies),
            totals: figuresView(report.totals, scope: "total"),
            consistency: report.consistency.map {
                AlignmentView.Consistency(
                    unit: unitsByID[$0.unitID]?.submission.unit.displayName ?? $0.unitID, project: $0.projectID,
                    href: OutputPath.project(unit: $0.unitID, id: $0.projectID), code: $0.code)
            },
            hasConsistency: !report.consistency.isEmpty,
            budgetChart: charts.budgetByStrategy(id: "al-budget"),
            indicatorChart: charts.indicatorsByStrategy(id: "al-indicators"),
            flowChart: charts.budgetFlow(id: "al-flow"),
            strategyRows: primaryTop.compactMap { rollup($0.code) }.map(itemRow),
            flows: analysis.flows.map {
                AlignmentView.Flow(from: $0.from, to: $0.to, allocated: fmt.money($0.allocated), projects: fmt.count($0.projects))
            },
            unitsMatrix: matrixView(analysis.unitsByStrategy, key: "matrix.units"),
            affiliationMatrix: matrixView(analysis.affiliationsByNational, key: "matrix.affiliations"),
            strategicIndicators: report.framework.allIndicators.map(indicatorSummary),
            indicatorGapCount: fmt.count(analysis.indicatorGaps.count),
            indicatorGapCountRaw: String(analysis.indicatorGaps.count),
            indicatorGaps: analysis.indicatorGaps.map { code in
                let ind = report.framework.allIndicators.first { $0.code == code }
                return NamedCodeLink(code: code, href: OutputPath.item(ind?.itemCode ?? ""), name: ind?.name ?? "")
            })
    }

    /// A matrix with every cell marked for the audit as `KEY.ROW.COLUMN.projects` / `.allocated`.
    func matrixView(_ m: AlignmentAnalysis.Matrix, key: String) -> MatrixView {
        MatrixView(
            columns: m.columns.map { MatrixView.Column(code: $0.code, label: $0.label, href: OutputPath.item($0.code)) },
            rows: m.rows.enumerated().map { i, row in
                MatrixView.Row(
                    label: row.label,
                    cells: zip(m.columns, m.cells[i]).map { column, c in
                        MatrixView.Cell(
                            projects: fmt.count(c.projects), allocated: fmt.money(c.allocated), empty: c.projects == 0,
                            key: "\(key).\(row.id).\(column.code)", rawProjects: String(c.projects),
                            rawAllocated: c.allocated.plain)
                    })
            })
    }

    /// The problems page lists every project that reported problems, by strategy and by unit (at
    /// national scale a 70 MB page): its rows are made only as the page is written.
    func problemsView() -> ProblemsView {
        // The model is only read while pages render, on whichever core renders a row.
        let model = Unchecked(self)
        @Sendable func withIssues(_ projects: [AlignedProject]) -> [AlignedProject] {
            projects.filter { !($0.project.problems.isEmpty && $0.project.suggestions.isEmpty) }
        }
        let byStrategy = primaryTop.map { item in
            let projects = withIssues(self.projects(rollup(item.code)?.projectKeys ?? []).map { allProjects[$0] })
            return ProblemsView.Strategy(
                code: item.code, name: item.name, href: OutputPath.item(item.code),
                projects: LazyViews(count: projects.count) { model.value.problemRow(projects[$0]) }, hasProjects: !projects.isEmpty)
        }
        let units = report.units
        let byUnit = LazyViews(count: units.count) { i in
            let u = units[i]
            let projects = withIssues(u.projects)
            return ProblemsView.Unit(
                name: u.submission.unit.name, href: OutputPath.unit(u.submission.unit.id),
                projects: projects.map(model.value.problemRow), hasProjects: !projects.isEmpty)
        }
        return ProblemsView(byStrategy: byStrategy, byUnit: byUnit)
    }

    func problemRow(_ p: AlignedProject) -> ProblemRow {
        ProblemRow(
            name: p.project.name, href: OutputPath.project(unit: p.unitID, id: p.project.id),
            unit: unitsByID[p.unitID]?.submission.unit.displayName ?? p.unitID,
            problems: p.project.problems, suggestions: p.project.suggestions)
    }
}
