import Foundation

/// Watches folders by polling: every `interval` it stats every file under them and compares with
/// the last look. Portable (no inotify or FSEvents), and cheap: a few thousand `stat` calls.
///
/// Hidden files and folders (`.swp` files of editors, `.git`) and backup files ending in `~`
/// are not watched.
public struct FileWatcher: Sendable {
    /// The folders watched, each to any depth.
    public var folders: [URL]
    /// The time between two looks.
    public var interval: Duration
    /// How long the files must stay unchanged before a burst of changes is reported as one.
    public var quiet: Duration

    public init(folders: [URL], interval: Duration = .milliseconds(300), quiet: Duration = .milliseconds(150)) {
        self.folders = folders.map(\.standardizedFileURL)
        self.interval = interval
        self.quiet = quiet
    }

    /// Every watched file by path, with its stamp.
    public func snapshot() -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for folder in folders { walk(folder.path, depth: 0, into: &out) }
        return out
    }

    private func walk(_ path: String, depth: Int, into out: inout [String: FileStamp]) {
        // Depth-limited, so a symbolic link that loops cannot run away.
        guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !Self.isIgnored(name) {
            let child = path + "/" + name
            guard let stamp = FileStamp(path: child) else { continue }
            if stamp.isDirectory {
                walk(child, depth: depth + 1, into: &out)
            } else {
                out[child] = stamp
            }
        }
    }

    /// Names never watched: hidden files and editors' backups.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }

    /// The paths added, removed or changed from `old` to `new`, sorted.
    public static func changes(from old: [String: FileStamp], to new: [String: FileStamp]) -> [String] {
        var changed: [String] = []
        for (path, stamp) in new where old[path] != stamp { changed.append(path) }
        for path in old.keys where new[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    /// Watches until the task is cancelled. After a change, waits until the files have been
    /// quiet for `quiet`, then calls `onChange` with the changed paths and awaits it, so that two
    /// calls never overlap. The files are compared with the look taken just before the call, so
    /// a change made while `onChange` runs (during a build) brings another call afterwards.
    public func watch(from start: [String: FileStamp], onChange: @Sendable ([String]) async -> Void) async {
        var last = start
        while !Task.isCancelled {
            guard (try? await Task.sleep(for: interval)) != nil else { return }
            var now = snapshot()
            if now == last { continue }
            // Let a burst (a save of several files, a git checkout) settle.
            while true {
                guard (try? await Task.sleep(for: quiet)) != nil else { return }
                let again = snapshot()
                if again == now { break }
                now = again
            }
            let changed = Self.changes(from: last, to: now)
            last = now
            await onChange(changed)
        }
    }
}
