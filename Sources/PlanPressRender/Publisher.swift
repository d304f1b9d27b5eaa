import CPlanPressSys
import Foundation
import PlanPressCore

#if canImport(Glibc)
    import Glibc
#endif

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
        try publish(files, reusing: [:]).bytes
    }

    /// A published file as the build cache remembers it: its digest, and the inode, size and
    /// modification time it had on disk, so a later build can tell it is still untouched.
    public struct Entry: Sendable, Codable, Equatable {
        public var sha256: String
        public var size: Int
        public var inode: UInt64
        public var mtime: Int64

        public init(sha256: String, size: Int, inode: UInt64, mtime: Int64) {
            self.sha256 = sha256
            self.size = size
            self.inode = inode
            self.mtime = mtime
        }
    }

    /// What an incremental publish did.
    public struct Result: Sendable {
        /// Bytes of the whole published tree.
        public var bytes: Int
        /// Files written anew; the others are the previous build's files, linked unchanged.
        public var written: Int
        /// Every published file, to remember for the next build.
        public var entries: [String: Entry]
    }

    /// Publishes `files` like `publish(_:)`, except that a file whose bytes equal the previous
    /// build's (`previous`, by digest) and that is still untouched in the output folder is not
    /// written again but hard-linked into the new tree: it keeps its inode and modification time,
    /// so `rsync` and web caches see it as unchanged. The swap stays atomic.
    ///
    /// `digests` are the files' SHA-256 when the caller has them already (`DataRenderer.sealed`).
    public func publish(_ files: [OutputFile], reusing previous: [String: Entry], digests known: [String]? = nil) throws -> Result {
        let digests = known ?? Manifest.digests(files)
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
            var made = Set<String>()
            for file in files {
                guard Self.isSafe(file.path), seen.insert(file.path).inserted else {
                    throw PublishError(description: "refusing to write \(file.path)")
                }
                let url = staging.appendingPathComponent(file.path)
                let folder = url.deletingLastPathComponent().path
                if made.insert(folder).inserted { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                total += file.bytes.count
            }
            // Every folder exists: the files are linked or written on every core, each on its own.
            let stagingPath = staging.path
            let outputPath = outputURL.path
            let outcomes = Parallel.map(Array(zip(files.indices, digests))) { i, digest -> Swift.Result<Bool, any Error> in
                let file = files[i]
                let target = stagingPath + "/" + file.path
                let current = outputPath + "/" + file.path
                if let entry = previous[file.path], entry.sha256 == digest, entry.size == file.bytes.count,
                    Self.stamp(current).map({ $0.inode == entry.inode && $0.mtime == entry.mtime && $0.size == entry.size }) == true,
                    link(current, target) == 0
                {
                    return .success(false)
                }
                return Swift.Result { try Self.write(file.bytes, to: target) }.map { true }
            }
            var written = 0
            for outcome in outcomes where try outcome.get() { written += 1 }
            // The repository keeps output/ with a .gitkeep; carry it so git sees no change.
            let keep = outputURL.appendingPathComponent(".gitkeep")
            if fm.fileExists(atPath: keep.path) {
                try fm.copyItem(at: keep, to: staging.appendingPathComponent(".gitkeep"))
            }
            try swapIn(staging, old: old)
            var entries: [String: Entry] = [:]
            for (file, digest) in zip(files, digests) {
                if let st = Self.stamp(outputURL.appendingPathComponent(file.path).path) {
                    entries[file.path] = Entry(sha256: digest, size: st.size, inode: st.inode, mtime: st.mtime)
                }
            }
            return Result(bytes: total, written: written, entries: entries)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Writes `bytes` to a new file at `path` (mode 0666 less the umask, as `Data.write` makes it),
    /// with plain system calls: no copy of the bytes into a `Data` first.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw PublishError(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PublishError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
    }

    /// Inode, size and modification time (nanoseconds) of a regular file, or nil.
    public static func stamp(_ path: String) -> (inode: UInt64, size: Int, mtime: Int64)? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (UInt64(st.st_ino), Int(st.st_size), Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    /// Swaps the finished `staging` folder in as the output folder; the previous one is removed.
    func swapIn(_ staging: URL, old: URL) throws {
        let fm = FileManager.default
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
