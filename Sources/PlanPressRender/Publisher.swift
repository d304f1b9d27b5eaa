import CPlanPressSys
import Foundation

/// Writes a build into a fresh folder beside the output folder and swaps it in with renames,
/// so the output folder is always either the previous complete build or the new one.
public struct Publisher: Sendable {
    public var outputURL: URL

    public init(outputURL: URL) {
        self.outputURL = outputURL.standardizedFileURL
    }

    public struct PublishError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Publishes `files`; returns the number of bytes written.
    @discardableResult
    public func publish(_ files: [OutputFile]) throws -> Int {
        let fm = FileManager.default
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")
        removeLeftovers(in: parent, name: name)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var total = 0
            var seen = Set<String>()
            for file in files {
                guard Self.isSafe(file.path), seen.insert(file.path).inserted else {
                    throw PublishError(description: "refusing to write \(file.path)")
                }
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
                total += file.bytes.count
            }
            // The repository keeps output/ with a .gitkeep; carry it so git sees no change.
            let keep = outputURL.appendingPathComponent(".gitkeep")
            if fm.fileExists(atPath: keep.path) {
                try fm.copyItem(at: keep, to: staging.appendingPathComponent(".gitkeep"))
            }
            if fm.fileExists(atPath: outputURL.path) {
                // One system call swaps the folders, so at no instant is there no output folder.
                // Where the kernel cannot exchange, fall back to two renames.
                if planpress_exchange_paths(staging.path, outputURL.path) == 0 {
                    try fm.moveItem(at: staging, to: old)
                } else {
                    try fm.moveItem(at: outputURL, to: old)
                    do {
                        try fm.moveItem(at: staging, to: outputURL)
                    } catch {
                        try? fm.moveItem(at: old, to: outputURL)
                        throw error
                    }
                }
            } else {
                try fm.moveItem(at: staging, to: outputURL)
            }
            try? fm.removeItem(at: old)
            return total
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Removes the staging and old folders that a killed build left beside the output folder.
    func removeLeftovers(in parent: URL, name: String) {
        let fm = FileManager.default
        let prefixes = [".\(name).staging-", ".\(name).old-"]
        for entry in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where prefixes.contains(where: { entry.hasPrefix($0) }) {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    /// Only relative paths without `..` components are ever written.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
