import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#endif

/// Markdown → HTML with cmark-gfm (CommonMark plus GFM tables, strikethrough and autolinks).
///
/// Safe mode is on: raw HTML is replaced by a comment and `javascript:`, `vbscript:`, `file:`
/// and `data:` link targets are dropped, so unit text can never inject markup.
public enum Markdown {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensions = ["table", "strikethrough", "autolink"]

    /// Renders `text` to an HTML fragment.
    public static func html(_ text: String) -> String {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return "" }
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { ptr in
                cmark_parser_feed(parser, ptr, buffer.count)
            }
        }
        bytes = []
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        restrictLinks(document)
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Keeps only http(s), mail and relative link and image targets; any other scheme (`data:`,
    /// `javascript:`, `file:` …) is emptied, so the text stays but the link goes nowhere.
    package static func restrictLinks(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) else { continue }
            if !isAllowed(String(cString: raw)) { cmark_node_set_url(node, "") }
        }
    }

    /// `https:`, `http:`, `mailto:` or no scheme at all (a relative path or `#fragment`).
    public static func isAllowed(_ url: String) -> Bool {
        let trimmed = url.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = trimmed[..<colon]
        // A colon after a slash, `?` or `#` is part of a relative path, not a scheme.
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto"].contains(scheme.lowercased())
    }
}
