import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressTemplates
import PlanPressValidate

/// Builds the view models of the site's pages: every figure formatted, every link computed.
struct SiteModel {
    typealias View = [String: Any]

    let report: Report
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

    init(report: Report) {
        self.report = report
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
            Unchecked(TemplateValue(view: box.value.projectRow(box.value.allProjects[i])))
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

    var siteView: View {
        let s = report.site
        return [
            "image": s.baseURL.map { $0 + SummaryImage.path } as Any,
            "title": s.title, "office": s.office, "province": s.province,
            "fiscalYear": fmt.text(String(s.fiscalYear)),
            "reportDate": report.reportDate.map { fmt.date($0) } ?? "",
            "pages": report.pages.filter(\.onSite).map { ["href": "pages/\($0.slug).html", "title": $0.title] },
        ]
    }

    func figuresView(_ f: Figures) -> View {
        [
            "projects": fmt.count(f.projects), "units": fmt.count(f.units),
            "allocated": fmt.money(f.allocated), "spent": fmt.money(f.spent),
            "allocatedMillions": fmt.millions(f.allocated), "spentMillions": fmt.millions(f.spent),
            "rate": fmt.percent(f.disbursementRate),
            "achieved": fmt.count(f.indicators.achieved), "notAchieved": fmt.count(f.indicators.notAchieved),
            "notMeasured": fmt.count(f.indicators.notMeasured), "indicators": fmt.count(f.indicators.total),
            "byStatus": ProjectStatus.allCases.map {
                ["label": $0.thai, "status": $0.rawValue, "count": fmt.count(f.byStatus[$0] ?? 0), "raw": String(f.byStatus[$0] ?? 0)]
            },
            // Plain values for the `<data value=…>` marks the cross-channel audit reads.
            "raw": [
                "projects": String(f.projects), "allocated": f.allocated.plain, "spent": f.spent.plain,
                "achieved": String(f.indicators.achieved), "notAchieved": String(f.indicators.notAchieved),
                "notMeasured": String(f.indicators.notMeasured),
            ],
        ]
    }

    func itemRow(_ r: ItemRollup) -> View {
        var v = figuresView(r.figures)
        v["code"] = r.item.code
        v["name"] = r.item.name
        v["href"] = "items/\(r.item.code).html"
        v["depth"] = String(r.item.depth)
        v["indent"] = r.item.depth > 1
        v["gap"] = r.isGap
        // The plain unit count for the alignment pages' audit marks (`item.CODE.units`).
        v["rawUnits"] = String(r.figures.units)
        return v
    }

    func homeView() -> View {
        let expected = report.site.expectedUnits.count
        var v: View = figuresView(report.totals)
        v["reported"] = fmt.count(report.units.count)
        v["expected"] = fmt.count(max(expected, report.units.count + report.missing.count))
        v["late"] = fmt.count(report.units.filter(\.isLate).count)
        v["rejectedCount"] = fmt.count(report.rejected.count)
        v["missingCount"] = fmt.count(report.missing.count)
        v["strategies"] = primaryTop.compactMap { rollup($0.code) }.map(itemRow)
        v["budgetChart"] = charts.budgetByStrategy(id: "home-budget")
        v["primaryPlan"] = report.framework.plan(report.site.primaryPlan)?.name ?? report.site.primaryPlan
        v["units"] = report.units.map(unitRow)
        v["plans"] = report.framework.plans.map { ["href": "plans/\($0.id).html", "name": $0.name, "id": $0.id] }
        v["committee"] = report.site.committee.map { ["name": $0.name, "position": $0.position] }
        return v
    }

    func unitRow(_ u: UnitReport) -> View {
        let s = u.submission
        var v = figuresView(u.figures)
        v["id"] = s.unit.id
        v["name"] = s.unit.name
        v["shortName"] = s.unit.displayName
        v["href"] = "units/\(s.unit.id).html"
        v["affiliation"] = report.site.affiliation(s.unit.affiliation)?.displayName ?? s.unit.affiliation
        v["district"] = s.unit.district.flatMap { report.site.district($0)?.name } ?? "–"
        return v
    }

    func projectRow(_ p: AlignedProject) -> View {
        let pr = p.project
        return [
            "id": pr.id, "name": pr.name, "href": "projects/\(p.unitID)/\(pr.id).html",
            "unit": unitsByID[p.unitID]?.submission.unit.displayName ?? p.unitID, "unitHref": "units/\(p.unitID).html",
            "status": pr.status.thai, "statusCode": pr.status.rawValue,
            "allocated": fmt.money(pr.allocated), "spent": fmt.money(pr.spent),
            "achieved": fmt.count(p.counts.achieved), "indicators": fmt.count(p.counts.total),
            "strategies": p.writtenCodes.map { ["code": $0, "href": "items/\($0).html"] },
        ]
    }

    func unitView(_ u: UnitReport) -> View {
        let s = u.submission
        var v = unitRow(u)
        v["submittedOn"] = fmt.date(s.submittedOn)
        v["late"] = u.isLate
        v["deadline"] = fmt.date(report.site.deadline)
        v["summary"] = s.summary.map(Markdown.html) ?? ""
        v["hasSummary"] = s.summary != nil
        if let c = s.unit.contact {
            v["contact"] = ["name": c.name ?? "–", "position": c.position ?? "–", "phone": c.phone ?? "–", "email": c.email ?? "–"]
        }
        if let a = s.approvedBy { v["approvedBy"] = ["name": a.name ?? "–", "position": a.position ?? "–"] }
        v["projectRows"] = u.projects.map(projectRow)
        v["indicatorResults"] = s.indicatorResults.map { r in
            [
                "code": r.code.code,
                "href": "items/\(strategicIndicators[r.code.code]?.indicator.itemCode ?? "").html",
                "value": fmt.number(r.value), "note": r.note ?? "",
            ]
        }
        v["encoding"] = s.encoding.isConverted ? s.encoding.rawValue : ""
        return v
    }

    func indicatorValue(_ v: IndicatorValue?) -> String {
        switch v {
        case .number(let n)?: return fmt.number(n)
        case .text(let t)?: return t
        case nil: return "–"
        }
    }

    func projectView(_ u: UnitReport, _ p: AlignedProject) -> View {
        let pr = p.project
        var v = projectRow(p)
        v["unitName"] = u.submission.unit.name
        v["lead"] = pr.lead ?? "–"
        v["start"] = fmt.date(pr.period?.start)
        v["end"] = fmt.date(pr.period?.end)
        v["source"] = pr.budget?.source.thai ?? "–"
        v["spentGiven"] = pr.budget?.spent != nil
        v["rate"] = fmt.percent(pr.spent.percent(of: pr.allocated))
        v["objectives"] = pr.objectives
        v["hasObjectives"] = !pr.objectives.isEmpty
        v["strategies"] = pr.strategies.map { ["code": $0.code, "href": "items/\($0.code).html"] }
        v["alsoSupports"] = pr.alsoSupports.map { ["code": $0.code, "href": "items/\($0.code).html"] }
        v["aligned"] = p.alignedCodes.map { code in
            ["code": code, "href": "items/\(code).html", "name": rollup(code)?.item.name ?? ""]
        }
        v["indicatorRows"] = pr.indicators.enumerated().map { i, ind in
            [
                "no": fmt.count(i + 1), "name": ind.name, "kind": ind.kind == .quantitative ? "เชิงปริมาณ" : "เชิงคุณภาพ",
                "unit": ind.unit ?? "", "target": indicatorValue(ind.target), "actual": indicatorValue(ind.actual),
                "direction": ind.direction == .increase ? "ยิ่งมากยิ่งดี" : "ยิ่งน้อยยิ่งดี",
                "result": p.outcomes[i].thai, "resultCode": p.outcomes[i].rawValue,
                "contributesTo": ind.contributesTo?.code ?? "", "hasContribution": ind.contributesTo != nil,
                "contributesHref": ind.contributesTo.flatMap { c in
                    strategicIndicators[c.code].map { "items/\($0.indicator.itemCode).html" }
                } ?? "",
            ] as View
        }
        v["hasIndicators"] = !pr.indicators.isEmpty
        v["beneficiaries"] = pr.beneficiaries.map { ["name": BeneficiaryNames.thai($0.name), "count": fmt.count($0.count)] }
        v["hasBeneficiaries"] = !pr.beneficiaries.isEmpty
        v["results"] = pr.results.map(Markdown.html) ?? ""
        v["hasResults"] = pr.results != nil
        v["problems"] = pr.problems
        v["suggestions"] = pr.suggestions
        v["evidence"] = pr.evidence.map { e -> View in
            switch e.target {
            case .url(let u): return ["title": e.title, "href": u, "external": true]
            case .file(let f):
                return ["title": e.title, "href": EvidenceFiles.outputPath(unitID: p.unitID, file: f), "external": false]
            }
        }
        v["hasEvidence"] = !pr.evidence.isEmpty
        return v
    }

    func planView(_ plan: Plan) -> View {
        let rows = plan.flattenedItems.compactMap { rollup($0.code) }
        let several = analysis.projectsServingSeveral[plan.id] ?? 0
        let gaps = rows.filter(\.isGap).count
        return [
            "id": plan.id, "name": plan.name, "nameEN": plan.nameEN ?? "", "rank": fmt.count(plan.rank),
            "period": plan.periodFrom.map { f in fmt.text("\(f)–\(plan.periodTo.map(String.init) ?? "")") } ?? "",
            "items": rows.map(itemRow), "gaps": rows.filter(\.isGap).map(itemRow), "hasGaps": gaps > 0,
            "several": fmt.count(several), "severalRaw": String(several),
            "gapCount": fmt.count(gaps), "gapCountRaw": String(gaps), "itemCount": fmt.count(rows.count),
        ]
    }

    func itemView(_ item: PlanItem) -> View {
        guard let r = rollup(item.code) else { return [:] }
        var v = itemRow(r)
        v["planName"] = report.framework.plan(item.planID)?.name ?? item.planID
        v["planHref"] = "plans/\(item.planID).html"
        if let parent = item.parent {
            v["parent"] = ["code": parent, "href": "items/\(parent).html", "name": rollup(parent)?.item.name ?? ""]
        }
        v["children"] = item.items.map { ["code": $0.code, "href": "items/\($0.code).html", "name": $0.name] }
        v["supports"] = item.supports.map { s in
            ["code": s.code, "href": "items/\(s.code).html", "name": rollup(s.code)?.item.name ?? ""]
        }
        let supportedBy = report.framework.allItems.filter { $0.supports.contains { $0.code == item.code } }
        v["supportedBy"] = supportedBy.map { ["code": $0.code, "href": "items/\($0.code).html", "name": $0.name] }
        v["projectRows"] = projects(r.projectKeys).map { projectRows[$0] }
        v["unitRows"] = r.unitIDs.compactMap { unitsByID[$0] }.map {
            ["name": $0.submission.unit.displayName, "href": "units/\($0.submission.unit.id).html"]
        }
        v["strategicIndicators"] = item.indicators.map(strategicIndicatorView)
        v["hasIndicators"] = !item.indicators.isEmpty
        return v
    }

    func strategicIndicatorView(_ ind: StrategicIndicator) -> View {
        let r = strategicIndicators[ind.code]
        let a = analysis.assessment(ind.code)
        // The chart's data as a table beside it: the baseline, every yearly target, the year's value.
        var chartRows: [View] = []
        if let b = ind.baselineValue {
            chartRows.append([
                "year": ind.baselineYear.map { fmt.text(String($0)) } ?? "–", "kind": "ค่าฐาน", "value": fmt.number(b), "current": false,
            ])
        }
        for t in ind.targets {
            chartRows.append([
                "year": fmt.text(String(t.year)), "kind": "ค่าเป้าหมาย", "value": fmt.number(t.value),
                "current": t.year == report.site.fiscalYear,
            ])
        }
        if let value = a?.value {
            chartRows.append([
                "year": fmt.text(String(report.site.fiscalYear)), "kind": "ค่าที่รายงาน (ค่าเฉลี่ย)", "value": fmt.number(value), "current": true,
            ])
        }
        return [
            "chartRows": chartRows,
            "chart": charts.indicatorLine(ind, id: "si-\(ind.code)"),
            "target": a?.target.map(fmt.number) ?? "–", "value": a?.value.map(fmt.number) ?? "–",
            "status": a?.status.thai ?? "", "statusCode": a?.status.rawValue ?? "",
            "code": ind.code, "name": ind.name, "unit": ind.unit ?? "",
            "direction": ind.direction == .increase ? "ยิ่งมากยิ่งดี" : "ยิ่งน้อยยิ่งดี",
            "baseline": ind.baselineValue.map { "\(fmt.number($0)) (\(fmt.text(ind.baselineYear.map(String.init) ?? "")))" } ?? "–",
            "targets": ind.targets.map {
                ["year": fmt.text(String($0.year)), "value": fmt.number($0.value), "current": $0.year == report.site.fiscalYear]
            },
            "reported": (r?.reported ?? []).map {
                [
                    "unit": unitsByID[$0.unitID]?.submission.unit.displayName ?? $0.unitID, "href": "units/\($0.unitID).html",
                    "value": fmt.number($0.value), "note": $0.note ?? "",
                ]
            },
            "contributions": (r?.contributions ?? []).map {
                [
                    "unit": unitsByID[$0.unitID]?.submission.unit.displayName ?? $0.unitID,
                    "href": "projects/\($0.unitID)/\($0.projectID).html", "indicator": $0.indicatorName, "result": $0.outcome.thai,
                ]
            },
        ]
    }

    /// The units grouped the ways readers look for them: by affiliation and by district.
    func unitsView() -> View {
        let byAffiliation = report.site.affiliations.compactMap { a -> View? in
            let units = report.units.filter { $0.submission.unit.affiliation == a.code }
            guard !units.isEmpty else { return nil }
            return ["name": a.name, "short": a.displayName, "units": units.map(unitRow), "count": fmt.count(units.count)]
        }
        var byDistrict = report.site.districts.compactMap { d -> View? in
            let units = report.units.filter { $0.submission.unit.district == d.code }
            guard !units.isEmpty else { return nil }
            return ["name": d.name, "units": units.map(unitRow), "count": fmt.count(units.count)]
        }
        let noDistrict = report.units.filter { $0.submission.unit.district == nil }
        if !noDistrict.isEmpty {
            byDistrict.append(["name": "ไม่ระบุอำเภอ", "units": noDistrict.map(unitRow), "count": fmt.count(noDistrict.count)])
        }
        return ["byAffiliation": byAffiliation, "byDistrict": byDistrict]
    }

    func statusView() -> View {
        var rows: [View] = []
        for u in report.units {
            rows.append([
                "name": u.submission.unit.name, "href": "units/\(u.submission.unit.id).html", "id": u.submission.unit.id,
                "state": u.isLate ? "ส่งล่าช้า" : "ส่งแล้ว", "stateCode": u.isLate ? "late" : "submitted",
                "date": fmt.date(u.submission.submittedOn), "detail": "\(fmt.count(u.projects.count)) โครงการ",
            ])
        }
        for r in report.rejected {
            rows.append([
                "name": r.name ?? r.unitID, "href": "", "id": r.unitID, "state": "ไม่ผ่านการตรวจสอบ", "stateCode": "rejected",
                "date": "–", "detail": "พบข้อผิดพลาด \(fmt.count(r.errorCount)) รายการ",
            ])
        }
        for m in report.missing {
            rows.append(["name": m.name, "href": "", "id": m.id, "state": "ยังไม่ส่ง", "stateCode": "missing", "date": "–", "detail": ""])
        }
        return [
            "rows": rows, "deadline": fmt.date(report.site.deadline),
            "submitted": fmt.count(report.units.count), "late": fmt.count(report.units.filter(\.isLate).count),
            "rejected": fmt.count(report.rejected.count), "missing": fmt.count(report.missing.count),
        ]
    }

    func alignmentView() -> View {
        [
            "plans": report.framework.plans.map { plan -> View in
                let rows = plan.flattenedItems.compactMap { rollup($0.code) }
                let gaps = rows.filter(\.isGap).count
                let several = analysis.projectsServingSeveral[plan.id] ?? 0
                return [
                    "id": plan.id, "name": plan.name, "href": "plans/\(plan.id).html", "items": rows.map(itemRow),
                    "gapCount": fmt.count(gaps), "gapCountRaw": String(gaps), "itemCount": fmt.count(rows.count),
                    "several": fmt.count(several), "severalRaw": String(several),
                ]
            },
            // The aligner's count for the primary plan; the audit compares it with the analysis's.
            "primaryPlan": report.site.primaryPlan,
            "several": fmt.count(report.projectsServingSeveralStrategies),
            "severalRaw": String(report.projectsServingSeveralStrategies),
            "totals": figuresView(report.totals),
            "consistency": report.consistency.map {
                [
                    "unit": unitsByID[$0.unitID]?.submission.unit.displayName ?? $0.unitID, "project": $0.projectID,
                    "href": "projects/\($0.unitID)/\($0.projectID).html", "code": $0.code,
                ]
            },
            "hasConsistency": !report.consistency.isEmpty,
            "budgetChart": charts.budgetByStrategy(id: "al-budget"),
            "indicatorChart": charts.indicatorsByStrategy(id: "al-indicators"),
            "flowChart": charts.budgetFlow(id: "al-flow"),
            "strategyRows": primaryTop.compactMap { rollup($0.code) }.map(itemRow),
            "flows": analysis.flows.map {
                ["from": $0.from, "to": $0.to, "allocated": fmt.money($0.allocated), "projects": fmt.count($0.projects)]
            },
            "unitsMatrix": matrixView(analysis.unitsByStrategy, key: "matrix.units"),
            "affiliationMatrix": matrixView(analysis.affiliationsByNational, key: "matrix.affiliations"),
            "strategicIndicators": report.framework.allIndicators.map { ind -> View in
                let a = analysis.assessment(ind.code)
                return [
                    "code": ind.code, "name": ind.name, "href": "items/\(ind.itemCode).html",
                    "baseline": ind.baselineValue.map(fmt.number) ?? "–", "target": a?.target.map(fmt.number) ?? "–",
                    "value": a?.value.map(fmt.number) ?? "–", "status": a?.status.thai ?? "", "statusCode": a?.status.rawValue ?? "",
                ]
            },
            "indicatorGapCount": fmt.count(analysis.indicatorGaps.count),
            "indicatorGapCountRaw": String(analysis.indicatorGaps.count),
            "indicatorGaps": analysis.indicatorGaps.map { code in
                let ind = report.framework.allIndicators.first { $0.code == code }
                return ["code": code, "name": ind?.name ?? "", "href": "items/\(ind?.itemCode ?? "").html"]
            },
        ]
    }

    /// A matrix with every cell marked for the audit as `KEY.ROW.COLUMN.projects` / `.allocated`.
    func matrixView(_ m: AlignmentAnalysis.Matrix, key: String) -> View {
        [
            "columns": m.columns.map { ["code": $0.code, "label": $0.label, "href": "items/\($0.code).html"] },
            "rows": m.rows.enumerated().map { i, row -> View in
                [
                    "label": row.label,
                    "cells": zip(m.columns, m.cells[i]).map { column, c -> View in
                        [
                            "projects": fmt.count(c.projects), "allocated": fmt.money(c.allocated), "empty": c.projects == 0,
                            "key": "\(key).\(row.id).\(column.code)", "rawProjects": String(c.projects),
                            "rawAllocated": c.allocated.plain,
                        ]
                    },
                ]
            },
        ]
    }

    /// The problems page lists every project that reported problems, by strategy and by unit (at
    /// national scale a 70 MB page): its rows are made only as the page is written.
    func problemsView() -> View {
        // The model is only read while pages render (see `ViewBatch`).
        let model = Unchecked(self)
        @Sendable func withIssues(_ projects: [AlignedProject]) -> [AlignedProject] {
            projects.filter { !($0.project.problems.isEmpty && $0.project.suggestions.isEmpty) }
        }
        let byStrategy = primaryTop.map { item -> View in
            let projects = withIssues(self.projects(rollup(item.code)?.projectKeys ?? []).map { allProjects[$0] })
            return [
                "code": item.code, "name": item.name, "href": "items/\(item.code).html",
                "projects": UntypedLazyViews(count: projects.count) { model.value.problemRow(projects[$0]) },
                "hasProjects": !projects.isEmpty,
            ]
        }
        let units = report.units
        let byUnit = UntypedLazyViews(count: units.count) { i -> View in
            let u = units[i]
            let projects = withIssues(u.projects)
            return [
                "name": u.submission.unit.name, "href": "units/\(u.submission.unit.id).html",
                "projects": projects.map(model.value.problemRow), "hasProjects": !projects.isEmpty,
            ]
        }
        return ["byStrategy": byStrategy, "byUnit": byUnit]
    }

    func problemRow(_ p: AlignedProject) -> View {
        [
            "name": p.project.name, "href": "projects/\(p.unitID)/\(p.project.id).html",
            "unit": unitsByID[p.unitID]?.submission.unit.displayName ?? p.unitID,
            "problems": p.project.problems, "suggestions": p.project.suggestions,
        ]
    }
}
