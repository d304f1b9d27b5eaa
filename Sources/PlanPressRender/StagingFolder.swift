import Foundation
import PlanPressCore

#if canImport(Glibc)
    import Glibc
#endif

/// A build's files written as soon as they are made, from every core, into a fresh folder beside
/// the output folder, then swapped in whole (`commit`) or removed (`discard`).
///
/// Only the files the channel audit reads stay in memory (`kept`); every other page is hashed,
/// written and let go, so a national build does not hold its gigabytes of pages at once. A file
/// whose bytes equal the previous build's and that is untouched in the output folder is
/// hard-linked instead of written: it keeps its inode and date. `Publisher.publish` works
/// through it too.
public final class StagingFolder: @unchecked Sendable {
    let outputURL: URL
    let staging: URL
    let old: URL
    let previous: [String: Publisher.Entry]
    private let lock = NSLock()
    private var records: [String: Record] = [:]
    private var folders = Set<String>()
    private var keptFiles: [OutputFile] = []
    private var writtenCount = 0

    /// What the staging folder knows of one file.
    public struct Record: Sendable {
        public var size: Int
        public var sha256: String
    }

    /// Makes the staging folder (after removing what a killed build left beside the output folder).
    public init(outputURL: URL, reusing previous: [String: Publisher.Entry] = [:]) throws {
        self.outputURL = outputURL.standardizedFileURL
        self.previous = previous
        let parent = self.outputURL.deletingLastPathComponent()
        let name = self.outputURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        old = parent.appendingPathComponent(".\(name).old-\(pid)")
        let publisher = Publisher(outputURL: self.outputURL)
        publisher.removeLeftovers(in: parent, name: name)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Hashes and writes `files` on every core; those for which `keep` is true stay in memory.
    public func add(_ files: [OutputFile], keep: @Sendable (String) -> Bool = { _ in false }) throws {
        let results = Parallel.map(files) { file in Result { try self.add(file, keep: keep(file.path)) } }
        for r in results { try r.get() }
    }

    /// Hashes and writes one file; safe to call from any thread.
    public func add(_ file: OutputFile, keep: Bool) throws {
        guard Publisher.isSafe(file.path) else { throw Publisher.PublishError(description: "refusing to write \(file.path)") }
        let digest = Manifest.sha256(file.bytes)
        let url = staging.appendingPathComponent(file.path)
        let folder = url.deletingLastPathComponent().path
        try stage(file.path, Record(size: file.bytes.count, sha256: digest), in: folder, keep: keep ? file : nil)
        let current = outputURL.appendingPathComponent(file.path).path
        if let entry = previous[file.path], entry.sha256 == digest, entry.size == file.bytes.count, entry.isUntouched(at: current),
            link(current, url.path) == 0
        {
            return
        }
        try Publisher.write(file.bytes, to: url.path)
        lock.withLock { writtenCount += 1 }
    }

    /// Takes the files at `paths` from the output folder as the last build published them
    /// (hard links, with their digests from `previous`), all or none: false, and nothing staged,
    /// when one of them is not there exactly as published.
    public func reuse(_ paths: [String]) -> Bool {
        var linked: [String] = []
        func undo() -> Bool {
            for path in linked { unlink(staging.appendingPathComponent(path).path) }
            lock.withLock { for path in linked { records[path] = nil } }
            return false
        }
        for path in paths {
            guard Publisher.isSafe(path), let entry = previous[path] else { return undo() }
            let current = outputURL.appendingPathComponent(path).path
            guard entry.isUntouched(at: current) else { return undo() }
            let url = staging.appendingPathComponent(path)
            let folder = url.deletingLastPathComponent().path
            guard (try? stage(path, Record(size: entry.size, sha256: entry.sha256), in: folder, keep: nil)) != nil else { return undo() }
            guard link(current, url.path) == 0 else {
                lock.withLock { records[path] = nil }
                return undo()
            }
            linked.append(path)
        }
        return true
    }

    /// Records `path` (refused when already staged), keeps `file` for the audit, and makes the
    /// folder it goes in: under the lock, since another thread may be about to write there too.
    private func stage(_ path: String, _ record: Record, in folder: String, keep file: OutputFile?) throws {
        try lock.withLock {
            guard records[path] == nil else { throw Publisher.PublishError(description: "refusing to write \(path) twice") }
            records[path] = record
            if let file { keptFiles.append(file) }
            if folders.insert(folder).inserted {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        }
    }

    /// The files kept for the audit, in path order.
    public var kept: [OutputFile] {
        lock.withLock { keptFiles }.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    /// Every file staged so far, by path.
    public var staged: [String: Record] { lock.withLock { records } }

    /// Swaps the staging folder in as the output folder and returns what was published.
    public func commit() throws -> Publisher.Result {
        let fm = FileManager.default
        do {
            let keep = outputURL.appendingPathComponent(".gitkeep")
            // The repository keeps output/ with a .gitkeep; carry it so git sees no change.
            if fm.fileExists(atPath: keep.path) {
                try fm.copyItem(at: keep, to: staging.appendingPathComponent(".gitkeep"))
            }
            try Publisher(outputURL: outputURL).swapIn(staging, old: old)
        } catch {
            discard()
            throw error
        }
        let all = staged
        var entries: [String: Publisher.Entry] = [:]
        for (path, record) in all {
            if let st = Publisher.stamp(outputURL.appendingPathComponent(path).path) {
                entries[path] = Publisher.Entry(sha256: record.sha256, size: st.size, inode: st.inode, mtime: st.mtime)
            }
        }
        return Publisher.Result(bytes: all.values.reduce(0) { $0 + $1.size }, written: lock.withLock { writtenCount }, entries: entries)
    }

    /// Removes the staging folder: the output folder stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
