import Foundation
import PlanPressCore

/// A parsed file: its decoded text, its root node (nil when it could not be read) and the problems found.
public struct LoadedDocument: Sendable {
    public var path: String
    public var source: SourceText?
    public var root: Node?
    public var diagnostics: [Diagnostic]
}

/// Reads a file from disk and parses it as YAML or JSON according to its extension.
public enum DocumentLoader {
    /// Files larger than this are refused before they are parsed.
    public static let maximumBytes = 5 * 1024 * 1024

    /// Loads `url`, naming it `displayPath` in diagnostics.
    public static func load(_ url: URL, displayPath: String) -> LoadedDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: [FileUnreadable.unreadable(path: displayPath)])
        }
        return parse([UInt8](data), displayPath: displayPath, json: url.pathExtension.lowercased() == "json")
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
