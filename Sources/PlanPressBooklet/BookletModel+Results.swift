import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressTemplates
import PlanPressValidate

/// Part ๓: results by strategy of the primary plan, each project described once under its home
/// strategy and listed, with the page of its description, under every strategy it reaches.
extension BookletModel {
    func part3(_ outline: BookletOutline) -> ResultsChapter {
        let heading = chapter("part-3", number: 3, title: "ผลการดำเนินงานตามประเด็นยุทธศาสตร์", outline)
        let all = report.allProjects
        let projectsByKey = Dictionary(all.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        // Each project under its home strategy, in report order: one pass, not one per strategy.
        var homedBy: [String: [AlignedProject]] = [:]
        var homeless: [AlignedProject] = []
        for p in all {
            if let code = home[key(p)] { homedBy[code, default: []].append(p) } else { homeless.append(p) }
        }
        let assessments = Dictionary(AlignmentAnalysis.assessments(report).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var strategies: [StrategyResults] = []
        for (i, top) in primaryTop.enumerated() {
            guard let r = report.rollup(top.code) else { continue }
            let id = "st-\(top.code)"
            let title = itemLabel(top)
            outline.add(id: id, title: title, level: 2)
            let prefix = fmt.count(i + 1)
            strategies.append(
                StrategyResults(
                    figures: figures(r.figures, audit: nil), id: id, title: title,
                    children: top.items.map { ItemLabel(label: itemLabel($0)) },
                    strategicIndicators: (top.indicators + top.items.flatMap(\.indicators)).map {
                        reportedIndicator($0, assessments[$0.code])
                    },
                    projectTable: r.projectKeys.compactMap { projectsByKey[$0] }.enumerated().map { n, p in projectRow(p, number: n + 1) },
                    details: lazyDetails(homedBy[top.code] ?? []) { [fmt] j in "\(prefix).\(fmt.count(j + 1))" },
                    unitCount: fmt.count(r.unitIDs.count)))
        }
        var other: UnplacedResults?
        if !homeless.isEmpty {
            let id = "st-other"
            let title = "โครงการที่ไม่ได้ระบุประเด็นยุทธศาสตร์ของ\(txt.plain(primaryPlan?.name ?? ""))"
            outline.add(id: id, title: title, level: 2)
            let n = fmt.count(primaryTop.count + 1)
            other = UnplacedResults(
                id: id, title: title, projects: homeless.enumerated().map { j, p in projectRow(p, number: j + 1) },
                details: lazyDetails(homeless) { [fmt] j in "\(n).\(fmt.count(j + 1))" })
        }
        return ResultsChapter(
            heading: heading, strategies: strategies, other: other,
            overview: primaryTop.compactMap { report.rollup($0.code) }.map { strategyFigures($0, audit: nil) },
            totals: figures(report.totals, audit: nil))
    }

    /// A strategic indicator with this year's target, its value and the entries it is made from.
    func reportedIndicator(_ ind: StrategicIndicator, _ a: AlignmentAnalysis.IndicatorAssessment?) -> ReportedIndicator {
        let r = report.strategicIndicators.first { $0.indicator.code == ind.code }
        let year = report.site.fiscalYear
        return ReportedIndicator(
            name: txt.plain(ind.name), unit: txt.plain(ind.unit ?? ""), baseline: ind.baselineValue.map { fmt.number($0) } ?? "–",
            target: ind.target(for: year).map { fmt.number($0) } ?? "–", making: making(ind, a), status: a?.status.thai ?? "",
            contributors: contributors(ind, a),
            contributions: fmt.count(r?.contributions.count ?? 0),
            achieved: fmt.count(r?.contributions.filter { $0.outcome == .achieved }.count ?? 0))
    }

    func projectRow(_ p: AlignedProject, number: Int) -> ProjectRow {
        ProjectRow(
            no: fmt.count(number), name: txt.plain(p.project.name), unit: txt.plain(unitName(p.unitID)),
            allocated: fmt.money(p.project.allocated), spent: fmt.money(p.project.spent), status: p.project.status.thai,
            statusCode: p.project.status.rawValue, indicators: "\(fmt.count(p.counts.achieved))/\(fmt.count(p.counts.total))",
            href: "#\(anchor(p))")
    }

    func indicatorValue(_ value: IndicatorValue?, unit: String?) -> String {
        switch value {
        case .number(let n)?:
            let u = unit.map { " " + txt.plain($0) } ?? ""
            return fmt.number(n) + u
        case .text(let t)?: return txt.plain(t)
        case nil: return "–"
        }
    }

    /// The descriptions of `projects`, numbered by `number(j)`, made only as the booklet is
    /// rendered: each on the core that renders it, and freed once written (at national scale
    /// the 40,000 views held at once took a gigabyte).
    func lazyDetails(_ projects: [AlignedProject], number: @escaping @Sendable (Int) -> String) -> LazyViews<ProjectDescription> {
        LazyViews(count: projects.count) { [self] j in projectDetail(projects[j], number: number(j)) }
    }

    func projectDetail(_ p: AlignedProject, number: String) -> ProjectDescription {
        let pr = p.project
        let unit = unitsByID[p.unitID]?.submission.unit
        let period: String
        if let start = pr.period?.start, let end = pr.period?.end {
            period = "\(fmt.shortDate(start)) – \(fmt.shortDate(end))"
        } else {
            period = pr.period?.start.map { "เริ่ม \(fmt.shortDate($0))" } ?? pr.period?.end.map { "สิ้นสุด \(fmt.shortDate($0))" } ?? "–"
        }
        let written = p.writtenCodes.compactMap { code -> AlignedItem? in
            guard let item = itemsByCode[code] else { return nil }
            let plan = report.framework.plan(item.planID)?.name ?? item.planID
            return AlignedItem(label: itemLabel(item), plan: txt.plain(plan))
        }
        return ProjectDescription(
            id: anchor(p), number: number, name: txt.plain(pr.name), unit: txt.plain(unit?.name ?? p.unitID),
            affiliation: txt.plain(unit.flatMap { report.site.affiliation($0.affiliation)?.displayName } ?? ""), period: period,
            lead: txt.plain(pr.lead ?? "–"), status: pr.status.thai, statusCode: pr.status.rawValue, allocated: fmt.money(pr.allocated),
            spent: pr.budget?.spent.map { fmt.money($0) } ?? "ไม่ได้รายงาน", rate: fmt.percent(pr.spent.percent(of: pr.allocated)),
            source: pr.budget?.source.thai ?? "–", aligned: written, objectives: pr.objectives.map(txt.plain),
            indicators: pr.indicators.enumerated().map { i, ind in
                ProjectIndicatorRow(
                    no: fmt.count(i + 1), name: txt.plain(ind.name),
                    target: indicatorValue(ind.target, unit: ind.kind == .quantitative ? ind.unit : nil),
                    actual: indicatorValue(ind.actual, unit: ind.kind == .quantitative ? ind.unit : nil), result: p.outcomes[i].thai,
                    resultCode: p.outcomes[i].rawValue, percent: fmt.percent(p.achievements[i]?.percent),
                    rating: p.achievements[i].map { ratingScale.bands[$0.band].label } ?? "", hasRating: p.achievements[i] != nil)
            },
            beneficiaries: pr.beneficiaries.map { "\(BeneficiaryNames.thai($0.name)) \(fmt.count($0.count))" }.joined(separator: " · "),
            hasBeneficiaries: !pr.beneficiaries.isEmpty, results: pr.results.map { txt.markdown($0, headingOffset: 3) } ?? "",
            hasResults: pr.results != nil, evidenceCount: pr.evidence.isEmpty ? "" : fmt.count(pr.evidence.count))
    }
}
