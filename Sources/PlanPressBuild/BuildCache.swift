import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressPublish

#if canImport(Glibc)
    import Glibc
#endif

/// What `build` remembers between runs (in `.planpress-cache/`, ignored by git): a digest of every
/// input and setting, the diagnostics and summary of the last published build, and the files it
/// published. With the same inputs and an untouched output folder, a build publishes nothing
/// again; otherwise it reuses the unchanged files (see `StagingFolder`).
package struct BuildCache {
    /// The cache folder; one record per output folder.
    package var folder: URL
    package var outputURL: URL

    /// The last published build for one output folder.
    package struct Record: Codable {
        package static let version = 5
        package var version = Record.version
        package var fingerprint: String
        /// The digest of every input but the units' files (`Inputs.global`).
        package var global: String
        /// Per unit id, the key its pages were rendered under (`Builder.unitKey`).
        package var unitKeys: [String: String]
        package var diagnostics: [Diagnostic]
        /// Units and projects read, as `check` counts them.
        package var units: Int
        package var projects: Int
        /// What the build published, as its summary said.
        package var published: Builder.Published
        @EntryLines package var entries: [String: Publisher.Entry]
        /// Every input file's digest with its size, inode and date when it was read
        /// (`content/…`, `templates/…`), and when that was (nanoseconds since 1970).
        @EntryLines package var inputs: [String: Publisher.Entry]
        package var inputsReadAt: Int64
    }

    /// The published files of a record as one text of lines `sha256 size inode mtime path`,
    /// sorted by path: a national build publishes 42,604 files, which as JSON objects took a
    /// no-op build longer to decode than everything else it does.
    @propertyWrapper
    package struct EntryLines: Codable {
        package var wrappedValue: [String: Publisher.Entry]

        package init(wrappedValue: [String: Publisher.Entry]) {
            self.wrappedValue = wrappedValue
        }

        package init(from decoder: any Decoder) throws {
            var text = try decoder.singleValueContainer().decode(String.self)
            let parsed = text.withUTF8 { Self.parse($0) }
            guard let parsed else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad entry line"))
            }
            wrappedValue = parsed
        }

        /// The lines read as bytes (`String.split` took a third of a no-op build); nil when one is malformed.
        package static func parse(_ p: UnsafeBufferPointer<UInt8>) -> [String: Publisher.Entry]? {
            var entries: [String: Publisher.Entry] = [:]
            var i = 0
            func field() -> Range<Int> {
                let start = i
                while i < p.count, p[i] != 0x20, p[i] != 0x0A { i += 1 }
                return start..<i
            }
            func number(_ r: Range<Int>) -> UInt64? {
                guard !r.isEmpty, r.count <= 20 else { return nil }
                var n: UInt64 = 0
                for k in r {
                    guard p[k] >= 0x30, p[k] <= 0x39 else { return nil }
                    let (times, o1) = n.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(UInt64(p[k] - 0x30))
                    guard !o1, !o2 else { return nil }
                    n = sum
                }
                return n
            }
            while i < p.count {
                var numbers: [UInt64] = []
                var negative = false
                let sha = field()
                for k in 0..<3 {
                    guard i < p.count, p[i] == 0x20 else { return nil }
                    i += 1
                    // A date before 1970 is a negative number of nanoseconds.
                    if k == 2, i < p.count, p[i] == 0x2D {
                        negative = true
                        i += 1
                    }
                    guard let n = number(field()) else { return nil }
                    numbers.append(n)
                }
                guard i < p.count, p[i] == 0x20, numbers[0] <= UInt64(Int.max), numbers[2] <= UInt64(Int64.max) else { return nil }
                i += 1
                // The path is the rest of the line (it may hold spaces).
                let start = i
                while i < p.count, p[i] != 0x0A { i += 1 }
                guard start < i, !sha.isEmpty else { return nil }
                let path = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
                entries[path] = Publisher.Entry(
                    sha256: String(decoding: UnsafeBufferPointer(rebasing: p[sha]), as: UTF8.self), size: Int(numbers[0]),
                    inode: numbers[1], mtime: negative ? -Int64(numbers[2]) : Int64(numbers[2]))
                if i < p.count { i += 1 }
            }
            return entries
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            let paths = wrappedValue.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            try container.encode(
                paths.map { path in
                    let e = wrappedValue[path]!
                    return "\(e.sha256) \(e.size) \(e.inode) \(e.mtime) \(path)"
                }.joined(separator: "\n"))
        }
    }

    package var recordURL: URL {
        let key = Manifest.sha256(Array(outputURL.standardizedFileURL.path.utf8)).prefix(16)
        return folder.appendingPathComponent("build-\(key).json")
    }

    package func load() -> Record? {
        guard let data = try? Data(contentsOf: recordURL), let record = try? JSONDecoder().decode(Record.self, from: data),
            record.version == Record.version
        else { return nil }
        return record
    }

    /// Saves `record`; a cache that cannot be written only costs the next build its shortcut.
    package func save(_ record: Record) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) { try? Data("*\n".utf8).write(to: ignore) }
        guard let data = try? JSONEncoder().encode(record) else { return }
        try? data.write(to: recordURL, options: .atomic)
    }

    /// Forgets the record, so the next build starts from scratch.
    package func clear() {
        try? FileManager.default.removeItem(at: recordURL)
    }

    /// Whether every file the record lists is still in the output folder as it was published.
    package static func outputIsIntact(_ record: Record, outputURL: URL) -> Bool {
        let entries = Array(record.entries)
        guard entries.count == record.published.files else { return false }
        // Paths joined as text: `URL.appendingPathComponent` 42,604 times took longer than the stats.
        let root = outputURL.standardizedFileURL.path + "/"
        return !Parallel.map(Array(entries.indices)) { i -> Bool in entries[i].value.isUntouched(at: root + entries[i].key) }.contains(
            false)
    }

    /// What a build reads, digested: everything together, everything but the units' files, and
    /// each unit's files (`content/units/ID.yaml`, `.json`, or the folder `content/units/ID/`).
    package struct Inputs {
        package var fingerprint: String
        package var global: String
        package var units: [String: String]
        /// Each input file's digest and stamp, for the next build (`Record.inputs`).
        package var stamps: [String: Publisher.Entry] = [:]
        package var readAt: Int64 = 0
    }

    /// How much older than the last build's reading a file's date must be for its recorded digest
    /// to be trusted without reading it: a file written in the same moment as that reading (or
    /// on a coarse clock) is read again, as git does with "racily clean" files.
    package static let trustedAge: Int64 = 2_000_000_000

    /// Digests of each file of content/ and templates/ (path and bytes), the settings, the
    /// environment that changes the output, and this executable. A file whose size, inode and
    /// date are those `previous` recorded, and which was already that old when it was read
    /// (`previousReadAt`), keeps its recorded digest without being read again.
    package static func inputs(
        content: URL, templates: URL, settings: [String], previous: [String: Publisher.Entry] = [:], previousReadAt: Int64 = 0
    ) -> Inputs {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let readAt = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        var inputs: [(String, URL)] = []
        for (label, root) in [("content", content), ("templates", templates)] {
            for path in files(under: root) { inputs.append(("\(label)/\(path)", root.appendingPathComponent(path))) }
        }
        let stamped = Parallel.map(inputs) { (label, url) -> (String, Publisher.Entry?) in
            let stamp = Publisher.stamp(url.path)
            if let stamp, let known = previous[label], known.size == stamp.size, known.inode == stamp.inode,
                known.mtime == stamp.mtime, stamp.mtime < previousReadAt - trustedAge
            {
                return (known.sha256, known)
            }
            guard let data = try? Data(contentsOf: url) else { return ("unreadable", nil) }
            let digest = Manifest.sha256([UInt8](data))
            return (digest, stamp.map { Publisher.Entry(sha256: digest, size: $0.size, inode: $0.inode, mtime: $0.mtime) })
        }
        let digests = stamped.map(\.0)
        var stamps: [String: Publisher.Entry] = [:]
        for ((label, _), (_, stamp)) in zip(inputs, stamped) { stamps[label] = stamp }
        var all = ""
        var global = ""
        var units: [String: String] = [:]
        func add(_ s: String) {
            all += s + "\n"
            global += s + "\n"
        }
        for s in settings { add(s) }
        let env = ProcessInfo.processInfo.environment
        for key in ["PLANPRESS_PDF_ENGINE", "SOURCE_DATE_EPOCH", "PATH"] { add("\(key)=\(env[key] ?? "")") }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        if let st = Publisher.stamp(exe) { add("exe \(exe) \(st.size) \(st.mtime)") }
        for ((path, _), digest) in zip(inputs, digests) {
            let line = "\(path) \(digest)"
            if let unit = unitID(ofInput: path) {
                all += line + "\n"
                units[unit, default: ""] += line + "\n"
            } else {
                add(line)
            }
        }
        return Inputs(
            fingerprint: Manifest.sha256(Array(all.utf8)), global: Manifest.sha256(Array(global.utf8)),
            units: units.mapValues { Manifest.sha256(Array($0.utf8)) }, stamps: stamps, readAt: readAt)
    }

    /// The unit an input file belongs to: `content/units/ID.ext` or `content/units/ID/…`.
    package static func unitID(ofInput path: String) -> String? {
        guard path.hasPrefix("content/units/") else { return nil }
        let rest = path.dropFirst("content/units/".count)
        if let slash = rest.firstIndex(of: "/") { return String(rest[..<slash]) }
        guard let dot = rest.lastIndex(of: "."), dot > rest.startIndex else { return String(rest) }
        return String(rest[..<dot])
    }

    /// Every regular file under `root`, as sorted relative paths (hidden files included: a
    /// template may start with a dot).
    package static func files(under root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var out: [String] = []
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                out.append(path)
            }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
