import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressValidate

/// ภาคผนวก: projects by unit with the grand total in words, submission status, the evidence list
/// (หลักฐานอ้างอิง), the committee, then the office's other narrative pages.
extension BookletModel {
    static let appendixLetters = ["ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ", "ท"]

    func appendix(_ outline: BookletOutline) -> View {
        outline.add(id: "appendix", title: "ภาคผนวก", level: 1)
        var sections: [View] = []
        func section(_ id: String, _ title: String, _ view: View) {
            let letter = sections.count < Self.appendixLetters.count ? Self.appendixLetters[sections.count] : fmt.count(sections.count + 1)
            let full = "ภาคผนวก \(letter) \(title)"
            outline.add(id: id, title: full, level: 2)
            var v = view
            v["id"] = id
            v["title"] = full
            sections.append(v)
        }
        section("ap-projects", "รายชื่อโครงการจำแนกตามหน่วยงาน", projectsByUnit())
        section("ap-status", "สถานะการส่งรายงานของหน่วยงาน", submissionStatus())
        let evidence = evidenceRows()
        section("ap-evidence", "หลักฐานอ้างอิง", ["isEvidence": true, "rows": evidence, "none": evidence.count == 0])
        if !report.site.committee.isEmpty {
            section(
                "ap-committee", "คณะกรรมการศึกษาธิการจังหวัด\(txt.plain(report.site.province))",
                [
                    "isCommittee": true,
                    "rows": report.site.committee.enumerated().map { i, m in
                        ["no": fmt.count(i + 1), "name": txt.plain(m.name), "position": txt.plain(m.position)]
                    },
                ])
        }
        for page in pages[.appendix] ?? [] {
            section("pg-\(page.slug)", txt.plain(page.title), ["html": txt.markdown(page.markdown)])
        }
        return ["id": "appendix", "title": "ภาคผนวก", "sections": sections]
    }

    func projectsByUnit() -> View {
        // Every project of every unit: made unit by unit as the booklet is written.
        let model = Unchecked(self)
        let units = UntypedLazyViews(count: report.units.count) { k -> View in
            let m = model.value
            let u = m.report.units[k]
            let s = u.submission.unit
            var v = m.figures(u.figures, audit: "unit.\(s.id)")
            v["name"] = m.txt.plain(s.name)
            v["affiliation"] = m.txt.plain(m.report.site.affiliation(s.affiliation)?.displayName ?? s.affiliation)
            v["rows"] = u.projects.enumerated().map { i, p -> View in
                [
                    "no": m.fmt.count(i + 1), "name": m.txt.plain(p.project.name), "status": p.project.status.thai,
                    "statusCode": p.project.status.rawValue, "allocated": m.fmt.money(p.project.allocated),
                    "spent": m.fmt.money(p.project.spent), "href": "#\(m.anchor(p))",
                ]
            }
            return v
        }
        var v = figures(report.totals, audit: "total")
        v["isProjects"] = true
        v["units"] = units
        v["allocatedWords"] = BahtText.words(report.totals.allocated)
        v["spentWords"] = BahtText.words(report.totals.spent)
        v["unitCount"] = fmt.count(report.units.count)
        return v
    }

    func submissionStatus() -> View {
        var rows: [View] = []
        for u in report.units {
            rows.append([
                "name": txt.plain(u.submission.unit.name), "date": fmt.date(u.submission.submittedOn),
                "state": u.isLate ? "ส่งหลังกำหนด" : "ส่งภายในกำหนด", "stateCode": u.isLate ? "late" : "submitted",
                "note": "\(fmt.count(u.projects.count)) โครงการ",
            ])
        }
        for r in report.rejected {
            rows.append([
                "name": txt.plain(r.name ?? r.unitID), "date": "–", "state": "ไม่ผ่านการตรวจสอบ", "stateCode": "rejected",
                "note": "พบข้อผิดพลาด \(fmt.count(r.errorCount)) รายการ",
            ])
        }
        for m in report.missing {
            rows.append(["name": txt.plain(m.name), "date": "–", "state": "ยังไม่ส่ง", "stateCode": "missing", "note": ""])
        }
        for i in rows.indices { rows[i]["no"] = fmt.count(i + 1) }
        let late = report.units.filter(\.isLate).count
        return [
            "isStatus": true, "rows": rows, "deadline": fmt.date(report.site.deadline),
            "onTime": fmt.count(report.units.count - late), "late": fmt.count(late),
            "rejected": fmt.count(report.rejected.count), "missing": fmt.count(report.missing.count),
        ]
    }

    /// Every evidence item of every project, numbered through, made as the booklet is written.
    func evidenceRows() -> UntypedLazyViews {
        // Where each row comes from: (unit, project, evidence) by index.
        var places: [(Int, Int, Int)] = []
        for (k, u) in report.units.enumerated() {
            for (j, p) in u.projects.enumerated() {
                for e in p.project.evidence.indices { places.append((k, j, e)) }
            }
        }
        let model = Unchecked((self, places))
        return UntypedLazyViews(count: places.count) { n -> View in
            let (m, places) = model.value
            let (k, j, i) = places[n]
            let u = m.report.units[k]
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
                let absolute = m.report.site.baseURL.map { $0 + path }
                href = m.linksForPDF ? absolute : "../" + path
                address = absolute ?? path
            }
            return [
                "no": m.fmt.count(n + 1), "unit": m.txt.plain(u.submission.unit.displayName),
                "project": m.txt.plain(p.project.name), "title": m.txt.plain(e.title), "href": href ?? "", "address": address,
            ]
        }
    }
}
