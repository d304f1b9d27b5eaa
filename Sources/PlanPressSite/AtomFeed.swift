import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressPublish
import PlanPressValidate

/// `feed.xml`: an Atom feed of the year's reports — the provincial report and each unit's
/// accepted submission — so readers and portals can follow new editions.
public enum AtomFeed {
    public static func file(_ report: Report) -> OutputFile {
        let site = report.site
        let base = site.baseURL ?? ""
        let id = site.baseURL ?? "urn:planpress:report:\(site.fiscalYear)"
        func stamp(_ d: CalendarDate?) -> String { (d ?? report.reportDate ?? CalendarDate(unixSeconds: 0)).iso + "T00:00:00+07:00" }
        let updated = stamp(report.reportDate ?? report.units.compactMap(\.submission.submittedOn).max())
        func x(_ s: String) -> String { SVGChart.escape(s) }
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">\n"
        s += "  <title>\(x(site.title))</title>\n  <id>\(x(id))</id>\n  <updated>\(updated)</updated>\n"
        s += "  <author><name>\(x(site.office))</name></author>\n"
        s += "  <link rel=\"self\" href=\"\(x(base))feed.xml\"/>\n  <link rel=\"alternate\" href=\"\(x(base))index.html\"/>\n"
        s += "  <entry>\n    <title>\(x(site.title))</title>\n    <id>\(x(id))#report</id>\n    <updated>\(updated)</updated>\n"
        s += "    <link rel=\"alternate\" href=\"\(x(base))index.html\"/>\n"
        s +=
            "    <summary>\(x("\(report.units.count) หน่วยงาน \(report.totals.projects) โครงการ งบประมาณ \(report.totals.allocated.grouped) บาท"))</summary>\n  </entry>\n"
        for unit in report.units {
            let u = unit.submission.unit
            s +=
                "  <entry>\n    <title>\(x(u.name))</title>\n    <id>\(x(id))#unit-\(u.id)</id>\n    <updated>\(stamp(unit.submission.submittedOn))</updated>\n"
            s += "    <link rel=\"alternate\" href=\"\(x(base))units/\(u.id).html\"/>\n"
            s +=
                "    <summary>\(x("\(unit.projects.count) โครงการ งบประมาณ \(unit.figures.allocated.grouped) บาท"))</summary>\n  </entry>\n"
        }
        return OutputFile(path: OutputPath.feed, text: s + "</feed>\n")
    }
}
