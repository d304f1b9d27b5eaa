import Foundation

/// Confines evidence paths to the folder that holds the submission.
public enum EvidencePath {
    /// The file `relative` names inside `root`, or nil when it is absolute, climbs out with `..`,
    /// or passes through a symbolic link that points out of `root`.
    public static func resolve(_ relative: String, in root: URL) -> URL? {
        guard !relative.hasPrefix("/"), !relative.hasPrefix("\\"), !relative.contains("\\"), !relative.contains(":") else { return nil }
        var parts: [String] = []
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        guard !parts.isEmpty else { return nil }
        let base = root.standardizedFileURL.resolvingSymlinksInPath()
        var url = base
        for p in parts { url.appendPathComponent(p) }
        // Links are followed only when they stay inside the folder.
        let real = url.resolvingSymlinksInPath()
        let basePath = base.path.hasSuffix("/") ? base.path : base.path + "/"
        guard real.path.hasPrefix(basePath) else { return nil }
        return real
    }
}
