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

    public struct PublishError: LocatedError, CustomStringConvertible {
        public var description: String
        /// The file, relative to the output folder.
        public var path: String?

        public init(description: String, path: String? = nil) {
            self.description = description
            self.path = path
        }
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

        /// True when the file at `path` is still the one published: same inode, size and date.
        public func isUntouched(at path: String) -> Bool {
            Publisher.stamp(path).map { $0.inode == inode && $0.mtime == mtime && $0.size == size } == true
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
    /// so `rsync` and web caches see it as unchanged. The swap stays atomic. The work is
    /// `StagingFolder`'s, which a build also feeds page by page.
    public func publish(_ files: [OutputFile], reusing previous: [String: Entry]) throws -> Result {
        let staging = try StagingFolder(outputURL: outputURL, reusing: previous)
        do {
            try staging.add(files)
        } catch {
            staging.discard()
            throw error
        }
        return try staging.commit()
    }

    /// Writes `bytes` to a new file at `path` (mode 0666 less the umask, as `Data.write` makes it),
    /// with plain system calls: no copy of the bytes into a `Data` first.
    package static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw PublishError(description: "cannot create \(path): \(String(cString: strerror(errno)))", path: path) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { try writeAll($0, to: fd, path: path) }
    }

    /// Writes all of `raw` to `fd` (retrying short and interrupted writes).
    package static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw PublishError(description: "cannot write \(path): \(String(cString: strerror(errno)))", path: path)
            }
            offset += n
        }
    }

    /// Inode, size and modification time (nanoseconds) of a regular file, or nil.
    public static func stamp(_ path: String) -> (inode: UInt64, size: Int, mtime: Int64)? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (UInt64(st.st_ino), Int(st.st_size), Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    /// Swaps the finished `staging` folder in as the output folder; the previous one is removed.
    package func swapIn(_ staging: URL, old: URL) throws {
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
    package func removeLeftovers(in parent: URL, name: String) {
        let fm = FileManager.default
        let prefixes = [".\(name).staging-", ".\(name).old-"]
        for entry in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where prefixes.contains(where: { entry.hasPrefix($0) }) {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    /// Only relative paths without `..` components are ever written.
    package static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
