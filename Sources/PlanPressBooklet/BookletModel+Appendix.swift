import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressTemplates
import PlanPressValidate

/// ภาคผนวก: projects by unit with the grand total in words, submission status, the evidence list
/// (หลักฐานอ้างอิง), the committee, then the office's other narrative pages.
extension BookletModel {
    static let appendixLetters = ["ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ", "ท"]

    func appendix(_ outline: BookletOutline) -> AppendixChapter {
        outline.add(id: "appendix", title: "ภาคผนวก", level: 1)
        var sections: [BookletSection<AppendixSection>] = []
        func section(_ id: String, _ title: String, html: String? = nil, _ content: AppendixSection?) {
            let letter = sections.count < Self.appendixLetters.count ? Self.appendixLetters[sections.count] : fmt.count(sections.count + 1)
            let full = "ภาคผนวก \(letter) \(title)"
            outline.add(id: id, title: full, level: 2)
            sections.append(BookletSection(id: id, title: full, html: html, content: content))
        }
        section("ap-projects", "รายชื่อโครงการจำแนกตามหน่วยงาน", .projects(projectsByUnit()))
        section("ap-status", "สถานะการส่งรายงานของหน่วยงาน", .status(submissionStatus()))
        let evidence = evidenceRows()
        section("ap-evidence", "หลักฐานอ้างอิง", .evidence(EvidenceList(rows: evidence, none: evidence.count == 0)))
        if !report.site.committee.isEmpty {
            let members = report.site.committee.enumerated().map { i, m in
                CommitteeMember(no: fmt.count(i + 1), name: txt.plain(m.name), position: txt.plain(m.position))
            }
            section("ap-committee", "คณะกรรมการศึกษาธิการจังหวัด\(txt.plain(report.site.province))", .committee(CommitteeList(rows: members)))
        }
        for page in pages[.appendix] ?? [] {
            section("pg-\(page.slug)", txt.plain(page.title), html: txt.markdown(page.markdown), nil)
        }
        return AppendixChapter(id: "appendix", title: "ภาคผนวก", sections: sections)
    }

    func projectsByUnit() -> ProjectsByUnit {
        // Every project of every unit: made unit by unit as the booklet is written.
        let units = LazyViews(count: report.units.count) { [self] k in
            let u = report.units[k]
            let s = u.submission.unit
            return UnitProjects(
                figures: figures(u.figures, audit: "unit.\(s.id)"), name: txt.plain(s.name),
                affiliation: txt.plain(report.site.affiliation(s.affiliation)?.displayName ?? s.affiliation),
                rows: u.projects.enumerated().map { i, p in
                    UnitProjectRow(
                        no: fmt.count(i + 1), name: txt.plain(p.project.name), status: p.project.status.thai,
                        statusCode: p.project.status.rawValue, allocated: fmt.money(p.project.allocated), spent: fmt.money(p.project.spent),
                        href: "#\(anchor(p))")
                })
        }
        return ProjectsByUnit(
            figures: figures(report.totals, audit: "total"), units: units, allocatedWords: BahtText.words(report.totals.allocated),
            spentWords: BahtText.words(report.totals.spent), unitCount: fmt.count(report.units.count))
    }

    func submissionStatus() -> SubmissionStatus {
        var rows: [SubmissionRow] = []
        func add(_ name: String, date: String, state: String, stateCode: String, note: String) {
            rows.append(
                SubmissionRow(no: fmt.count(rows.count + 1), name: name, date: date, state: state, stateCode: stateCode, note: note))
        }
        for u in report.units {
            add(
                txt.plain(u.submission.unit.name), date: fmt.date(u.submission.submittedOn), state: u.isLate ? "ส่งหลังกำหนด" : "ส่งภายในกำหนด",
                stateCode: u.isLate ? "late" : "submitted", note: "\(fmt.count(u.projects.count)) โครงการ")
        }
        for r in report.rejected {
            add(
                txt.plain(r.name ?? r.unitID), date: "–", state: "ไม่ผ่านการตรวจสอบ", stateCode: "rejected",
                note: "พบข้อผิดพลาด \(fmt.count(r.errorCount)) รายการ")
        }
        for m in report.missing {
            add(txt.plain(m.name), date: "–", state: "ยังไม่ส่ง", stateCode: "missing", note: "")
        }
        let late = report.units.filter(\.isLate).count
        return SubmissionStatus(
            rows: rows, deadline: fmt.date(report.site.deadline), onTime: fmt.count(report.units.count - late), late: fmt.count(late),
            rejected: fmt.count(report.rejected.count), missing: fmt.count(report.missing.count))
    }

    /// Every evidence item of every project, numbered through, made as the booklet is written.
    func evidenceRows() -> LazyViews<EvidenceRow> {
        // Where each row comes from: (unit, project, evidence) by index.
        var places: [(Int, Int, Int)] = []
        for (k, u) in report.units.enumerated() {
            for (j, p) in u.projects.enumerated() {
                for e in p.project.evidence.indices { places.append((k, j, e)) }
            }
        }
        return LazyViews(count: places.count) { [self, places] n in
            let (k, j, i) = places[n]
            let u = report.units[k]
            let p = u.projects[j]
            let e = p.project.evidence[i]
            let href: String?
            let address: String
            switch e.target {
            case .url(let url):
                href = url
                address = url
            case .file(let file):
                let path = EvidenceFiles.outputPath(unitID: p.unitID, file: file)
                let absolute = report.site.baseURL.map { $0 + path }
                href = linksForPDF ? absolute : "../" + path
                address = absolute ?? path
            }
            return EvidenceRow(
                no: fmt.count(n + 1), unit: txt.plain(u.submission.unit.displayName), project: txt.plain(p.project.name),
                title: txt.plain(e.title), href: href ?? "", address: address)
        }
    }
}
