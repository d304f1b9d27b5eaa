import Foundation

/// A published folder seen through URLs: maps a request target to a file inside the folder, and
/// never to anything outside it.
///
/// The folder is looked up afresh on every request, because a build swaps in a whole new folder
/// under the same name.
public struct SiteFolder: Sendable {
    /// The folder served at `/`.
    public var root: URL

    /// Where a request target leads.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the folder.
        case file(URL)
        /// A folder asked for without its trailing slash: the location to send the browser to,
        /// so that the page's relative links resolve.
        case redirect(String)
        /// Nothing there.
        case notFound
        /// A target that is malformed or would lead outside the folder (`..`, an encoded `..`,
        /// a NUL, a backslash, a symbolic link pointing out).
        case forbidden
    }

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Resolves a request target as it arrived on the request line (`/units/a.html?x=1`, still
    /// percent-encoded). A folder is served by its `index.html`.
    public func resolve(_ target: String) -> Resolution {
        guard let components = Self.components(of: target) else { return .forbidden }
        var url = root
        for component in components { url.appendPathComponent(component) }

        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        guard isInside(url) else { return .forbidden }
        if isDirectory.boolValue {
            let rawPath = Self.rawPath(of: target)
            guard rawPath.hasSuffix("/") else { return .redirect(rawPath + "/") }
            url.appendPathComponent("index.html")
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return .notFound }
            guard isInside(url) else { return .forbidden }
        }
        return .file(url)
    }

    /// The decoded path components of a target, or nil when the target must be refused.
    /// Empty components and `.` are dropped; `..` anywhere refuses the whole target rather than
    /// being resolved, so that no spelling of it (`%2e%2e`, `..%2f`) can climb out.
    static func components(of target: String) -> [String]? {
        let rawPath = rawPath(of: target)
        guard rawPath.hasPrefix("/") else { return nil }
        var out: [String] = []
        for rawComponent in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let component = rawComponent.removingPercentEncoding else { return nil }
            // A decoded slash or backslash would hide a `..` inside one component.
            if component.contains("/") || component.contains("\\") || component.contains("\0") { return nil }
            if component == ".." { return nil }
            if component.isEmpty || component == "." { continue }
            out.append(component)
        }
        return out
    }

    /// The path part of a target: before any `?` query or `#` fragment, still percent-encoded.
    static func rawPath(of target: String) -> String {
        let end = target.firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
        return String(target[..<end])
    }

    /// Whether `url`, after following symbolic links, is still inside the folder.
    func isInside(_ url: URL) -> Bool {
        let base = root.resolvingSymlinksInPath().path
        let path = url.resolvingSymlinksInPath().path
        return path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
