import Crypto
import Foundation
import PlanPressCore

#if canImport(Glibc)
    import Glibc
#endif

/// A build's files written as soon as they are made, from every core, into a fresh folder beside
/// the output folder, then swapped in whole (`commit`) or removed (`discard`).
///
/// Every file is hashed, written and let go, so a national build does not hold its gigabytes of
/// pages at once; an observer (the channel audit) is shown each file as it is staged and keeps
/// what it needs.
/// A file whose bytes equal the previous build's and that is untouched in the output folder is
/// hard-linked instead of written: it keeps its inode and date. `Publisher.publish` works
/// through it too.
public final class StagingFolder: @unchecked Sendable {
    package let outputURL: URL
    package let staging: URL
    package let old: URL
    package let previous: [String: Publisher.Entry]
    private let lock = NSLock()
    private var records: [String: Record] = [:]
    private var folders = Set<String>()
    private let observer: (any StagedFileObserver)?
    private var writtenCount = 0
    /// `Interrupts` removes the staging folder and the old output on SIGINT or SIGTERM: either is
    /// disposable at every moment, since the swap is one atomic exchange.
    private var interruptTokens: [Int] = []

    /// What the staging folder knows of one file.
    public struct Record: Sendable {
        public var size: Int
        public var sha256: String
    }

    /// Makes the staging folder (after removing what a killed build left beside the output folder).
    /// `observer` is shown every file that is made (not those reused from the last build).
    public init(
        outputURL: URL, reusing previous: [String: Publisher.Entry] = [:], observer: (any StagedFileObserver)? = nil
    ) throws {
        self.outputURL = outputURL.standardizedFileURL
        self.previous = previous
        self.observer = observer
        let parent = self.outputURL.deletingLastPathComponent()
        let name = self.outputURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        old = parent.appendingPathComponent(".\(name).old-\(pid)")
        let publisher = Publisher(outputURL: self.outputURL)
        publisher.removeLeftovers(in: parent, name: name)
        interruptTokens = [Interrupts.removeOnInterrupt(staging.path), Interrupts.removeOnInterrupt(old.path)]
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    deinit {
        for token in interruptTokens { Interrupts.forget(token) }
    }

    /// Hashes and writes `files` on every core.
    public func add(_ files: [OutputFile]) throws {
        let results = Parallel.map(files) { file in Result { try self.add(file) } }
        for r in results { try r.get() }
    }

    /// Hashes and writes one file, after showing it to the observer; safe to call from any thread.
    public func add(_ file: OutputFile) throws {
        guard Publisher.isSafe(file.path) else {
            throw Publisher.PublishError(description: "refusing to write \(file.path)", path: file.path)
        }
        let digest = Manifest.sha256(file.bytes)
        let url = staging.appendingPathComponent(file.path)
        let folder = url.deletingLastPathComponent().path
        try stage(file.path, Record(size: file.bytes.count, sha256: digest), in: folder)
        observer?.staged(StagedContent(path: file.path, bytes: file.bytes, url: nil))
        let current = outputURL.appendingPathComponent(file.path).path
        if let entry = previous[file.path], entry.sha256 == digest, entry.size == file.bytes.count, entry.isUntouched(at: current),
            link(current, url.path) == 0
        {
            return
        }
        try Publisher.write(file.bytes, to: url.path)
        lock.withLock { writtenCount += 1 }
    }

    /// Writes `path` a piece at a time, hashing as it goes: `produce` hands its bytes to `flush`
    /// (which writes and empties the buffer) whenever it likes; then `check` may read the finished
    /// file and throw to stop the build. The file is never whole in memory (`report.xml` is a
    /// quarter of a gigabyte at national scale). The observer is shown the staged file on disk.
    public func stream(
        _ path: String, _ produce: (_ flush: (inout [UInt8]) -> Void) -> Void, check: (URL) throws -> Void = { _ in }
    ) throws {
        guard Publisher.isSafe(path) else { throw Publisher.PublishError(description: "refusing to write \(path)", path: path) }
        // Refused before a byte is written over the file already staged there.
        guard lock.withLock({ records[path] == nil }) else {
            throw Publisher.PublishError(description: "refusing to write \(path) twice", path: path)
        }
        let url = staging.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw Publisher.PublishError(description: "cannot create \(path): \(String(cString: strerror(errno)))", path: path)
        }
        var hasher = SHA256()
        var size = 0
        var failure: (any Error)?
        produce { bytes in
            defer { bytes.removeAll(keepingCapacity: true) }
            guard failure == nil, !bytes.isEmpty else { return }
            bytes.withUnsafeBytes { raw in
                hasher.update(bufferPointer: raw)
                do { try Publisher.writeAll(raw, to: fd, path: path) } catch { failure = error }
            }
            size += bytes.count
        }
        close(fd)
        if let failure { throw failure }
        try check(url)
        let digest = Manifest.hex(hasher.finalize())
        let current = outputURL.appendingPathComponent(path).path
        // The same bytes as last time, untouched there: the published file is kept (its inode and
        // date), linked beside the written one and put in its place; if it cannot be linked, the
        // written file stays.
        let linked = url.path + ".previous"
        if let entry = previous[path], entry.sha256 == digest, entry.size == size, entry.isUntouched(at: current),
            link(current, linked) == 0
        {
            if rename(linked, url.path) != 0 {
                unlink(linked)
                lock.withLock { writtenCount += 1 }
            }
        } else {
            lock.withLock { writtenCount += 1 }
        }
        try stage(path, Record(size: size, sha256: digest), in: url.deletingLastPathComponent().path)
        observer?.staged(StagedContent(path: path, bytes: nil, url: url))
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
            guard (try? stage(path, Record(size: entry.size, sha256: entry.sha256), in: folder)) != nil else {
                return undo()
            }
            guard link(current, url.path) == 0 else {
                lock.withLock { records[path] = nil }
                return undo()
            }
            linked.append(path)
        }
        return true
    }

    /// Records `path` (refused when already staged) and makes the folder it goes in: under the
    /// lock, since another thread may be about to write there too.
    private func stage(_ path: String, _ record: Record, in folder: String) throws {
        try lock.withLock {
            guard records[path] == nil else { throw Publisher.PublishError(description: "refusing to write \(path) twice", path: path) }
            records[path] = record
            if folders.insert(folder).inserted {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        }
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

/// Is shown every file a `StagingFolder` makes, before the folder is committed: the channel audit
/// reads what the files state this way, so that no file need stay in memory for it.
public protocol StagedFileObserver: Sendable {
    /// A file was staged: called on the thread that staged it, after it was recorded. A streamed
    /// file comes with its URL in the staging folder only; it stays there until `commit`.
    func staged(_ file: StagedContent)
}

/// A staged file as an observer sees it: its bytes when it was made whole, else the staged file.
public struct StagedContent: Sendable {
    public var path: String
    public var bytes: [UInt8]?
    public var url: URL?

    public init(path: String, bytes: [UInt8]?, url: URL?) {
        self.path = path
        self.bytes = bytes
        self.url = url
    }

    /// The bytes, read from the staged file when they were not kept (straight into one buffer:
    /// `report.json` is a quarter of a gigabyte at national scale).
    public func contents() -> [UInt8] {
        if let bytes { return bytes }
        guard let url else { return [] }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return [] }
        let size = Int(st.st_size)
        let read = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
        }
        return read.count == size ? read : []
    }
}
