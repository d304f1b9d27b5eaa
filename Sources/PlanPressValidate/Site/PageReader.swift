import Foundation
import PlanPressCore
import PlanPressParse

/// Reads a narrative chapter: Markdown with a YAML front matter (`title`, `order`, `channels`).
public enum PageReader {
    public static func read(_ bytes: [UInt8], path: String, slug: String) -> (Page?, [Diagnostic]) {
        let (decoded, decodeDiagnostics) = SourceText.decode(bytes, path: path)
        guard let source = decoded else { return (nil, decodeDiagnostics) }
        // `\r\n` is one Character in Swift: split on any line break.
        var lines = source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else {
            return (nil, decodeDiagnostics + [PageFrontMatter.missing(path: path)])
        }
        let front = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        lines.removeAll()
        let (root, parsed) = YAMLReader().read(SourceText(path: path, text: front, encoding: source.encoding))
        let r = FieldReader(path: path)
        var result: Page?
        if let root, let f = r.map(root, field: "", known: ["title", "order", "channels"]) {
            let title = r.requiredText(f, "title")
            let order = f.value("order").flatMap { r.integer($0, field: "order") } ?? 0
            var onSite = true
            var inPrint = true
            if let n = f.value("channels"), let items = r.list(n, field: "channels") {
                onSite = false
                inPrint = false
                for item in items {
                    switch item.scalar?.text {
                    case "site": onSite = true
                    case "print": inPrint = true
                    default:
                        r.report(BadEnum.channel(at: item.location))
                    }
                }
            }
            if let title, !r.hasErrors {
                result = Page(slug: slug, title: title, order: order, onSite: onSite, inPrint: inPrint, markdown: body, path: path)
            }
        } else if root == nil && parsed.isEmpty {
            r.report(PageFrontMatter.empty(path: path))
        }
        // The front matter starts on the file's second line.
        let shifted = (parsed + r.diagnostics).map { d -> Diagnostic in
            var d = d
            if d.location.line > 0 { d.location.line += 1 }
            return d
        }
        return (result, decodeDiagnostics + shifted)
    }
}
