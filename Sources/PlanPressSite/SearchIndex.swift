import PlanPressAlign
import PlanPressCore
import PlanPressPublish
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
        let fast: [UInt8]? = SimpleText.withBytes(s) { p in
            guard SimpleText.isSimple(p) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            appendNormalized(p, to: &out)
            return out
        }
        guard let fast else { return characterNormalize(s) }
        return SimpleText.string(fast)
    }

    /// `normalize` of simple text, appended to `out` (which must start empty for the leading
    /// space rule): white space is ASCII, only ASCII letters have case, Thai digits are E0 B9 90–99.
    static func appendNormalized(_ p: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let base = out.count
        var space = false
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if SimpleText.isASCIIWhitespace(b) {
                space = out.count > base
                i += 1
                continue
            }
            if space { out.append(0x20) }
            space = false
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                i += 1
            } else if b == 0xE0, p[i + 1] == 0xB9, p[i + 2] >= 0x90 && p[i + 2] <= 0x99 {
                out.append(p[i + 2] - 0x90 + 0x30)
                i += 3
            } else {
                // Simple text: every other scalar is three bytes.
                out.append(b)
                out.append(p[i + 1])
                out.append(p[i + 2])
                i += 3
            }
        }
    }

    /// The `Character`-based `normalize`, for text outside the simple alphabet and as the tests' reference.
    static func characterNormalize(_ s: String) -> String {
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
        var bytes: [UInt8] = []
        write(report) {
            bytes.append(contentsOf: $0)
            $0.removeAll(keepingCapacity: true)
        }
        return OutputFile(path: path, bytes: bytes)
    }

    /// The index, handed to `flush` a piece at a time: the same bytes as the compact JSON of
    /// `{"format": …, "entries": [[url, title, kind, text], …]}` without its final newline, after
    /// `window.PLANPRESS_SEARCH = `. Each unit's entries are made on a core of their own and
    /// written in order (a national index is 150 MB of normalised text).
    public static func write(_ report: Report, flushEvery: Int = 1 << 20, flush: (inout [UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        out.append(contentsOf: "window.PLANPRESS_SEARCH = {\"format\":\"planpress/search/1\",\"entries\":[".utf8)
        let units = report.units
        Parallel.stream(
            count: units.count, window: Parallel.workers * 16,
            { i in
                var part: [UInt8] = []
                var scratch: [UInt8] = []
                for (k, entry) in entries(of: units[i]).enumerated() {
                    if i > 0 || k > 0 { part.append(0x2C) }
                    write(entry, into: &part, scratch: &scratch)
                }
                return part
            },
            consume: { part in
                out.append(contentsOf: part)
                if out.count >= flushEvery { flush(&out) }
            })
        var rest: [Entry] = []
        for plan in report.framework.plans {
            rest.append(
                Entry(
                    url: OutputPath.plan(plan.id), title: plan.name, kind: "แผน",
                    text: [plan.name, plan.nameEN ?? "", plan.id].joined(separator: " ")))
            for item in plan.flattenedItems {
                let text = ([item.code, item.name, item.nameEN ?? ""] + item.indicators.flatMap { [$0.code, $0.name] }).joined(
                    separator: " ")
                rest.append(Entry(url: OutputPath.item(item.code), title: "\(item.code) \(item.name)", kind: plan.name, text: text))
            }
        }
        for page in report.pages where page.onSite {
            rest.append(Entry(url: OutputPath.page(page.slug), title: page.title, kind: "เนื้อหา", text: page.title + " " + page.markdown))
        }
        var scratch: [UInt8] = []
        for (k, entry) in rest.enumerated() {
            if !units.isEmpty || k > 0 { out.append(0x2C) }
            write(entry, into: &out, scratch: &scratch)
        }
        out.append(contentsOf: "]};\n".utf8)
        flush(&out)
    }

    /// A unit's entry and its projects'.
    static func entries(of unit: UnitReport) -> [Entry] {
        let u = unit.submission.unit
        var entries = [
            Entry(
                url: OutputPath.unit(u.id), title: u.name, kind: "หน่วยงาน",
                text: [u.name, u.shortName ?? "", u.id, unit.submission.summary ?? ""].joined(separator: " "))
        ]
        for p in unit.projects {
            let pr = p.project
            var parts = [pr.name, pr.id, u.name, u.displayName, pr.lead ?? "", pr.results ?? ""]
            parts += pr.objectives + pr.problems + pr.suggestions + pr.indicators.map(\.name) + p.writtenCodes
            entries.append(
                Entry(
                    url: OutputPath.project(unit: p.unitID, id: pr.id), title: pr.name, kind: "โครงการ · \(u.displayName)",
                    text: parts.joined(separator: " ")))
        }
        return entries
    }

    /// One entry as `[url,title,kind,text]`, its text normalised.
    static func write(_ e: Entry, into out: inout [UInt8], scratch: inout [UInt8]) {
        out.append(0x5B)
        JSONValue.writeString(e.url, &out)
        out.append(0x2C)
        JSONValue.writeString(e.title, &out)
        out.append(0x2C)
        JSONValue.writeString(e.kind, &out)
        out.append(0x2C)
        let text = e.title + " " + e.text
        let simple: Bool = SimpleText.withBytes(text) { p in
            guard SimpleText.isSimple(p) else { return false }
            scratch.removeAll(keepingCapacity: true)
            appendNormalized(p, to: &scratch)
            scratch.withUnsafeBufferPointer { JSONValue.writeString(bytes: $0, &out) }
            return true
        }
        if !simple { JSONValue.writeString(characterNormalize(text), &out) }
        out.append(0x5D)
    }
}
