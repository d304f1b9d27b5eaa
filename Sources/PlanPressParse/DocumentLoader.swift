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
            let d = Diagnostic(
                .fileUnreadable, at: SourceLocation(path: displayPath),
                th: "อ่านไฟล์ไม่ได้", en: "the file cannot be read")
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: [d])
        }
        return parse([UInt8](data), displayPath: displayPath, json: url.pathExtension.lowercased() == "json")
    }

    /// Parses bytes already in memory.
    public static func parse(_ bytes: [UInt8], displayPath: String, json: Bool) -> LoadedDocument {
        if bytes.count > maximumBytes {
            let d = Diagnostic(
                .fileTooLarge, at: SourceLocation(path: displayPath, line: 1, column: 1),
                th: "ไฟล์มีขนาด \(bytes.count) ไบต์ เกินขีดจำกัด 5 MB",
                en: "the file is \(bytes.count) bytes, over the 5 MB limit",
                hintTH: "ย้ายรูปภาพและเอกสารไปไว้ในโฟลเดอร์ evidence แล้วอ้างด้วย file:",
                hintEN: "move pictures and documents to the evidence folder and refer to them with file:")
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: [d])
        }
        let (decoded, decodeDiagnostics) = SourceText.decode(bytes, path: displayPath)
        guard let source = decoded else {
            return LoadedDocument(path: displayPath, source: nil, root: nil, diagnostics: decodeDiagnostics)
        }
        let (root, parseDiagnostics) = json ? JSONReader().read(source) : YAMLReader().read(source)
        var diagnostics = decodeDiagnostics + parseDiagnostics
        if let root, case .scalar = root.value {
            diagnostics.append(
                Diagnostic(
                    .rootNotMapping, at: root.location,
                    th: "ไฟล์ต้องเป็นชุดฟิลด์ (เช่น format: …) ไม่ใช่ข้อความเดียว",
                    en: "the file must be a map of fields (format: …), not a single value"))
            return LoadedDocument(path: displayPath, source: source, root: nil, diagnostics: diagnostics)
        }
        if let root, case .sequence = root.value {
            diagnostics.append(
                Diagnostic(
                    .rootNotMapping, at: root.location,
                    th: "ไฟล์ต้องเป็นชุดฟิลด์ (เช่น format: …) ไม่ใช่รายการ",
                    en: "the file must be a map of fields (format: …), not a list"))
            return LoadedDocument(path: displayPath, source: source, root: nil, diagnostics: diagnostics)
        }
        return LoadedDocument(path: displayPath, source: source, root: root, diagnostics: diagnostics)
    }
}
