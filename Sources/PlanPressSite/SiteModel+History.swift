import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressValidate

/// The years before on the site (`Trends`): every figure that has earlier years shows them, with
/// the change from the previous year present; a code that existed then and not now, or now and not
/// then, is said to be so. Nothing here is made without an earlier year, so a report without
/// history renders as it always did.
extension SiteModel {
    /// A figure of a set of figures: its column's header, its audit suffix and how it is read
    /// and shown.
    struct FigureColumn {
        var header: String
        var caption: String
        /// The audit suffixes of its parts (three for the counts of indicator results).
        var suffixes: [String]
        var values: @Sendable (Figures) -> [(raw: String, shown: String)]
        /// The change of a figure that has one (projects, allocated, spent), raw and shown.
        var change: (@Sendable (FiguresChange) -> (raw: String, shown: String, sign: Int))?
    }

    var projectsColumn: FigureColumn {
        let fmt = self.fmt
        return FigureColumn(
            header: "โครงการ", caption: "จำนวนโครงการ", suffixes: ["projects"], values: { [(String($0.projects), fmt.count($0.projects))] },
            change: { (String($0.projects), fmt.change($0.projects), $0.projects.signum()) })
    }

    var unitsColumn: FigureColumn {
        let fmt = self.fmt
        return FigureColumn(
            header: "หน่วยงาน", caption: "จำนวนหน่วยงาน", suffixes: ["units"], values: { [(String($0.units), fmt.count($0.units))] },
            change: nil)
    }

    var allocatedColumn: FigureColumn {
        let fmt = self.fmt
        return FigureColumn(
            header: "งบประมาณ (บาท)", caption: "งบประมาณที่ได้รับ (บาท)", suffixes: ["allocated"],
            values: { [($0.allocated.plain, fmt.money($0.allocated))] },
            change: { ($0.allocated.plain, fmt.money($0.allocated), Int($0.allocated.satang.signum())) })
    }

    var spentColumn: FigureColumn {
        let fmt = self.fmt
        return FigureColumn(
            header: "ใช้จ่าย (บาท)", caption: "ใช้จ่ายจริง (บาท)", suffixes: ["spent"], values: { [($0.spent.plain, fmt.money($0.spent))] },
            change: { ($0.spent.plain, fmt.money($0.spent), Int($0.spent.satang.signum())) })
    }

    var indicatorsColumn: FigureColumn {
        let fmt = self.fmt
        return FigureColumn(
            header: "ตัวชี้วัด บรรลุ / ไม่บรรลุ / ยังไม่วัด", caption: "ตัวชี้วัดของโครงการ (บรรลุ / ไม่บรรลุ / ยังไม่ได้วัดผล)",
            suffixes: ["indicators.achieved", "indicators.not_achieved", "indicators.not_measured"],
            values: { f in
                [f.indicators.achieved, f.indicators.notAchieved, f.indicators.notMeasured].map { (String($0), fmt.count($0)) }
            }, change: nil)
    }

    /// `2569 (ปีนี้)` for the report's year, else the year; BE in the site's digits.
    func yearLabel(_ year: Int) -> String {
        fmt.text(String(year)) + (year == report.site.fiscalYear ? " (ปีนี้)" : "")
    }

    /// What is said of a code that is not in every year compared.
    func presenceNote(_ presence: Presence) -> String { presence == .everyYear ? "" : presence.label.th }

    /// The figures of `column` in `year`: marked as that year's history when it is an earlier
    /// year, shown plain for this year's (marked elsewhere on the page).
    func cell(_ column: FigureColumn, _ figures: Figures?, year: Int, scope: String) -> HistoryTable.Cell {
        guard let figures else { return HistoryTable.Cell(parts: [], absent: true) }
        let earlier = year != report.site.fiscalYear
        let parts = zip(column.suffixes, column.values(figures)).enumerated().map { i, part in
            YearFigure(
                before: i == 0 ? "" : " / ", marked: earlier, key: earlier ? HistoryMarks.history(year, scope, part.0) : "",
                raw: part.1.raw, shown: part.1.shown, after: "")
        }
        return HistoryTable.Cell(parts: parts, absent: false)
    }

    /// This year's `column` against the latest earlier year with the code, marked as the change;
    /// empty where the code is not in this year's report or in no earlier year's.
    func changeCell(_ column: FigureColumn, _ trend: Trend<Figures>, scope: String, sinceInWords: Bool) -> HistoryTable.Cell {
        guard let change = column.change, let now = trend.current, let previous = trend.previous, let suffix = column.suffixes.first else {
            return HistoryTable.Cell(parts: [], absent: false)
        }
        let c = change(now.change(from: previous.value))
        // Said when the change is not from the year just before (the code was absent then).
        let since = sinceInWords && previous.year != history?.earlierYears.last ? " (จากปี \(fmt.text(String(previous.year))))" : ""
        return HistoryTable.Cell(
            parts: [
                YearFigure(
                    before: c.sign > 0 ? "+" : "", marked: true, key: HistoryMarks.change(scope, suffix), raw: c.raw, shown: c.shown,
                    after: since)
            ], absent: false)
    }

    /// One code's figures over the years: a row per year (absent years `–`), the change from the
    /// previous year present, and the chart of its budget by year.
    func yearsView(scope: String, subject: String, chartID: String, trend: Trend<Figures>, presence: Presence, showsUnits: Bool)
        -> YearsView
    {
        let columns = [projectsColumn] + (showsUnits ? [unitsColumn] : []) + [allocatedColumn, spentColumn, indicatorsColumn]
        var rows = trend.points.map { point in
            HistoryTable.Row(
                rowLabel: yearLabel(point.year), rowHref: "", rowLinked: false, rowNote: point.exists ? "" : "ไม่มีในปีนั้น",
                rowHasNote: !point.exists, isCurrent: point.year == report.site.fiscalYear,
                cells: columns.map { cell($0, point.value, year: point.year, scope: scope) })
        }
        if trend.current != nil, let previous = trend.previous {
            rows.append(
                HistoryTable.Row(
                    rowLabel: "เปลี่ยนแปลงจากปี \(fmt.text(String(previous.year)))", rowHref: "", rowLinked: false, rowNote: "",
                    rowHasNote: false, isCurrent: false,
                    cells: columns.map { changeCell($0, trend, scope: scope, sinceInWords: false) }))
        }
        let tableID = "\(chartID)-table"
        return YearsView(
            table: HistoryTable(
                tableID: tableID, caption: "ผลการดำเนินงานของ\(subject) แยกตามปีงบประมาณ", corner: "ปีงบประมาณ (พ.ศ.)",
                columns: columns.map(\.header), rows: rows),
            chart: charts.budgetByYear(
                id: chartID, subject: subject, years: trend.points.map(\.year),
                figures: trend.points.map { $0.value.map { (allocated: $0.allocated, spent: $0.spent) } }),
            presence: presence.label.th)
    }

    /// A code compared across the years in a table of codes.
    struct Compared {
        var label: String
        /// Its page, empty when it has none (a code not in this year's report).
        var href: String
        var presence: Presence
        var trend: Trend<Figures>
        var scope: String
    }

    /// One figure of many codes over the years: a row per code, a column per year and the
    /// change from the previous year present.
    func yearTable(id: String, caption: String, corner: String, column: FigureColumn, codes: [Compared]) -> HistoryTable {
        let years = history?.years ?? [report.site.fiscalYear]
        let changes = column.change != nil
        return HistoryTable(
            tableID: id, caption: caption, corner: corner,
            columns: years.map(yearLabel) + (changes ? ["เปลี่ยนแปลงจากปีก่อน"] : []),
            rows: codes.map { code in
                var cells = code.trend.points.map { cell(column, $0.value, year: $0.year, scope: code.scope) }
                if changes { cells.append(changeCell(column, code.trend, scope: code.scope, sinceInWords: true)) }
                let note = presenceNote(code.presence)
                return HistoryTable.Row(
                    rowLabel: code.label, rowHref: code.href, rowLinked: !code.href.isEmpty, rowNote: note, rowHasNote: !note.isEmpty,
                    isCurrent: false, cells: cells)
            })
    }

    /// The tables of projects, budget and spending by year of `codes` (the units page, a plan's page).
    func yearTables(id: String, subject: String, corner: String, codes: [Compared]) -> [HistoryTable] {
        guard history != nil, !codes.isEmpty else { return [] }
        return [projectsColumn, allocatedColumn, spentColumn].map { column in
            yearTable(
                id: "\(id)-\(column.suffixes[0])", caption: "\(column.caption) \(subject) แยกตามปีงบประมาณ", corner: corner,
                column: column,
                codes: codes)
        }
    }

    // MARK: The pages

    /// The home page's years: the province's figures by year, and by year each strategy of the
    /// primary plan (this year's, then those of earlier years only).
    func homeYears() -> (totals: [YearsView], strategies: [HistoryTable]) {
        guard let history else { return ([], []) }
        let totals = yearsView(
            scope: HistoryMarks.total, subject: "จังหวัด\(report.site.province)", chartID: "home-years", trend: history.totals,
            presence: history.totals.presence, showsUnits: true)
        let primary = report.site.primaryPlan
        let now = primaryTop.compactMap { itemTrends[$0.code] }
        let gone = history.items.filter { $0.planID == primary && $0.depth == 1 && !$0.rollup.existsNow }
        let codes = (now + gone).map(compared)
        let strategies = [projectsColumn, allocatedColumn, indicatorsColumn].map { column in
            yearTable(
                id: "home-strategies-\(column.suffixes[0].split(separator: ".")[0])",
                caption: "\(column.caption) ตามประเด็นยุทธศาสตร์ แยกตามปีงบประมาณ", corner: "ประเด็นยุทธศาสตร์", column: column, codes: codes)
        }
        return ([totals], strategies)
    }

    func compared(_ item: ItemTrend) -> Compared {
        Compared(
            label: "\(item.code) \(item.name)", href: item.rollup.existsNow ? OutputPath.item(item.code) : "", presence: item.presence,
            trend: item.rollup, scope: HistoryMarks.item(item.code))
    }

    /// An item's page: its figures by year.
    func itemYears(_ code: String) -> [YearsView] {
        guard let trend = itemTrends[code] else { return [] }
        return [
            yearsView(
                scope: HistoryMarks.item(code), subject: "รายการ \(code)", chartID: "item-years", trend: trend.rollup,
                presence: trend.presence, showsUnits: true)
        ]
    }

    /// A plan's page: its items by year, this year's then those of earlier years only.
    func planYears(_ plan: Plan) -> [HistoryTable] {
        guard let history else { return [] }
        let now = plan.flattenedItems.compactMap { itemTrends[$0.code] }
        let gone = history.items.filter { $0.planID == plan.id && !$0.rollup.existsNow }
        return yearTables(id: "plan-years", subject: "ของแต่ละรายการในแผน", corner: "รายการ", codes: (now + gone).map(compared))
    }

    /// A unit's page: its figures by year.
    func unitYears(_ id: String) -> [YearsView] {
        guard let trend = unitTrends[id] else { return [] }
        return [
            yearsView(
                scope: HistoryMarks.unit(id), subject: unitName(id), chartID: "unit-years", trend: trend.figures, presence: trend.presence,
                showsUnits: false)
        ]
    }

    /// The units page: every unit of any year by year, this year's in the report's order, then
    /// those that reported in earlier years only.
    func unitsYears() -> [HistoryTable] {
        guard let history else { return [] }
        let now = report.units.compactMap { unitTrends[$0.submission.unit.id] }
        let gone = history.units.filter { !$0.figures.existsNow }
        let codes = (now + gone).map { u in
            Compared(
                label: u.figures.existsNow ? unitName(u.id) : u.shortName ?? u.name, href: u.figures.existsNow ? OutputPath.unit(u.id) : "",
                presence: u.presence, trend: u.figures, scope: HistoryMarks.unit(u.id))
        }
        return yearTables(id: "units-years", subject: "ของแต่ละหน่วยงาน", corner: "หน่วยงาน", codes: codes)
    }

    // MARK: Strategic indicators

    /// The values earlier years' reports give a strategic indicator, ascending (years with a value).
    func indicatorHistory(_ code: String) -> [(year: Int, value: DecimalNumber)] {
        guard let trend = indicatorTrends[code] else { return [] }
        return trend.results.points.dropLast().compactMap { p in p.value?.value.map { (year: p.year, value: $0) } }
    }

    /// What an indicator's page says of its years: which years it is in, and the change of its
    /// value from the previous year present.
    func indicatorYears(_ code: String) -> [StrategicIndicatorView.Years] {
        guard let trend = indicatorTrends[code] else { return [] }
        var change: [YearFigure] = []
        var since = ""
        if let previous = trend.results.previous, let c = trend.results.change(from: previous.year) {
            since = fmt.text(String(previous.year))
            change.append(
                YearFigure(
                    before: c.significand > 0 ? "+" : "", marked: true, key: HistoryMarks.indicatorChange(code), raw: c.description,
                    shown: fmt.number(c), after: ""))
        }
        let note = presenceNote(trend.presence)
        return [
            StrategicIndicatorView.Years(presenceNote: note, hasPresenceNote: !note.isEmpty, indicatorChange: change, changeSince: since)
        ]
    }

    /// The strategic indicators of earlier years that this year's framework no longer has, under
    /// `itemCode` (an item's page) or in `planID` (a plan's page), with their last year's value.
    func goneIndicators(item itemCode: String? = nil, plan planID: String? = nil) -> [GoneIndicator] {
        guard let history else { return [] }
        return history.indicators.filter { t in
            !t.results.existsNow && (itemCode.map { t.itemCode == $0 } ?? true) && (planID.map { t.planID == $0 } ?? true)
        }.compactMap { t in
            guard let last = t.results.previous else { return nil }
            return GoneIndicator(
                code: t.code, name: t.name, itemCode: t.itemCode,
                itemHref: itemTrends[t.itemCode]?.rollup.existsNow == true ? OutputPath.item(t.itemCode) : "",
                itemLinked: itemTrends[t.itemCode]?.rollup.existsNow == true, unitNote: t.unit.map { " (\($0))" } ?? "",
                year: fmt.text(String(last.year)),
                lastValue: last.value.value.map {
                    [
                        YearFigure(
                            before: "", marked: true, key: HistoryMarks.indicatorValue(last.year, t.code), raw: $0.description,
                            shown: fmt.number($0), after: "")
                    ]
                } ?? [], status: last.value.status.thai, presence: t.presence.label.th)
        }
    }
}
