import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// The site's own search index: one entry per page with its searchable text, matched by
/// substring in the browser (`assets/search.js`), so a Thai word is found wherever it stands in
/// unsegmented Thai text — no word list can miss it. Written as `search/index.js`, a script that
/// sets `window.PLANPRESS_SEARCH`, so the search works from a web server and from the disk
/// (`file://`), where browsers refuse to fetch JSON.
public enum SearchIndex {
    public static let path = "search/index.js"

    struct Entry {
        var url: String
        var title: String
        var kind: String
        var text: String
    }

    /// Lower case, Thai digits as Arabic, runs of white space as one space.
    public static func normalize(_ s: String) -> String {
        var out = ""
        var space = false
        for c in ThaiDigits.arabic(s).lowercased() {
            if c.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(c)
        }
        return out
    }

    public static func file(_ report: Report) -> OutputFile {
        var entries: [Entry] = []
        for unit in report.units {
            let u = unit.submission.unit
            entries.append(
                Entry(
                    url: "units/\(u.id).html", title: u.name, kind: "หน่วยงาน",
                    text: [u.name, u.shortName ?? "", u.id, unit.submission.summary ?? ""].joined(separator: " ")))
            for p in unit.projects {
                let pr = p.project
                var parts = [pr.name, pr.id, u.name, u.displayName, pr.lead ?? "", pr.results ?? ""]
                parts += pr.objectives + pr.problems + pr.suggestions + pr.indicators.map(\.name) + p.writtenCodes
                entries.append(
                    Entry(
                        url: "projects/\(p.unitID)/\(pr.id).html", title: pr.name, kind: "โครงการ · \(u.displayName)",
                        text: parts.joined(separator: " ")))
            }
        }
        for plan in report.framework.plans {
            entries.append(
                Entry(
                    url: "plans/\(plan.id).html", title: plan.name, kind: "แผน",
                    text: [plan.name, plan.nameEN ?? "", plan.id].joined(separator: " ")))
            for item in plan.flattenedItems {
                let text = ([item.code, item.name, item.nameEN ?? ""] + item.indicators.flatMap { [$0.code, $0.name] }).joined(
                    separator: " ")
                entries.append(Entry(url: "items/\(item.code).html", title: "\(item.code) \(item.name)", kind: plan.name, text: text))
            }
        }
        for page in report.pages where page.onSite {
            entries.append(Entry(url: "pages/\(page.slug).html", title: page.title, kind: "เนื้อหา", text: page.title + " " + page.markdown))
        }
        let doc = JSONValue.object([
            ("format", .string("planpress/search/1")),
            (
                "entries",
                .array(
                    entries.map { e in
                        .array([.string(e.url), .string(e.title), .string(e.kind), .string(normalize(e.title + " " + e.text))])
                    })
            ),
        ])
        return OutputFile(path: path, bytes: Array("window.PLANPRESS_SEARCH = ".utf8) + doc.serializedCompact().dropLast() + Array(";\n".utf8))
    }
}
