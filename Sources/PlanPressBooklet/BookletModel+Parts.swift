import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressTemplates
import PlanPressValidate

/// Parts ๑, ๒, ๔ and ๕ of the booklet.
extension BookletModel {
    /// A chapter heading: `ส่วนที่ ๑` and its title, in the outline as one entry.
    func chapter(_ id: String, number: Int, title: String, _ outline: BookletOutline) -> ChapterHeading {
        let label = "ส่วนที่ \(fmt.count(number))"
        outline.add(id: id, title: "\(label) \(title)", level: 1)
        return ChapterHeading(id: id, label: label, title: title)
    }

    /// Numbered sections: the office's pages for `slot` first, then the generated ones.
    func sections<Content>(
        _ slot: BookletSlot?, generated: [(id: String, title: String, content: Content)], _ outline: BookletOutline
    ) -> [BookletSection<Content>] {
        var out: [BookletSection<Content>] = []
        var n = 0
        for page in slot.flatMap({ pages[$0] }) ?? [] {
            n += 1
            out.append(pageSection(page, number: fmt.count(n), outline: outline))
        }
        for g in generated {
            n += 1
            let title = "\(fmt.count(n)). \(g.title)"
            outline.add(id: g.id, title: title, level: 2)
            out.append(BookletSection(id: g.id, title: title, content: g.content))
        }
        return out
    }

    // MARK: ส่วนที่ ๑ ข้อมูลพื้นฐาน

    func part1(_ outline: BookletOutline) -> BackgroundChapter {
        let heading = chapter("part-1", number: 1, title: "ข้อมูลพื้นฐาน", outline)
        var affiliations: [AffiliationRow] = []
        for a in report.site.affiliations {
            let units = report.units.filter { $0.submission.unit.affiliation == a.code }
            guard !units.isEmpty else { continue }
            var f = Figures()
            for u in units {
                f.projects += u.figures.projects
                f.allocated += u.figures.allocated
                f.spent += u.figures.spent
            }
            affiliations.append(
                AffiliationRow(
                    name: txt.plain(a.name), short: txt.plain(a.displayName), units: fmt.count(units.count),
                    projects: fmt.count(f.projects), allocated: fmt.money(f.allocated), spent: fmt.money(f.spent)))
        }
        let units = report.units.enumerated().map { i, u in
            let s = u.submission.unit
            return ReportingUnitRow(
                no: fmt.count(i + 1), name: txt.plain(s.name),
                affiliation: txt.plain(report.site.affiliation(s.affiliation)?.displayName ?? s.affiliation),
                district: txt.plain(s.district.flatMap { report.site.district($0)?.name } ?? "–"),
                projects: fmt.count(u.figures.projects), allocated: fmt.money(u.figures.allocated))
        }
        let t = report.totals
        let section = UnitsSection(
            affiliations: affiliations, units: units, totalUnits: fmt.count(report.units.count), totalProjects: fmt.count(t.projects),
            totalAllocated: fmt.money(t.allocated), totalSpent: fmt.money(t.spent))
        return BackgroundChapter(
            heading: heading, sections: sections(.part1, generated: [("s-units", "หน่วยงานทางการศึกษาที่รายงานผล", section)], outline))
    }

    // MARK: ส่วนที่ ๒ แผนพัฒนาการศึกษาจังหวัดและการนำแผนสู่การปฏิบัติ

    func part2(_ outline: BookletOutline) -> PlanChapter {
        let heading = chapter("part-2", number: 2, title: "แผนพัฒนาการศึกษาจังหวัดและการนำแผนสู่การปฏิบัติ", outline)
        let year = report.site.fiscalYear
        let strategies = primaryTop.map { item in
            PlanStrategy(
                label: itemLabel(item), children: item.items.map { ItemLabel(label: itemLabel($0)) },
                indicators: strategicRows(item.indicators + item.items.flatMap(\.indicators), year: year))
        }
        let plans = report.framework.plans.map { plan in
            PlanRow(
                name: txt.plain(plan.name), rank: fmt.count(plan.rank),
                period: plan.periodFrom.map { f in fmt.text("\(f)–\(plan.periodTo.map(String.init) ?? "")") } ?? "–",
                items: fmt.count(plan.flattenedItems.count))
        }
        let generated: [(id: String, title: String, content: PlanSection)] = [
            (
                "s-strategies", "ประเด็นยุทธศาสตร์ กลยุทธ์ และตัวชี้วัดของ\(txt.plain(primaryPlan?.name ?? ""))",
                .strategies(PlanStrategies(strategies: strategies, year: fmt.text(String(year))))
            ),
            ("s-plans", "แผนที่ใช้วิเคราะห์ความสอดคล้อง", .plans(PlanList(plans: plans))),
        ]
        return PlanChapter(heading: heading, sections: sections(.part2, generated: generated, outline))
    }

    /// Strategic indicators with baseline and this year's target.
    func strategicRows(_ indicators: [StrategicIndicator], year: Int) -> [StrategicIndicatorRow] {
        indicators.map { ind in
            StrategicIndicatorRow(
                name: txt.plain(ind.name), unit: txt.plain(ind.unit ?? "–"), baseline: ind.baselineValue.map { fmt.number($0) } ?? "–",
                baselineYear: ind.baselineYear.map { fmt.text(String($0)) } ?? "",
                target: ind.target(for: year).map { fmt.number($0) } ?? "–",
                direction: ind.direction == .increase ? "" : "(ยิ่งน้อยยิ่งดี)")
        }
    }

    // MARK: ส่วนที่ ๔ การวิเคราะห์ความสอดคล้อง

    func part4(_ outline: BookletOutline) -> AlignmentChapter {
        let heading = chapter("part-4", number: 4, title: "การวิเคราะห์ความสอดคล้อง", outline)
        let coverage = report.framework.plans.map { plan in
            let rows = plan.flattenedItems.compactMap { report.rollup($0.code) }
            let covered = rows.filter { !$0.isGap }.count
            return PlanCoverageRow(
                name: txt.plain(plan.name), items: fmt.count(rows.count), covered: fmt.count(covered),
                gaps: fmt.count(rows.count - covered), share: percent(covered, of: rows.count))
        }
        var generated: [(id: String, title: String, content: AlignmentSection)] = [
            ("s-align-summary", "ภาพรวมความสอดคล้องกับแผนทุกระดับ", .coverage(PlanCoverage(plans: coverage)))
        ]
        for plan in report.framework.plans {
            let rows = plan.flattenedItems.compactMap { report.rollup($0.code) }.map { r in
                let f = r.figures
                return AlignmentRow(
                    label: "\(numbers[r.item.code] ?? "") \(txt.plain(r.item.name))", depth: String(min(r.item.depth, 4)),
                    gap: r.isGap, projects: fmt.count(f.projects), units: fmt.count(f.units), allocated: fmt.money(f.allocated),
                    indicators: "\(fmt.count(f.indicators.achieved))/\(fmt.count(f.indicators.total))")
            }
            generated.append(("al-\(plan.id)", txt.plain(plan.name), .plan(PlanAlignment(rows: rows))))
        }
        // The analysis pictures and tables of the site's alignment page, numbered as in this book.
        let analysis = AlignmentAnalysis(report)
        let primaryIDs = Set(primaryTop.map(\.code))
        let itemNumbers = self.numbers
        let chartLabel: @Sendable (String) -> String = { code in
            guard let n = itemNumbers[code] else { return code }
            return primaryIDs.contains(code) ? "ประเด็นที่ \(n)" : "ด้านที่ \(n)"
        }
        let charts = AnalysisCharts(report: report, analysis: analysis, digits: report.site.printNumerals, label: chartLabel)
        generated.append(
            (
                "s-align-charts", "ภาพรวมตามประเด็นยุทธศาสตร์และเส้นทางงบประมาณ",
                .charts(
                    AlignmentCharts(
                        budget: charts.budgetByStrategy(id: "bk-budget"), indicators: charts.indicatorsByStrategy(id: "bk-indicators"),
                        flow: charts.budgetFlow(id: "bk-flow")))
            ))
        // Cells carry the same audit keys as the site's matrices (`KEY.ROW.COLUMN.projects`).
        func matrix(_ m: AlignmentAnalysis.Matrix, key: String) -> AlignmentMatrixSection {
            AlignmentMatrixSection(
                matrix: AlignmentMatrix(
                    columns: m.columns.map { ItemLabel(label: chartLabel($0.code)) },
                    rows: m.rows.enumerated().map { i, row in
                        MatrixRow(
                            label: txt.plain(row.label),
                            cells: zip(m.columns, m.cells[i]).map { column, c in
                                MatrixCell(
                                    projects: fmt.count(c.projects), allocated: fmt.money(c.allocated), empty: c.projects == 0,
                                    key: "\(key).\(row.id).\(column.code)", rawProjects: String(c.projects), rawAllocated: c.allocated.plain
                                )
                            })
                    }))
        }
        generated.append(
            (
                "s-align-matrix-units", "หน่วยงานกับประเด็นยุทธศาสตร์ (จำนวนโครงการ / งบประมาณ บาท)",
                .matrix(matrix(analysis.unitsByStrategy, key: "matrix.units"))
            ))
        generated.append(
            (
                "s-align-matrix-affiliations", "สังกัดกับยุทธศาสตร์ชาติ (จำนวนโครงการ / งบประมาณ บาท)",
                .matrix(matrix(analysis.affiliationsByNational, key: "matrix.affiliations"))
            ))
        let indicators = report.framework.allIndicators
        let indicatorRows = indicators.enumerated().map { i, ind in
            let a = analysis.assessment(ind.code)
            return AssessedIndicatorRow(
                no: fmt.count(i + 1), name: txt.plain(ind.name), baseline: ind.baselineValue.map(fmt.number) ?? "–",
                target: a?.target.map(fmt.number) ?? "–", making: making(ind, a), status: a?.status.thai ?? "")
        }
        let contributorRows = indicators.enumerated().flatMap { i, ind in
            contributors(ind, analysis.assessment(ind.code), no: fmt.count(i + 1))
        }
        generated.append(
            (
                "s-align-indicators", "ตัวชี้วัดเชิงยุทธศาสตร์เทียบค่าเป้าหมายปีนี้",
                .indicators(
                    IndicatorAssessment(
                        rows: indicatorRows, contributors: contributorRows,
                        bands: planBands()))
            ))
        if let years = yearsAlignment() {
            generated.append(("s-align-years", "เปรียบเทียบผลการดำเนินงานกับปีงบประมาณที่ผ่านมา", .years(years)))
        }
        let consistency = report.consistency.map { c in
            let project = unitsByID[c.unitID]?.projects.first { $0.project.id == c.projectID }
            return ConsistencyRow(
                unit: txt.plain(unitName(c.unitID)), project: txt.plain(project?.project.name ?? c.projectID),
                item: itemsByCode[c.code].map(itemLabel) ?? c.code)
        }
        if !consistency.isEmpty {
            generated.append(
                ("s-consistency", "ข้อสังเกตความสอดคล้องที่หน่วยงานระบุเพิ่มเติม", .consistency(ConsistencyNotes(rows: consistency))))
        }
        return AlignmentChapter(
            heading: heading, several: fmt.count(report.projectsServingSeveralStrategies),
            sections: sections(nil, generated: generated, outline))
    }

    /// The grades of the plans with strategic indicators, one line per scale with the plans that
    /// use it, each band's label and range of the percentage of the target.
    func planBands() -> [PlanBands] {
        var scales: [RatingScale] = []
        var plansOf: [RatingScale: [String]] = [:]
        for plan in report.framework.plans where plan.flattenedItems.contains(where: { !$0.indicators.isEmpty }) {
            if plansOf[plan.ratingScale] == nil { scales.append(plan.ratingScale) }
            plansOf[plan.ratingScale, default: []].append(txt.plain(plan.name))
        }
        return scales.map { scale in
            PlanBands(
                plan: (plansOf[scale] ?? []).joined(separator: ", "),
                bands: scale.bands.indices.map {
                    "\(txt.plain(scale.bands[$0].label)) \(RatingText.range(scale, band: $0, digits: fmt.digits))"
                }
                .joined(separator: " · "))
        }
    }

    // MARK: ส่วนที่ ๕ ปัญหา อุปสรรค และข้อเสนอแนะ

    func part5(_ outline: BookletOutline) -> IssuesChapter {
        let heading = chapter("part-5", number: 5, title: "ปัญหา อุปสรรค และข้อเสนอแนะ", outline)
        let withIssues = report.allProjects.filter { !($0.project.problems.isEmpty && $0.project.suggestions.isEmpty) }
        var generated: [(id: String, title: String, content: IssuesSection)] = []
        // Rows made as the booklet is written (every project that reported problems).
        func rows(_ projects: [AlignedProject]) -> LazyViews<IssueRow> {
            LazyViews(count: projects.count) { [self] i in
                let p = projects[i]
                return IssueRow(
                    project: txt.plain(p.project.name), unit: txt.plain(unitName(p.unitID)), problems: p.project.problems.map(txt.plain),
                    suggestions: p.project.suggestions.map(txt.plain))
            }
        }
        for top in primaryTop {
            let projects = withIssues.filter { home[key($0)] == top.code }
            guard !projects.isEmpty else { continue }
            generated.append(("pr-\(top.code)", itemLabel(top), IssuesSection(rows: rows(projects))))
        }
        let homeless = withIssues.filter { home[key($0)] == nil }
        if !homeless.isEmpty {
            generated.append(("pr-other", "โครงการที่ไม่ได้ระบุประเด็นยุทธศาสตร์ของแผน", IssuesSection(rows: rows(homeless))))
        }
        return IssuesChapter(heading: heading, none: withIssues.isEmpty, sections: sections(.part5, generated: generated, outline))
    }
}
