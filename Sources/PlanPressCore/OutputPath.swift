/// Where each file of the published report goes, relative to the output folder: the one table of
/// the output's layout. The channels write to these paths, the audit reads them back, the build
/// and the validation report name them; no path is written as a literal anywhere else.
public enum OutputPath {
    /// The channel a published file belongs to, by its path.
    public enum Channel: String, Sendable, CaseIterable {
        /// The website: pages, feed, sitemap, search, styles.
        case site
        /// The committee booklet, `print/`.
        case booklet
        /// Open data, `data/`.
        case data
        /// The units' attached evidence files, `evidence/`.
        case evidence
        /// What describes the whole publication (`manifest.json`).
        case publication

        /// The channel of the file at `path`.
        public init(path: String) {
            if path.hasPrefix(OutputPath.dataFolder) {
                self = .data
            } else if path.hasPrefix(OutputPath.printFolder) {
                self = .booklet
            } else if path.hasPrefix(OutputPath.evidenceFolder) {
                self = .evidence
            } else if path == OutputPath.manifest {
                self = .publication
            } else {
                self = .site
            }
        }
    }

    // The website.
    public static let home = "index.html"
    public static let units = "units/index.html"
    public static let status = "status.html"
    public static let alignment = "alignment.html"
    public static let problems = "problems.html"
    public static let search = "search.html"
    public static let notFound = "404.html"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let searchIndex = "search/index.js"

    /// A unit's page.
    public static func unit(_ id: String) -> String { "units/\(id).html" }
    /// A project's page.
    public static func project(unit: String, id: String) -> String { "projects/\(unit)/\(id).html" }
    /// A plan's page.
    public static func plan(_ id: String) -> String { "plans/\(id).html" }
    /// A plan item's page (a strategy, goal or indicator of a plan).
    public static func item(_ code: String) -> String { "items/\(code).html" }
    /// An office page written in Markdown (`content/pages/<slug>.md`).
    public static func page(_ slug: String) -> String { "pages/\(slug).html" }

    /// Whether a page of the site belongs to the alignment section (the analysis page, the plan
    /// and item pages).
    public static func isAlignmentPage(_ path: String) -> Bool {
        path == alignment || (path.hasSuffix(".html") && (path.hasPrefix("plans/") || path.hasPrefix("items/")))
    }

    // The booklet.
    public static let printFolder = "print/"
    public static let bookletHTML = "print/booklet.html"
    public static let bookletPDF = "print/booklet.pdf"
    public static let bookletFonts = "print/fonts/"

    // Open data.
    public static let dataFolder = "data/"
    public static let reportXML = "data/report.xml"
    public static let reportXSD = "data/report.xsd"
    public static let reportXSL = "data/report.xsl"
    public static let reportJSON = "data/report.json"
    public static let reportJSONSchema = "data/report.schema.json"
    public static let projectsCSV = "data/projects.csv"
    public static let indicatorsCSV = "data/indicators.csv"
    public static let alignmentCSV = "data/alignment.csv"
    public static let strategicIndicatorsCSV = "data/strategic_indicators.csv"
    public static let trendsCSV = "data/trends.csv"
    public static let catalog = "data/catalog.json"

    // Evidence.
    public static let evidenceFolder = "evidence/"

    /// Where an evidence file a unit attached is published.
    public static func evidence(unit: String, file: String) -> String {
        let clean = file.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        return "\(evidenceFolder)\(unit)/\(clean)"
    }

    // The publication.
    public static let manifest = "manifest.json"
}
