import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressValidate

/// The booklet's view model: every figure formatted in the print channel's digits, every heading
/// numbered and given an id, and the table of contents built from the same headings.
///
/// The booklet follows the order of a provincial annual report: cover, คำนำ, สารบัญ,
/// บทสรุปผู้บริหาร, ส่วนที่ ๑–๕ and ภาคผนวก. The office's narrative pages (`content/pages/` with
/// `print` in `channels`) are placed by their title, see `BookletSlot`.
struct BookletModel: Sendable {
    let report: Report
    let fmt: DisplayFormatter
    let txt: BookletText
    let unitsByID: [String: UnitReport]
    let itemsByCode: [String: PlanItem]
    let primaryPlan: Plan?
    let primaryTop: [PlanItem]
    /// The grades of project indicators (`Report.ratingScale`).
    let ratingScale: RatingScale
    /// `๓.๒` for every item code: its position in its plan, in the channel's digits.
    let numbers: [String: String]
    /// The top strategy of the primary plan under which each project (`unit/project`) is described.
    let home: [String: String]
    let pages: [BookletSlot: [Page]]
    /// This year beside the years of `content/history/`; nil when there is no earlier year.
    let trends: Trends?
    /// For the PDF: links into the published folder become absolute (`base_url`) or are dropped.
    var linksForPDF = false

    init(report: Report, trends: Trends? = nil) {
        self.report = report
        self.trends = trends.flatMap { $0.hasHistory ? $0 : nil }
        fmt = DisplayFormatter(digits: report.site.printNumerals)
        txt = BookletText(digits: report.site.printNumerals)
        unitsByID = Dictionary(report.units.map { ($0.submission.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        itemsByCode = Dictionary(report.framework.allItems.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        primaryPlan = report.framework.plan(report.site.primaryPlan)
        primaryTop = primaryPlan?.items ?? []
        ratingScale = report.ratingScale
        var numbers: [String: String] = [:]
        for plan in report.framework.plans {
            func walk(_ items: [PlanItem], prefix: String) {
                for (i, item) in items.enumerated() {
                    let n = prefix.isEmpty ? String(i + 1) : "\(prefix).\(i + 1)"
                    numbers[item.code] = n
                    walk(item.items, prefix: n)
                }
            }
            walk(plan.items, prefix: "")
        }
        self.numbers = numbers.mapValues { ThaiDigits.apply(report.site.printNumerals, to: $0) }
        var home: [String: String] = [:]
        let topCodes = Set(primaryTop.map(\.code))
        let byCode = itemsByCode
        for p in report.allProjects {
            let key = "\(p.unitID)/\(p.project.id)"
            // The top strategy above the first code the unit wrote, else the first one reached.
            var code = p.project.strategies.first?.code
            while let c = code, let item = byCode[c], let parent = item.parent { code = parent }
            if let c = code, topCodes.contains(c) {
                home[key] = c
            } else if let reached = primaryTop.first(where: { p.alignedCodes.contains($0.code) }) {
                home[key] = reached.code
            }
        }
        self.home = home
        var pages: [BookletSlot: [Page]] = [:]
        for page in report.pages.filter(\.inPrint).sorted(by: { ($0.order, $0.slug) < ($1.order, $1.slug) }) {
            pages[BookletSlot(title: page.title), default: []].append(page)
        }
        self.pages = pages
    }

    // MARK: Small formatters

    func key(_ p: AlignedProject) -> String { "\(p.unitID)/\(p.project.id)" }

    /// The id of a project's description in part 3.
    func anchor(_ p: AlignedProject) -> String { "p-\(p.unitID)-\(p.project.id)" }

    func unitName(_ id: String) -> String { unitsByID[id]?.submission.unit.displayName ?? id }

    /// `ประเด็นยุทธศาสตร์ที่ ๓ …` for a top strategy of the primary plan, `๓.๒ …` for other items.
    func itemLabel(_ item: PlanItem) -> String {
        let n = numbers[item.code] ?? ""
        if item.planID == report.site.primaryPlan && item.depth == 1 {
            return "ประเด็นยุทธศาสตร์ที่ \(n) \(txt.plain(item.name))"
        }
        return "\(n) \(txt.plain(item.name))"
    }

    /// A percentage of two counts, two decimals rounded half up, or `–`.
    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let scaled = (part * 100_000) / whole
        return fmt.percent(DecimalNumber(significand: Int64((scaled + 5) / 10), scale: 2))
    }

    /// A figure marked for the cross-channel audit: `<data data-audit="total.spent" value="…">`.
    func audited(_ key: String, _ plain: String, _ shown: String) -> PrintedFigure {
        PrintedFigure(key: key, value: plain, text: shown)
    }

    /// `f` formatted; with `prefix`, its counts and amounts marked for the audit under it.
    func figures(_ f: Figures, audit prefix: String?) -> PrintedFigures {
        func mark(_ name: String, _ plain: String, _ shown: String) -> PrintedFigure {
            prefix.map { audited("\($0).\(name)", plain, shown) } ?? PrintedFigure(text: shown)
        }
        return PrintedFigures(
            projects: mark("projects", String(f.projects), fmt.count(f.projects)),
            allocated: mark("allocated", f.allocated.plain, fmt.money(f.allocated)),
            spent: mark("spent", f.spent.plain, fmt.money(f.spent)),
            achieved: mark("indicators.achieved", String(f.indicators.achieved), fmt.count(f.indicators.achieved)),
            notAchieved: mark("indicators.not_achieved", String(f.indicators.notAchieved), fmt.count(f.indicators.notAchieved)),
            notMeasured: mark("indicators.not_measured", String(f.indicators.notMeasured), fmt.count(f.indicators.notMeasured)),
            units: fmt.count(f.units), indicators: fmt.count(f.indicators.total), rate: fmt.percent(f.disbursementRate),
            allocatedMillions: fmt.millions(f.allocated), spentMillions: fmt.millions(f.spent))
    }

    /// A top strategy's figures in a table, linked to its section of part ๓.
    func strategyFigures(_ r: ItemRollup, audit prefix: String?) -> StrategyFigures {
        StrategyFigures(figures: figures(r.figures, audit: prefix), label: itemLabel(r.item), href: "#st-\(r.item.code)")
    }

    // MARK: The whole booklet

    /// The booklet, chapter by chapter; the renderer adds the stylesheet and the logo.
    func view() -> BookletView {
        let outline = BookletOutline()
        let s = report.site
        // The chapters add their headings to the outline in the order they are printed.
        let foreword = foreword(outline)
        let summary = summary(outline)
        let part1 = part1(outline)
        let part2 = part2(outline)
        let part3 = part3(outline)
        let part4 = part4(outline)
        let part5 = part5(outline)
        let appendix = appendix(outline)
        return BookletView(
            lang: "th", title: txt.plain(s.title), office: txt.plain(s.office), province: txt.plain(s.province),
            fiscalYear: fmt.text(String(s.fiscalYear)), reportDate: fmt.date(report.reportDate),
            reportMonth: report.reportDate.map { fmt.text("\(ThaiMonths.full[$0.month - 1]) \($0.beYear)") } ?? "",
            reportDateISO: report.reportDate?.iso ?? "", counterStyle: s.printNumerals == .thai ? "thai" : "decimal",
            foreword: foreword, tocTitle: "สารบัญ", summary: summary, part1: part1, part2: part2, part3: part3, part4: part4,
            part5: part5, appendix: appendix, toc: outline.entries)
    }

    /// A narrative page as a numbered section of a chapter.
    func pageSection<Content>(_ page: Page, number: String, outline: BookletOutline) -> BookletSection<Content> {
        let id = "pg-\(page.slug)"
        let title = "\(number). \(txt.plain(page.title))"
        outline.add(id: id, title: title, level: 2)
        return BookletSection(id: id, title: title, html: txt.markdown(page.markdown), content: nil)
    }

    func foreword(_ outline: BookletOutline) -> Foreword {
        outline.add(id: "ch-foreword", title: "คำนำ", level: 1)
        let s = report.site
        if let page = pages[.foreword]?.first {
            return Foreword(id: "ch-foreword", title: "คำนำ", html: txt.markdown(page.markdown))
        }
        let html =
            "<p>\(txt.plain(s.title)) จัดทำขึ้นจากรายงานผลการดำเนินงานตามแผนงาน/โครงการของหน่วยงานทางการศึกษาทุกสังกัด"
            + "ในจังหวัด\(txt.plain(s.province)) เพื่อเสนอต่อคณะอนุกรรมการบริหารเชิงยุทธศาสตร์และคณะกรรมการศึกษาธิการจังหวัด"
            + "\(txt.plain(s.province))</p><p class=\"signature\">\(txt.plain(s.office))</p>"
        return Foreword(id: "ch-foreword", title: "คำนำ", html: html)
    }

    func summary(_ outline: BookletOutline) -> ExecutiveSummary {
        outline.add(id: "ch-summary", title: "บทสรุปผู้บริหาร", level: 1)
        let t = report.totals
        let expected = max(report.site.expectedUnits.count, report.units.count + report.missing.count)
        let late = report.units.filter(\.isLate).count
        let statusChart = BookletChart(
            title: "โครงการจำแนกตามสถานะ", series: [.init(name: "โครงการ", color: BookletChart.Series.dark)],
            rows: ProjectStatus.allCases.map { st in
                let n = t.byStatus[st] ?? 0
                return .init(label: st.thai, values: [Int64(n)], texts: ["\(fmt.count(n)) โครงการ"])
            }
        )
        let indicatorChart = BookletChart(
            title: "ผลการดำเนินงานตามตัวชี้วัดของโครงการ",
            series: [
                .init(name: "บรรลุ", color: BookletChart.Series.dark), .init(name: "ไม่บรรลุ", color: BookletChart.Series.warm),
                .init(name: "ยังไม่ได้วัดผล", color: BookletChart.Series.light),
            ],
            rows: primaryTop.compactMap { report.rollup($0.code) }.map { r in
                let c = r.figures.indicators
                return .init(
                    label: itemLabel(r.item), values: [Int64(c.achieved), Int64(c.notAchieved), Int64(c.notMeasured)],
                    texts: [fmt.count(c.achieved), fmt.count(c.notAchieved), fmt.count(c.notMeasured)])
            },
            stacked: true
        )
        return ExecutiveSummary(
            figures: figures(t, audit: "total"), id: "ch-summary", title: "บทสรุปผู้บริหาร", expected: fmt.count(expected),
            reported: fmt.count(report.units.count), onTime: fmt.count(report.units.count - late), late: fmt.count(late),
            rejected: fmt.count(report.rejected.count), missing: fmt.count(report.missing.count), hasRejected: !report.rejected.isEmpty,
            deadline: fmt.date(report.site.deadline), allocatedWords: BahtText.words(t.allocated), spentWords: BahtText.words(t.spent),
            measuredRate: percent(t.indicators.achieved, of: t.indicators.achieved + t.indicators.notAchieved),
            byStatus: ProjectStatus.allCases.map { st in
                let n = t.byStatus[st] ?? 0
                return StatusShare(
                    label: st.thai, count: audited("total.status.\(st.rawValue)", String(n), fmt.count(n)),
                    share: percent(n, of: t.projects))
            },
            bands: ratingScale.bands.indices.map { b in
                let n = t.indicators.byBand[b]
                return BandShare(
                    label: txt.plain(ratingScale.bands[b].label), range: RatingText.range(ratingScale, band: b, digits: fmt.digits),
                    count: audited(BandFigures.key("total", band: b), String(n), fmt.count(n)),
                    share: percent(n, of: t.indicators.rated))
            },
            unrated: fmt.count(t.indicators.unrated),
            strategies: primaryTop.compactMap { report.rollup($0.code) }.map { strategyFigures($0, audit: "strategy.\($0.item.code)") },
            primaryPlan: txt.plain(primaryPlan?.name ?? report.site.primaryPlan), statusChart: statusChart.html(),
            budgetChart: budgetChart(), indicatorChart: indicatorChart.html(), years: yearsSummary(),
            office: (pages[.summary] ?? []).map { Prose(html: txt.markdown($0.markdown, headingOffset: 1)) })
    }

    /// Allocated and spent per top strategy, in millions of baht.
    func budgetChart() -> String {
        BookletChart(
            title: "งบประมาณที่ได้รับจัดสรรและเบิกจ่ายจำแนกตามประเด็นยุทธศาสตร์",
            series: [.init(name: "ได้รับจัดสรร", color: BookletChart.Series.dark), .init(name: "เบิกจ่าย", color: BookletChart.Series.light)],
            rows: primaryTop.compactMap { report.rollup($0.code) }.map { r in
                .init(
                    label: itemLabel(r.item), values: [r.figures.allocated.satang, r.figures.spent.satang],
                    texts: [fmt.millions(r.figures.allocated), fmt.millions(r.figures.spent)])
            }
        ).html()
    }
}

/// Where a narrative page goes in the booklet, decided by words of its title.
enum BookletSlot: Hashable {
    case foreword, summary, part1, part2, part5, appendix

    init(title: String) {
        func has(_ words: String...) -> Bool { words.contains { title.contains($0) } }
        if has("คำนำ") {
            self = .foreword
        } else if has("บทสรุปผู้บริหาร") {
            self = .summary
        } else if has("ปัญหา", "ข้อเสนอแนะ") {
            self = .part5
        } else if has("ข้อมูลพื้นฐาน", "บริบท", "สภาพทั่วไป") {
            self = .part1
        } else if has("แผนพัฒนาการศึกษา", "นำแผนสู่การปฏิบัติ", "วิสัยทัศน์", "ยุทธศาสตร์") {
            self = .part2
        } else {
            self = .appendix
        }
    }
}

/// The headings that go into the table of contents, in the order they are printed.
final class BookletOutline {
    var entries: [TocEntry] = []

    func add(id: String, title: String, level: Int) {
        entries.append(TocEntry(href: "#\(id)", title: title, level1: level == 1))
    }
}
