import Foundation
import Mustache
import PlanPressAlign
import PlanPressCore
import PlanPressValidate

/// Template problems are internal failures: the build stops and names the template.
public struct TemplateError: Error, CustomStringConvertible {
    public var description: String
}

/// Renders the website from prepared view models with the Mustache templates in `templates/`.
///
/// Templates receive only strings, flags and lists that are already formatted; they do no
/// arithmetic. Links are relative (`root` is `../` per level), so the folder works under any path.
public struct SiteRenderer: Sendable {
    let library: MustacheLibrary
    let templatesURL: URL

    /// The page templates every build needs.
    public static let requiredTemplates = [
        "header", "footer", "index", "unit", "units", "project", "item", "plan", "status", "page", "alignment", "problems", "notfound",
    ]

    public init(templates url: URL) async throws {
        for name in Self.requiredTemplates
        where !FileManager.default.fileExists(atPath: url.appendingPathComponent("\(name).mustache").path) {
            throw TemplateError(description: "template \(name).mustache is missing in \(url.path)")
        }
        do {
            library = try await MustacheLibrary(directory: url.path)
        } catch let e as MustacheLibrary.ParserError {
            throw TemplateError(description: "template \(e.filename): \(e.error) at line \(e.context.lineNumber)")
        }
        templatesURL = url
    }

    typealias View = [String: Any]

    public func render(_ report: Report) throws -> [OutputFile] {
        let model = SiteModel(report: report)
        var files: [OutputFile] = []
        func emit(_ template: String, _ path: String, _ title: String, crumbs: [(String, String)], _ view: View) throws {
            let depth = path.split(separator: "/").count - 1
            var v = view
            v["root"] = String(repeating: "../", count: depth)
            v["pageTitle"] = title
            v["site"] = model.siteView
            v["crumbs"] = crumbs.map { ["href": String(repeating: "../", count: depth) + $0.0, "label": $0.1] }
            v["hasCrumbs"] = !crumbs.isEmpty
            v["canonical"] = report.site.baseURL.map { $0 + path }
            if v["description"] == nil { v["description"] = model.summaryText }
            guard let html = library.render(Self.decorate(v), withTemplate: template) else {
                throw TemplateError(description: "template \(template) could not be rendered")
            }
            files.append(OutputFile(path: path, text: html))
        }
        let home = ("index.html", "หน้าแรก")
        try emit("index", "index.html", report.site.title, crumbs: [], model.homeView())
        for unit in report.units {
            try emit(
                "unit", "units/\(unit.submission.unit.id).html", unit.submission.unit.name,
                crumbs: [home, ("units/index.html", "หน่วยงาน")], model.unitView(unit))
            for p in unit.projects {
                try emit(
                    "project", "projects/\(p.unitID)/\(p.project.id).html", p.project.name,
                    crumbs: [home, ("units/\(p.unitID).html", unit.submission.unit.displayName)], model.projectView(unit, p))
            }
        }
        for plan in report.framework.plans {
            try emit("plan", "plans/\(plan.id).html", plan.name, crumbs: [home, ("alignment.html", "ความสอดคล้อง")], model.planView(plan))
            for item in plan.flattenedItems {
                var crumbs = [home, ("plans/\(plan.id).html", plan.name)]
                if let parent = item.parent { crumbs.append(("items/\(parent).html", parent)) }
                try emit("item", "items/\(item.code).html", "\(item.code) \(item.name)", crumbs: crumbs, model.itemView(item))
            }
        }
        try emit("status", "status.html", "สถานะการส่งรายงาน", crumbs: [home], model.statusView())
        try emit("units", "units/index.html", "หน่วยงาน", crumbs: [home], model.unitsView())
        try emit("alignment", "alignment.html", "การวิเคราะห์ความสอดคล้อง", crumbs: [home], model.alignmentView())
        try emit("problems", "problems.html", "ปัญหา อุปสรรค และข้อเสนอแนะ", crumbs: [home], model.problemsView())
        for page in report.pages where page.onSite {
            try emit(
                "page", "pages/\(page.slug).html", page.title, crumbs: [home], ["title": page.title, "body": Markdown.html(page.markdown)])
        }
        try emit("search", "search.html", "ค้นหา", crumbs: [home], [:])
        try emit("notfound", "404.html", "ไม่พบหน้าที่ต้องการ", crumbs: [], [:])
        files.append(SummaryImage.file(report))
        files.append(AtomFeed.file(report))
        files.append(
            OutputFile(
                path: "sitemap.xml",
                text: sitemap(report, files.map(\.path).filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "search.html" })))
        files += try assets()
        return files
    }

    /// Adds `hasName` for every list `name`, so templates can wrap a list in a heading only when
    /// it has items (Mustache has no "non-empty" test of its own).
    static func decorate(_ value: Any) -> Any {
        if let dict = value as? View {
            var out: View = [:]
            for (k, v) in dict {
                out[k] = decorate(v)
                if let list = v as? [Any] {
                    out["has" + k.prefix(1).uppercased() + k.dropFirst()] = !list.isEmpty
                }
            }
            return out
        }
        if let list = value as? [View] { return list.map(decorate) }
        if let list = value as? [String] { return list.map(BidiIsolation.display) }
        if let text = value as? String { return BidiIsolation.display(text) }
        return value
    }

    func sitemap(_ report: Report, _ paths: [String]) -> String {
        let base = report.site.baseURL ?? ""
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in paths.sorted() {
            s += "  <url><loc>\(Self.xmlEscape(base + p))</loc></url>\n"
        }
        return s + "</urlset>\n"
    }

    static func xmlEscape(_ s: String) -> String {
        XMLText.escape(s)
    }

    /// Static files from `templates/assets/`, copied as they are.
    func assets() throws -> [OutputFile] {
        let dir = templatesURL.appendingPathComponent("assets")
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [OutputFile] = []
        let base = dir.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let rel = String(url.standardizedFileURL.path.dropFirst(base.count))
            out.append(OutputFile(path: "assets/" + rel, bytes: [UInt8](try Data(contentsOf: url))))
        }
        return out.sorted { $0.path < $1.path }
    }
}
