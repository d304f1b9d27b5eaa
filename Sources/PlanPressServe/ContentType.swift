/// The `Content-Type` the preview server sends for a file, chosen by its extension.
///
/// Covers every kind of file a build writes (pages, styles, scripts, fonts, charts, the open
/// data and the booklet); anything else is sent as bytes.
public enum ContentType {
    /// Types by lower-cased extension. Text types say UTF-8, which is what the build writes.
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "xsd": "application/xml; charset=utf-8",
        "xsl": "application/xslt+xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff2": "font/woff2",
        "woff": "font/woff",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "zip": "application/zip",
    ]

    /// The type sent for bytes of unknown kind.
    public static let fallback = "application/octet-stream"

    /// The `Content-Type` for a file path or URL path (`/data/report.xsd` → `application/xml; charset=utf-8`).
    public static func forPath(_ path: String) -> String {
        byExtension[fileExtension(of: path)] ?? fallback
    }

    /// Whether the path names an HTML page, the only kind of response the live-reload script goes into.
    public static func isHTML(_ path: String) -> Bool {
        let ext = fileExtension(of: path)
        return ext == "html" || ext == "htm"
    }

    /// The lower-cased text after the last dot of the last path component, or "" when there is none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
