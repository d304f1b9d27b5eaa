import CPlanPressSys
import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressPublish
import PlanPressTemplates
import PlanPressValidate

/// Renders the website from prepared view models with the Mustache templates in `templates/`.
///
/// Templates receive only strings, flags and lists that are already formatted; they do no
/// arithmetic. Links are relative (`root` is `../` per level), so the folder works under any path.
public struct SiteRenderer: Sendable {
    let library: TemplateLibrary
    let templatesURL: URL

    /// The page templates every build needs.
    public static let requiredTemplates = [
        "header", "footer", "bands", "index", "unit", "units", "project", "item", "plan", "status", "page", "alignment", "problems",
        "notfound", "indicators", "history", "history-indicators",
    ]

    public init(templates url: URL) async throws {
        for name in Self.requiredTemplates
        where !FileManager.default.fileExists(atPath: url.appendingPathComponent("\(name).mustache").path) {
            throw TemplateError(description: "template \(name).mustache is missing in \(url.path)")
        }
        library = try TemplateLibrary(folder: url)
        templatesURL = url
    }

    /// One page to render: everything but its view is known before rendering starts.
    struct Page: Sendable {
        var template: String
        var path: String
        var title: String
        var crumbs: [Crumb]
        /// The unit whose page (or project page) this is: it depends on that unit's file alone.
        var unitID: String? = nil
        /// The page's view in `frame`, converted for its template; made only when the page renders.
        var view: @Sendable (PageFrame) -> TemplateValue

        /// A link in the page's trail back to the home page.
        struct Crumb: Encodable, Sendable {
            var href: String
            var label: String
        }
    }

    public func render(_ report: Report, trends: Trends? = nil) throws -> [OutputFile] {
        let collected = Collected()
        try render(report, trends: trends) { order, files in collected.append(order, files) }
        return collected.files
    }

    /// Renders every page and hands each batch of files to `emit` as soon as it is made, from
    /// whichever core made it (a page is not held once emitted). Batches arrive in any order;
    /// `emit` gets each one's place in publishing order with it.
    ///
    /// The pages of the units in `skipping` are not rendered (the caller has them from the last
    /// build: see `unitPagePaths`); the sitemap still lists them. With `trends` that hold earlier
    /// years, the pages set this year beside them.
    public func render(
        _ report: Report, trends: Trends? = nil, skipping: Set<String> = [], emit: @Sendable (Int, [OutputFile]) throws -> Void
    ) throws {
        let model = SiteModel(report: report, trends: trends)
        let allPages = Self.pages(report, model)
        let pages = skipping.isEmpty ? allPages : allPages.filter { $0.unitID.map { !skipping.contains($0) } ?? true }
        // The same on every page: made once, not once per page.
        let shared = (
            site: TemplateValue(encoding: model.siteView, .display()),
            description: TemplateValue.text(BidiIsolation.display(model.summaryText))
        )
        // Pages are independent: render them on every core, each handed to `emit` as soon as it
        // is made (an item page of a national report is tens of megabytes; a batch of them held
        // together was the build's peak of memory). The pages that list the whole report (plans,
        // items, the analysis, problems) go first: the largest jobs first leave no core idle at
        // the end, and the memory they used is given back (`planpress_release_freed_memory`)
        // before the validation of `report.xml`, late on the data channel's thread, needs its own.
        let large = pages.indices.filter { Self.listsTheReport(pages[$0]) }
        let rest = pages.indices.filter { !Self.listsTheReport(pages[$0]) }
        // One job per large page, then batches of 32 of the rest; no core waits for another.
        let jobs = large.map { [$0] } + stride(from: 0, to: rest.count, by: 32).map { Array(rest[$0..<min(rest.count, $0 + 32)]) }
        let largeLeft = Countdown(large.count)
        let failures = Parallel.map(jobs) { job -> (any Error)? in
            do {
                for index in job {
                    let file = try self.render(pages[index], site: shared.site, description: shared.description, report: report)
                    try emit(index, [file])
                }
                if job.count == 1, Self.listsTheReport(pages[job[0]]), largeLeft.tick() { planpress_release_freed_memory() }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        var files = [SummaryImage.file(report), AtomFeed.file(report)]
        files.append(
            OutputFile(
                path: OutputPath.sitemap,
                text: sitemap(report, allPages.map(\.path).filter { $0 != OutputPath.notFound && $0 != OutputPath.search })))
        files += try assets()
        try emit(allPages.count, files)
    }

    /// Counts down from `n` across threads; `tick` is true for the call that reaches zero.
    final class Countdown: @unchecked Sendable {
        private let lock = NSLock()
        private var left: Int
        init(_ n: Int) { left = n }
        func tick() -> Bool {
            lock.withLock {
                left -= 1
                return left == 0
            }
        }
    }

    /// Whether a page lists projects from the whole report rather than from one unit.
    static func listsTheReport(_ page: Page) -> Bool {
        ["plan", "item", "alignment", "problems"].contains(page.template)
    }

    /// Files gathered from the workers of `render(_:emit:)`, in publishing order.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [(order: Int, files: [OutputFile])] = []

        func append(_ order: Int, _ files: [OutputFile]) {
            lock.withLock { batches.append((order, files)) }
        }

        var files: [OutputFile] {
            lock.withLock { batches }.sorted { $0.order < $1.order }.flatMap(\.files)
        }
    }

    func render(_ page: Page, site: TemplateValue, description: TemplateValue, report: Report) throws -> OutputFile {
        let frame = Self.frame(page, site: site, description: description, report: report)
        guard let html = library.render(page.view(frame), withTemplate: page.template, parallel: true) else {
            throw TemplateError(description: "template \(page.template) is missing")
        }
        return OutputFile(path: page.path, bytes: html)
    }

    /// What `page` has around its own view; `site` and `description` are the same on every page.
    static func frame(_ page: Page, site: TemplateValue, description: TemplateValue, report: Report) -> PageFrame {
        let depth = page.path.split(separator: "/").count - 1
        let root = String(repeating: "../", count: depth)
        return PageFrame(
            root: root, pageTitle: page.title, crumbs: page.crumbs.map { Page.Crumb(href: root + $0.href, label: $0.label) },
            hasCrumbs: !page.crumbs.isEmpty, canonical: report.site.baseURL.map { $0 + page.path }, site: site,
            description: description)
    }

    /// The pages made from one unit's file alone: its page, then one per project.
    public static func unitPagePaths(_ unit: UnitReport) -> [String] {
        [OutputPath.unit(unit.submission.unit.id)] + unit.projects.map { OutputPath.project(unit: $0.unitID, id: $0.project.id) }
    }

    /// The one text on a unit's pages that depends on other units: the report's headline
    /// sentence in every page's description.
    public static func sharedText(_ report: Report) -> String {
        SiteModel.summaryText(report)
    }

    /// Every page of the site, in publishing order.
    static func pages(_ report: Report, _ siteModel: SiteModel) -> [Page] {
        typealias Crumb = Page.Crumb
        // The model is read-only once built; views are made from it on every core.
        let box = Unchecked(siteModel)
        var model: SiteModel { box.value }
        var pages: [Page] = []
        func add<Body: Encodable & SendableMetatype>(
            _ template: String, _ path: String, _ title: String, _ crumbs: [Crumb], unit: String? = nil,
            _ view: @escaping @Sendable () -> Body
        ) {
            pages.append(
                Page(template: template, path: path, title: title, crumbs: crumbs, unitID: unit) { frame in
                    frame.page(view())
                })
        }
        let home = Crumb(href: OutputPath.home, label: "หน้าแรก")
        add("index", OutputPath.home, report.site.title, []) { model.homeView() }
        for unit in report.units {
            let id = unit.submission.unit.id
            let paths = unitPagePaths(unit)
            add("unit", paths[0], unit.submission.unit.name, [home, Crumb(href: OutputPath.units, label: "หน่วยงาน")], unit: id) {
                model.unitView(unit)
            }
            for (p, path) in zip(unit.projects, paths.dropFirst()) {
                let crumbs = [home, Crumb(href: OutputPath.unit(p.unitID), label: unit.submission.unit.displayName)]
                add("project", path, p.project.name, crumbs, unit: id) { model.projectView(unit, p) }
            }
        }
        for plan in report.framework.plans {
            add("plan", OutputPath.plan(plan.id), plan.name, [home, Crumb(href: OutputPath.alignment, label: "ความสอดคล้อง")]) {
                model.planView(plan)
            }
            for item in plan.flattenedItems {
                var crumbs = [home, Crumb(href: OutputPath.plan(plan.id), label: plan.name)]
                if let parent = item.parent { crumbs.append(Crumb(href: OutputPath.item(parent), label: parent)) }
                add("item", OutputPath.item(item.code), "\(item.code) \(item.name)", crumbs) { model.itemView(item) }
            }
        }
        add("status", OutputPath.status, "สถานะการส่งรายงาน", [home]) { model.statusView() }
        add("units", OutputPath.units, "หน่วยงาน", [home]) { model.unitsView() }
        add("alignment", OutputPath.alignment, "การวิเคราะห์ความสอดคล้อง", [home]) { model.alignmentView() }
        add("problems", OutputPath.problems, "ปัญหา อุปสรรค และข้อเสนอแนะ", [home]) { model.problemsView() }
        for page in report.pages where page.onSite {
            add("page", OutputPath.page(page.slug), page.title, [home]) {
                ContentPageView(title: page.title, body: Markdown.html(page.markdown))
            }
        }
        add("search", OutputPath.search, "ค้นหา", [home]) { EmptyView() }
        add("notfound", OutputPath.notFound, "ไม่พบหน้าที่ต้องการ", []) { EmptyView() }
        return pages
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
