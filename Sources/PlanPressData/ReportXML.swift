import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressValidate
import PlanPressXML

/// `report.xml`: the whole report as XML in the `urn:planpress:report:1` namespace, valid
/// against `report.xsd`. Built as element trees, never by concatenating strings, and written by
/// `XMLWriter` (libxml2's serializer is the tests' reference).
public enum ReportXML {
    typealias Element = XMLEngine.Element

    /// `analysis` when the caller has it already (`DataRenderer` makes one for JSON and XML);
    /// `trends` the years compared (none without).
    public static func document(_ report: Report, analysis known: AlignmentAnalysis? = nil, trends: Trends? = nil) -> [UInt8] {
        document(report, data: known.map(DataAnalysis.init) ?? DataAnalysis(report), trends: trends)
    }

    /// The head (site, totals, plans) as one tree; each unit, the bulk of the document, as a tree
    /// of its own written on every core and let go (at national scale the whole tree was half a
    /// gigabyte of objects).
    static func document(_ report: Report, data: DataAnalysis, trends: Trends? = nil) -> [UInt8] {
        var out: [UInt8] = []
        write(report, data: data, trends: trends, into: &out) { _ in }
        return out
    }

    /// The head (site, totals, plans) as one tree; each unit, the bulk of the document, as a
    /// tree of its own made on every core and written in order, a window at a time. With
    /// `flush`, written bytes are handed on as they accumulate (`StagingFolder.stream`). With
    /// `parts`, each unit is validated on the core that made it, and the head and tail once.
    static func write(
        _ report: Report, data: DataAnalysis, trends: Trends? = nil, into out: inout [UInt8], flushEvery: Int = 1 << 20,
        parts: ReportXMLParts? = nil, flush: (inout [UInt8]) -> Void
    ) {
        let units = report.units
        let scale = report.ratingScale
        let rest = Element("report")
        tailOfReport(report, trends: trends, rest)
        let restBytes = rest.children.flatMap { XMLWriter.fragment($0, level: 1) }
        let validator = parts?.validator
        let query = parts?.query ?? XMLEngine.ElementQuery(names: [])
        withoutActuallyEscaping(flush) { flush in
            XMLWriter.write(
                head(report, data: data), namespace: ReportXSD.namespace, instructions: instructions,
                tail: { out in
                    // Nothing is flushed before the first unit: `out` is the document so far.
                    parts?.begin(out, hasUnits: !units.isEmpty, rest: restBytes)
                    Parallel.stream(
                        count: units.count, window: Parallel.workers * 32,
                        { i in
                            let e = Element("unit")
                            unit(units[i], scale: scale, e)
                            let fragment = XMLWriter.fragment(e, level: 1)
                            return (fragment, validator.map { ReportXMLParts.check(fragment, with: $0, reading: query) })
                        },
                        consume: { made in
                            let (fragment, reading) = made
                            if let reading { parts?.add(reading) }
                            out.append(contentsOf: fragment)
                            if out.count >= flushEvery { flush(&out) }
                        })
                    // So that what follows the units is what `out` holds at the end.
                    if parts != nil { flush(&out) }
                    out.append(contentsOf: restBytes)
                }, into: &out)
            parts?.end(out)
            flush(&out)
        }
    }

    static let instructions = [("xml-stylesheet", "type=\"text/xsl\" href=\"report.xsl\"")]

    static func tree(_ report: Report, data analysis: DataAnalysis, trends: Trends? = nil) -> Element {
        let root = head(report, data: analysis)
        let scale = report.ratingScale
        for unit in report.units { self.unit(unit, scale: scale, root.child("unit")) }
        tailOfReport(report, trends: trends, root)
        return root
    }

    /// The rejected and missing units, then the years compared: the report's last children.
    static func tailOfReport(_ report: Report, trends: Trends?, _ root: Element) {
        for r in report.rejected {
            root.child("rejected").attr("unit", r.unitID).attr("path", r.path).attr("errors", String(r.errorCount))
        }
        for m in report.missing { root.child("missing", text: m.name).attr("unit", m.id) }
        history(trends, root.child("history"))
    }

    /// The report element with its site, totals and plans: everything before the units.
    static func head(_ report: Report, data analysis: DataAnalysis) -> Element {
        let root = Element("report").attr("format", ReportJSON.format)
        site(report, root.child("site"))
        let bands = report.ratingScale.bands.count
        figures(report.totals, bands: bands, root.child("totals"))
        for plan in report.framework.plans {
            let p = root.child("plan").attr("id", plan.id).attr("rank", String(plan.rank))
                .attr("from", plan.periodFrom.map(String.init)).attr("to", plan.periodTo.map(String.init))
                .attr("projectsServingSeveralItems", String(analysis.projectsServingSeveral[plan.id] ?? 0))
            p.child("name", text: plan.name)
            p.optional("nameEN", plan.nameEN)
            for band in plan.ratingScale.bands {
                p.child("ratingBand").attr("from", band.from.description).attr("label", band.label).attr("labelEN", band.labelEN)
            }
            // Items nest; a stack of (item, parent element) keeps the walk iterative.
            var stack = plan.items.reversed().map { ($0, p) }
            while let (item, parent) = stack.popLast() {
                let e = itemElement(report, analysis, item, parent)
                stack.append(contentsOf: item.items.reversed().map { ($0, e) })
            }
        }
        return root
    }

    static func site(_ report: Report, _ e: Element) {
        let s = report.site
        e.attr("fiscalYear", String(s.fiscalYear)).attr("primaryPlan", s.primaryPlan)
            .attr("deadline", s.deadline?.iso).attr("publishedOn", report.reportDate?.iso)
        e.child("province", text: s.province)
        e.child("office", text: s.office)
        e.child("title", text: s.title)
        e.optional("baseURL", s.baseURL)
        for a in s.affiliations { e.child("affiliation", text: a.name).attr("code", a.code).attr("shortName", a.shortName) }
        for d in s.districts { e.child("district", text: d.name).attr("code", d.code).attr("shortName", d.shortName) }
        for m in s.committee {
            let c = e.child("committee")
            c.child("name", text: m.name)
            c.child("position", text: m.position)
        }
    }

    /// A *figures* element; `indicatorsByBand` counts the graded project indicators per band of
    /// the primary plan's scale (`bands` of them), highest first, separated by spaces.
    static func figures(_ f: Figures, bands: Int, _ e: Element) {
        pastFigures(f, e)
        e.attr("indicatorsByBand", (0..<bands).map { String(f.indicators.byBand[$0]) }.joined(separator: " "))
    }

    /// The attributes of a *figures* element that every year's report holds.
    static func pastFigures(_ f: Figures, _ e: Element) {
        e.attr("projects", String(f.projects)).attr("units", String(f.units))
            .attr("allocated", f.allocated.plain).attr("spent", f.spent.plain)
            .attr("disbursementRate", f.disbursementRate?.formatted(fractionDigits: 2))
            .attr("completed", String(f.byStatus[.completed] ?? 0)).attr("ongoing", String(f.byStatus[.ongoing] ?? 0))
            .attr("notStarted", String(f.byStatus[.notStarted] ?? 0)).attr("cancelled", String(f.byStatus[.cancelled] ?? 0))
            .attr("postponed", String(f.byStatus[.postponed] ?? 0))
            .attr("indicatorsAchieved", String(f.indicators.achieved)).attr("indicatorsNotAchieved", String(f.indicators.notAchieved))
            .attr("indicatorsNotMeasured", String(f.indicators.notMeasured))
    }

    /// A grade's attributes: the percentage of the target, the band's index and labels on `scale`.
    static func grade(_ achievement: Achievement?, _ scale: RatingScale, _ e: Element) {
        guard let a = achievement, a.band < scale.bands.count else { return }
        e.attr("percentOfTarget", a.percent.formatted(fractionDigits: 2)).attr("rating", String(a.band))
            .attr("ratingLabel", scale.bands[a.band].label).attr("ratingLabelEN", scale.bands[a.band].labelEN)
    }

    static func itemElement(_ report: Report, _ analysis: DataAnalysis, _ item: PlanItem, _ parent: Element) -> Element {
        let rollup = report.rollup(item.code)
        let scale = report.framework.plan(item.planID)?.ratingScale ?? .standard
        let e = parent.child("item").attr("code", item.code).attr("depth", String(item.depth))
            .attr("gap", (rollup?.isGap ?? true) ? "true" : "false")
        e.child("name", text: item.name)
        e.optional("nameEN", item.nameEN)
        let supports = e.child("supports")
        for s in item.supports { supports.child("code", text: s.code) }
        figures(rollup?.figures ?? Figures(), bands: report.ratingScale.bands.count, e.child("rollup"))
        for key in rollup?.projectKeys ?? [] { e.child("aligned").attr("ref", key) }
        for ind in item.indicators {
            let a = analysis.assessment(ind.code)
            let si = e.child("strategicIndicator").attr("code", ind.code).attr("direction", ind.direction.rawValue)
                .attr("status", a?.status.rawValue ?? "no_data").attr("yearTarget", a?.target?.description)
                .attr("yearValue", a?.value?.description)
                .attr("aggregation", (a?.aggregation ?? ind.aggregation ?? .mean).rawValue)
                .attr("aggregationChosen", (a?.aggregationChosen ?? (ind.aggregation != nil)) ? "true" : "false")
                .attr("per", a?.per?.description)
            grade(a?.achievement, scale, si)
            si.child("name", text: ind.name)
            si.optional("unit", ind.unit)
            if let v = ind.baselineValue {
                si.child("baseline").attr("year", ind.baselineYear.map(String.init)).attr("value", v.description)
            }
            for t in ind.targets { si.child("target").attr("year", String(t.year)).attr("value", t.value.description) }
            let r = report.strategicIndicators.first { $0.indicator.code == ind.code }
            for rep in r?.reported ?? [] { entry(rep, si.child("reported")) }
            for c in a?.contributors ?? [] { entry(c, si.child("contributor")) }
            for c in r?.contributions ?? [] {
                let key = "\(c.unitID)/\(c.projectID)"
                si.child("contribution").attr("ref", key).attr("indicator", String(c.indicatorNumber)).attr("result", c.outcome.rawValue)
            }
        }
        return e
    }

    /// A unit's entry for a strategic indicator: its value (a ratio's own rate), the ratio's
    /// parts, the note and `as_of`, each attribute left out where absent.
    static func entry(_ r: StrategicIndicatorReport.Reported, _ e: Element) {
        e.attr("unit", r.unitID).attr("value", r.value.description).attr("numerator", r.numerator?.description)
            .attr("denominator", r.denominator?.description).attr("note", r.note).attr("asOf", r.asOf?.iso)
    }

    static func unit(_ u: UnitReport, scale: RatingScale, _ e: Element) {
        let s = u.submission
        e.attr("id", s.unit.id).attr("affiliation", s.unit.affiliation).attr("district", s.unit.district)
            .attr("submission", u.isLate ? "late" : "submitted").attr("submittedOn", s.submittedOn?.iso)
        e.child("name", text: s.unit.name)
        e.optional("shortName", s.unit.shortName)
        if let c = s.unit.contact {
            let p = e.child("contact")
            p.optional("name", c.name)
            p.optional("position", c.position)
            p.optional("phone", c.phone)
            p.optional("email", c.email)
        }
        if let a = s.approvedBy {
            let p = e.child("approvedBy")
            p.optional("name", a.name)
            p.optional("position", a.position)
        }
        e.optional("summary", s.summary)
        figures(u.figures, bands: scale.bands.count, e.child("figures"))
        for p in u.projects { project(p, scale: scale, e.child("project")) }
        for r in s.indicatorResults {
            e.child("indicatorResult").attr("code", r.code.code).attr("value", r.value.description)
                .attr("numerator", r.numerator?.description).attr("denominator", r.denominator?.description).attr("note", r.note)
                .attr("asOf", r.asOf?.iso)
        }
    }

    static func project(_ p: AlignedProject, scale: RatingScale, _ e: Element) {
        let pr = p.project
        e.attr("id", pr.id).attr("key", "\(p.unitID)/\(pr.id)").attr("status", pr.status.rawValue)
        e.child("name", text: pr.name)
        let strategies = e.child("strategies")
        for c in pr.strategies { strategies.child("code", text: c.code) }
        let also = e.child("alsoSupports")
        for c in pr.alsoSupports { also.child("code", text: c.code) }
        let aligned = e.child("alignedCodes")
        for c in p.alignedCodes { aligned.child("code", text: c) }
        if let period = pr.period {
            e.child("period").attr("start", period.start?.iso).attr("end", period.end?.iso)
        }
        e.optional("lead", pr.lead)
        e.child("budget").attr("allocated", pr.allocated.plain).attr("spent", pr.budget?.spent?.plain)
            .attr("source", pr.budget?.source.rawValue)
        let objectives = e.child("objectives")
        for o in pr.objectives { objectives.child("text", text: o) }
        for (i, ind) in pr.indicators.enumerated() {
            let x = e.child("indicator").attr("no", String(i + 1)).attr("kind", ind.kind.rawValue)
                .attr("direction", ind.direction.rawValue).attr("achieved", ind.achieved.map { $0 ? "true" : "false" })
                .attr("result", p.outcomes[i].rawValue)
            grade(p.achievements[i], scale, x)
            x.child("name", text: ind.name)
            x.optional("unit", ind.unit)
            x.child("target", text: ind.target.plain)
            x.optional("actual", ind.actual?.plain)
            x.optional("contributesTo", ind.contributesTo?.code)
        }
        for b in pr.beneficiaries { e.child("beneficiary").attr("name", b.name).attr("count", String(b.count)) }
        e.optional("results", pr.results)
        let problems = e.child("problems")
        for t in pr.problems { problems.child("text", text: t) }
        let suggestions = e.child("suggestions")
        for t in pr.suggestions { suggestions.child("text", text: t) }
        for ev in pr.evidence {
            let x = e.child("evidence").attr("title", ev.title)
            switch ev.target {
            case .url(let u): x.attr("url", u)
            case .file(let f): x.attr("file", EvidenceFiles.outputPath(unitID: p.unitID, file: f))
            }
        }
    }
}
