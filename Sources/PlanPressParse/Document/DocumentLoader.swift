import Foundation
import PlanPressCore
import PlanPressSpreadsheet

/// A parsed file: its decoded text, its root node (nil when it could not be read) and the problems found.
public struct LoadedDocument: Sendable {
    public var path: String
    public var source: SourceText?
    public var root: Node?
    public var diagnostics: [Diagnostic]
    /// The cells of a workbook, for quoting the row a problem is in.
    public var workbook: Workbook?

    public init(path: String, source: SourceText?, root: Node?, diagnostics: [Diagnostic], workbook: Workbook? = nil) {
        self.path = path
        self.source = source
        self.root = root
        self.diagnostics = diagnostics
        self.workbook = workbook
    }
}

/// Reads a file from disk and parses it as YAML, JSON or a workbook according to its extension.
public enum DocumentLoader {
    /// Files larger than this are refused before they are parsed.
    public static let maximumBytes = 5 * 1024 * 1024

    /// Whether `url` names a workbook (`.xlsx`).
    public static func isWorkbook(_ url: URL) -> Bool { url.pathExtension.lowercased() == "xlsx" }

    /// Loads `url`, naming it `displayPath` in diagnostics. A workbook is read following
    /// `workbookLayout`; without one it cannot be read.
    public static func load(_ url: URL, displayPath: String, workbookLayout: WorkbookLayout? = nil) -> LoadedDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: [FileUnreadable.unreadable(path: displayPath)])
        }
        if isWorkbook(url), let workbookLayout {
            return parseWorkbook([UInt8](data), displayPath: displayPath, layout: workbookLayout)
        }
        return parse([UInt8](data), displayPath: displayPath, json: url.pathExtension.lowercased() == "json")
    }

    /// Reads a workbook in memory into the document tree, every node at its sheet and cell.
    public static func parseWorkbook(_ bytes: [UInt8], displayPath: String, layout: WorkbookLayout) -> LoadedDocument {
        if let d = FileTooLarge.check(byteCount: bytes.count, path: displayPath) {
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: [d])
        }
        let workbook: Workbook
        do {
            workbook = try XLSXReader().read(bytes)
        } catch {
            return LoadedDocument(
                path: displayPath, source: nil, root: nil, diagnostics: [WorkbookUnreadable.diagnostic(error, path: displayPath)])
        }
        let (root, diagnostics) = WorkbookDocumentReader(layout: layout, path: displayPath).read(workbook)
        return LoadedDocument(path: displayPath, source: nil, root: root, diagnostics: diagnostics, workbook: workbook)
    }

    /// Parses bytes already in memory.
    public static func parse(_ bytes: [UInt8], displayPath: String, json: Bool) -> LoadedDocument {
        if let d = FileTooLarge.check(byteCount: bytes.count, path: displayPath) {
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: [d])
        }
        let (decoded, decodeDiagnostics) = SourceText.decode(bytes, path: displayPath)
        guard let source = decoded else {
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: decodeDiagnostics)
        }
        let (root, parseDiagnostics) = json ? JSONReader().read(source) : YAMLReader().read(source)
        var diagnostics = decodeDiagnostics + parseDiagnostics
        if let root, let d = RootNotMapping.check(root) {
            diagnostics.append(d)
            return LoadedDocument(path: displayPath, source: source, root: nil, diagnostics: diagnostics)
        }
        return LoadedDocument(path: displayPath, source: source, root: root, diagnostics: diagnostics)
    }
}
