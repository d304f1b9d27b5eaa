import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPresentation
import PlanPressPublish
import PlanPressTemplates

/// Renders the committee booklet, `print/booklet.html`: one self-contained HTML file (styles,
/// charts and the logo inside it; the Sarabun font beside it in `print/fonts/`) that prints as an
/// A4 book from a browser, and, where a PDF engine is installed, `print/booklet.pdf` made from it.
///
/// Templates: `booklet.mustache` and its partials `booklet-*.mustache`; styles and fonts in
/// `templates/print/` (`booklet.css` inlined, `weasyprint.css` given to the PDF engine only,
/// `fonts/` copied).
public struct BookletRenderer: Sendable {
    let library: TemplateLibrary
    let templatesURL: URL

    /// The files of `templates/` the booklet needs.
    /// `booklet.mustache` includes one partial per part: the library's parser measures the rest of
    /// a template at every tag, so one 28 KB template took 80 ms to parse, and the parts 15 ms.
    public static let requiredFiles =
        ["booklet.mustache", "booklet-fig.mustache", "booklet-project.mustache", "print/booklet.css"]
        + ["summary", "part1", "part2", "part3", "part4", "part5", "appendix"].map { "booklet-\($0).mustache" }

    public init(templates url: URL) async throws {
        for name in Self.requiredFiles where !FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) {
            throw TemplateError(description: "template \(name) is missing in \(url.path)")
        }
        library = try TemplateLibrary(folder: url)
        templatesURL = url
    }

    /// What the build publishes for the booklet, and what it tells the user about the PDF.
    public struct Output: Sendable {
        public var files: [OutputFile]
        /// Said once after the build: how to get the PDF when no engine was found, or what was made.
        public var notice: LocalizedText?
    }

    /// Renders the booklet and, when `PDFEngine.find()` finds an engine, its PDF. The PDF is made
    /// in a scratch folder beside `outputFolder` (never inside it) from the HTML and fonts that are
    /// published, except that links into the published folder are made absolute for the PDF.
    ///
    /// With `staging`, `print/booklet.html` and its fonts are written straight into it (the
    /// HTML a piece at a time: it is hundreds of megabytes at national scale) and `files` holds
    /// only the PDF, if any.
    ///
    /// `trends` sets this year beside the years of `content/history/`: the executive summary and
    /// part ๔ compare them (without an earlier year the booklet has no comparison).
    public func build(
        _ report: Report, trends: Trends? = nil, content: URL, outputFolder: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment, staging: StagingFolder? = nil
    )
        throws -> Output
    {
        var files: [OutputFile] = []
        if let staging {
            let prepared = try view(report, trends: trends, content: content, forPDF: false)
            var found = true
            try staging.stream(Self.htmlPath) { flush in
                withoutActuallyEscaping(flush) { flush in
                    found = library.render(prepared, withTemplate: "booklet", flush: flush)
                }
            }
            guard found else { throw TemplateError(description: "template booklet is missing") }
            try staging.add(try fonts())
        } else {
            files = try render(report, trends: trends, content: content)
        }
        guard let engine = PDFEngine.find(environment: environment) else {
            return Output(files: files, notice: PDFEngine.missingNotice(environment: environment))
        }
        let pdfFiles = try render(report, trends: trends, content: content, forPDF: true)
        let start = Date()
        let pdf = try engine.render(
            pdfFiles, html: Self.htmlPath, pdf: Self.pdfPath,
            stylesheet: templatesURL.appendingPathComponent("print/weasyprint.css"),
            scratchBeside: outputFolder, sourceDateEpoch: PDFEngine.sourceDateEpoch(report, environment: environment))
        let seconds = Date().timeIntervalSince(start)
        let pages = PDFEngine.pageCount(pdf.bytes).map { " \($0) หน้า" } ?? ""
        let pagesEN = PDFEngine.pageCount(pdf.bytes).map { " \($0) pages," } ?? ""
        let kb = pdf.bytes.count / 1024
        let time = String(format: "%.1f", seconds)
        return Output(
            files: files + [pdf],
            notice: LocalizedText(
                th: "  เล่มรายงาน: \(Self.pdfPath)\(pages) \(kb) KB (\(engine.name), \(time) วินาที)",
                en: "  booklet: \(Self.pdfPath)\(pagesEN) \(kb) KB (\(engine.name), \(time) s)"))
    }

    public static let htmlPath = OutputPath.bookletHTML
    public static let pdfPath = OutputPath.bookletPDF

    /// `print/booklet.html` and the fonts beside it. With `forPDF`, links that only work inside the
    /// published folder become absolute (`base_url`) or plain text, since a PDF travels alone.
    public func render(_ report: Report, trends: Trends? = nil, content: URL, forPDF: Bool = false) throws -> [OutputFile] {
        let prepared = try view(report, trends: trends, content: content, forPDF: forPDF)
        guard let html = library.render(prepared, withTemplate: "booklet", parallel: true) else {
            throw TemplateError(description: "template booklet is missing")
        }
        return [OutputFile(path: Self.htmlPath, bytes: html)] + (try fonts())
    }

    /// The booklet's view, converted for its templates.
    func view(_ report: Report, trends: Trends? = nil, content: URL, forPDF: Bool) throws -> TemplateValue {
        var model = BookletModel(report: report, trends: trends)
        model.linksForPDF = forPDF
        var view = model.view()
        view.css = try String(contentsOf: templatesURL.appendingPathComponent("print/booklet.css"), encoding: .utf8)
        view.logo = Self.logo(in: content)
        return TemplateValue(encoding: view, .display(dropEmptyText: true, parallel: true))
    }

    /// The office's logo (`content/logo.svg`, `.png`, `.jpg` or `.jpeg`) as a data URI, if any.
    static func logo(in content: URL) -> String? {
        let types = [("logo.svg", "image/svg+xml"), ("logo.png", "image/png"), ("logo.jpg", "image/jpeg"), ("logo.jpeg", "image/jpeg")]
        for (name, type) in types {
            let url = content.appendingPathComponent(name)
            if let data = try? Data(contentsOf: url), !data.isEmpty {
                return "data:\(type);base64,\(data.base64EncodedString())"
            }
        }
        return nil
    }

    /// `templates/print/fonts/*` → `print/fonts/*`, sorted.
    func fonts() throws -> [OutputFile] {
        let dir = templatesURL.appendingPathComponent("print/fonts")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return try names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            OutputFile(path: OutputPath.bookletFonts + name, bytes: [UInt8](try Data(contentsOf: dir.appendingPathComponent(name))))
        }
    }
}
