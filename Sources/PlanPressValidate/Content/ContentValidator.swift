import Foundation
import PlanPressCore
import PlanPressParse

/// A unit file that has errors and is left out of the report.
public struct RejectedUnit: Sendable {
    public var path: String
    /// The unit id the file is named after.
    public var unitID: String
    public var name: String?
    public var errorCount: Int
    public var warningCount: Int

    public init(path: String, unitID: String, name: String?, errorCount: Int, warningCount: Int) {
        self.path = path
        self.unitID = unitID
        self.name = name
        self.errorCount = errorCount
        self.warningCount = warningCount
    }
}

/// Everything the validate stage hands on: typed content plus every diagnostic.
public struct ValidatedContent: Sendable {
    public var site: SiteConfig?
    public var framework: PlanFramework
    public var pages: [Page]
    /// Accepted submissions, sorted by unit id.
    public var submissions: [Submission]
    public var rejected: [RejectedUnit]
    /// Expected units with no submission file at all.
    public var missing: [ExpectedUnit]
    public var diagnostics: [Diagnostic]
    /// True when the site configuration, the framework or a page has an error: nothing can be built.
    public var hasGlobalErrors: Bool

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads and checks a whole content folder: every file, every rule, all problems in one run.
public struct ContentValidator: Sendable {
    public var contentURL: URL
    /// How paths are shown: relative to this folder (the working directory).
    public var displayBase: URL
    /// How the run counts diagnostics (`--strict`: warnings count as errors, and a unit with
    /// one is left out).
    public var engine: DiagnosticEngine

    public init(contentURL: URL, displayBase: URL, engine: DiagnosticEngine) {
        self.contentURL = contentURL.standardizedFileURL
        self.displayBase = displayBase.standardizedFileURL
        self.engine = engine
    }

    public init(contentURL: URL, displayBase: URL, strict: Bool) {
        self.init(contentURL: contentURL, displayBase: displayBase, engine: DiagnosticEngine(strict: strict))
    }

    /// The path as the user should see it: relative to the working directory, with `../` when
    /// the content lies above it.
    package func display(_ url: URL) -> String {
        let target = url.standardizedFileURL.pathComponents
        let base = displayBase.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        // Only the root in common: an absolute path reads better than a long climb.
        if common <= 1 { return url.standardizedFileURL.path }
        let up = Array(repeating: "..", count: base.count - common)
        let parts = up + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    package func sortedChildren(_ url: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        // Byte order of the UTF-8 names: the same on every machine and locale.
        return names.filter { !$0.hasPrefix(".") }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map {
            url.appendingPathComponent($0)
        }
    }

    package func isDirectory(_ url: URL) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &dir) && dir.boolValue
    }

    /// A unit source found on disk: a file, or a folder with `report.yaml|yml|json|xlsx`.
    struct UnitSource: Sendable {
        var url: URL
        var expectedID: String
        var evidenceRoot: URL
        var isFolder: Bool
    }

    /// The owner files Excel (`~$x.xlsx`) and LibreOffice (`.~lock.x.xlsx#`) leave beside a
    /// workbook that is open: not submissions.
    static func isLockFile(_ url: URL) -> Bool {
        let name = url.lastPathComponent
        return name.hasPrefix("~$") || name.hasPrefix(".~lock.")
    }

    public func validate() -> ValidatedContent {
        var diagnostics: [Diagnostic] = []
        var globalErrors = false

        // Site configuration.
        let siteURL = contentURL.appendingPathComponent("site.yaml")
        var site: SiteConfig?
        if FileManager.default.fileExists(atPath: siteURL.path) {
            let (s, d) = SiteValidator.validate(DocumentLoader.load(siteURL, displayPath: display(siteURL)))
            site = s
            diagnostics += engine.apply(d)
        } else {
            diagnostics.append(MissingContent.siteConfig(path: display(siteURL)))
        }

        // Framework.
        let frameworkURL = contentURL.appendingPathComponent("framework")
        let planFiles = sortedChildren(frameworkURL).filter { ["yaml", "yml", "json"].contains($0.pathExtension.lowercased()) }
        if planFiles.isEmpty {
            diagnostics.append(MissingContent.framework(path: display(frameworkURL)))
        }
        let (framework, frameworkDiagnostics) = FrameworkValidator.validate(
            planFiles.map { DocumentLoader.load($0, displayPath: display($0)) })
        diagnostics += engine.apply(frameworkDiagnostics)
        if let site, !planFiles.isEmpty, let d = UnknownPrimaryPlan.check(site, framework: framework) {
            diagnostics.append(d)
        }
        if let site {
            diagnostics += engine.apply(UnknownReporter.check(framework, site: site))
        }

        // Pages.
        var pages: [Page] = []
        for url in sortedChildren(contentURL.appendingPathComponent("pages")) where url.pathExtension.lowercased() == "md" {
            let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
            let (page, d) = PageReader.read(bytes, path: display(url), slug: url.deletingPathExtension().lastPathComponent)
            diagnostics += engine.apply(d)
            if let page { pages.append(page) }
        }
        pages.sort { ($0.order, $0.slug) < ($1.order, $1.slug) }
        globalErrors = diagnostics.contains { $0.severity == .error }

        // Units.
        let index = FrameworkIndex(framework: framework, primaryPlan: site?.primaryPlan)
        let validator = SubmissionValidator(site: site, index: index)
        let unitsURL = contentURL.appendingPathComponent("units")
        var sources: [UnitSource] = []
        for url in sortedChildren(unitsURL) {
            if isDirectory(url) {
                let candidates = ["report.yaml", "report.yml", "report.json", "report.xlsx"].map { url.appendingPathComponent($0) }
                if let report = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
                    sources.append(UnitSource(url: report, expectedID: url.lastPathComponent, evidenceRoot: url, isFolder: true))
                } else if site?.expectedUnits.contains(where: { $0.id == url.lastPathComponent }) == true {
                    // A folder named after an expected unit is that unit's submission, without its report.
                    // Any other folder (such as units/evidence/) holds evidence of single-file units.
                    diagnostics.append(MissingContent.unitReport(path: display(url)))
                }
            } else if ["yaml", "yml", "json", "xlsx"].contains(url.pathExtension.lowercased()), !Self.isLockFile(url) {
                sources.append(
                    UnitSource(url: url, expectedID: url.deletingPathExtension().lastPathComponent, evidenceRoot: unitsURL, isFolder: false)
                )
            }
        }

        // Each file is read and checked on its own, on every core; then, in file order, the
        // checks across files (duplicate ids) and the sorting into accepted and rejected.
        let checkedSources = Parallel.map(sources) { source in
            let document = DocumentLoader.load(source.url, displayPath: display(source.url), workbookLayout: UnitWorkbookLayout.layout)
            let (submission, d) = validator.validate(
                document, expectedID: source.expectedID, evidenceRoot: source.evidenceRoot, isFolderForm: source.isFolder)
            return CheckedSource(
                path: document.path, submission: submission, diagnostics: d, unitIDLocation: unitIDLocation(document),
                writtenName: Self.writtenUnitName(document))
        }
        var accepted: [Submission] = []
        var rejected: [RejectedUnit] = []
        var firstPathOfID: [String: String] = [:]
        for (source, checked) in zip(sources, checkedSources) {
            var submission = checked.submission
            var d = checked.diagnostics
            if let s = submission {
                if let first = firstPathOfID[s.unit.id] {
                    d.append(
                        DuplicateUnitID.diagnostic(
                            s.unit.id, firstPath: first, at: checked.unitIDLocation ?? SourceLocation(path: checked.path)))
                    submission = nil
                } else {
                    firstPathOfID[s.unit.id] = checked.path
                }
            }
            d = engine.apply(d)
            diagnostics += d
            let errors = d.count { $0.severity == .error }
            if let s = submission, errors == 0 {
                accepted.append(s)
            } else {
                // The name as the file gives it, else as site.yaml expects it: the status page and
                // the booklet list rejected units by name.
                let name = checked.writtenName ?? site?.expectedUnits.first { $0.id == source.expectedID }?.name
                rejected.append(
                    RejectedUnit(
                        path: checked.path, unitID: source.expectedID, name: name, errorCount: errors,
                        warningCount: d.count { $0.severity == .warning }))
            }
        }

        // Expected units with no file at all.
        var missing: [ExpectedUnit] = []
        if let site {
            let present = Set(sources.map(\.expectedID)).union(accepted.map(\.unit.id))
            for unit in site.expectedUnits where !present.contains(unit.id) {
                missing.append(unit)
                diagnostics += engine.apply([ExpectedUnitMissing.diagnostic(unit)])
            }
        }
        if engine.strict && diagnostics.contains(where: { $0.severity == .error && ($0.location.path == site?.path) }) {
            globalErrors = true
        }

        return ValidatedContent(
            site: site, framework: framework, pages: pages, submissions: accepted.sorted { $0.unit.id < $1.unit.id }, rejected: rejected,
            missing: missing, diagnostics: Diagnostic.sorted(diagnostics), hasGlobalErrors: globalErrors || site == nil)
    }

    /// What checking one file on its own gives, before the checks across files.
    struct CheckedSource: Sendable {
        var path: String
        var submission: Submission?
        var diagnostics: [Diagnostic]
        var unitIDLocation: SourceLocation?
        /// The unit's name as written: the status page names a rejected unit by it.
        var writtenName: String?
    }

    /// `unit.name` as written in a file that did not validate, unless empty or a placeholder.
    static func writtenUnitName(_ document: LoadedDocument) -> String? {
        guard case .mapping(let top)? = document.root?.value, let unit = top.first(where: { $0.key == "unit" })?.value,
            case .mapping(let fields) = unit.value, let node = fields.first(where: { $0.key == "name" })?.value, !node.isNull,
            let text = node.scalar?.text.trimmingCharacters(in: FieldReader.blank), !text.isEmpty,
            SkeletonPlaceholder.placeholder(in: text) == nil
        else { return nil }
        return text
    }

    func unitIDLocation(_ document: LoadedDocument) -> SourceLocation? {
        guard case .mapping(let top)? = document.root?.value, let unit = top.first(where: { $0.key == "unit" })?.value,
            case .mapping(let fields) = unit.value, let id = fields.first(where: { $0.key == "id" })
        else { return nil }
        return id.value.location
    }
}
