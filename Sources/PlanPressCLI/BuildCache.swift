import Foundation
import PlanPressCore
import PlanPressRender

/// What `build` remembers between runs (in `.planpress-cache/`, ignored by git): a digest of every
/// input and setting, the diagnostics and summary of the last published build, and the files it
/// published. With the same inputs and an untouched output folder, a build publishes nothing
/// again; otherwise it reuses the unchanged files (see `StagingFolder`).
struct BuildCache {
    /// The cache folder; one record per output folder.
    var folder: URL
    var outputURL: URL

    /// The last published build for one output folder.
    struct Record: Codable {
        static let version = 3
        var version = Record.version
        var fingerprint: String
        /// The digest of every input but the units' files (`Inputs.global`).
        var global: String
        /// Per unit id, the key its pages were rendered under (`Builder.unitKey`).
        var unitKeys: [String: String]
        var diagnostics: [Diagnostic]
        /// Units and projects read, as `check` counts them.
        var units: Int
        var projects: Int
        /// What the build published, as its summary said.
        var published: Builder.Published
        var entries: [String: Publisher.Entry]
    }

    var recordURL: URL {
        let key = Manifest.sha256(Array(outputURL.standardizedFileURL.path.utf8)).prefix(16)
        return folder.appendingPathComponent("build-\(key).json")
    }

    func load() -> Record? {
        guard let data = try? Data(contentsOf: recordURL), let record = try? JSONDecoder().decode(Record.self, from: data),
            record.version == Record.version
        else { return nil }
        return record
    }

    /// Saves `record`; a cache that cannot be written only costs the next build its shortcut.
    func save(_ record: Record) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) { try? Data("*\n".utf8).write(to: ignore) }
        guard let data = try? JSONEncoder().encode(record) else { return }
        try? data.write(to: recordURL, options: .atomic)
    }

    /// Forgets the record, so the next build starts from scratch.
    func clear() {
        try? FileManager.default.removeItem(at: recordURL)
    }

    /// Whether every file the record lists is still in the output folder as it was published.
    static func outputIsIntact(_ record: Record, outputURL: URL) -> Bool {
        let paths = Array(record.entries.keys)
        guard paths.count == record.published.files else { return false }
        return !Parallel.map(paths) { path -> Bool in
            record.entries[path]?.isUntouched(at: outputURL.appendingPathComponent(path).path) == true
        }.contains(false)
    }

    /// What a build reads, digested: everything together, everything but the units' files, and
    /// each unit's files (`content/units/ID.yaml`, `.json`, or the folder `content/units/ID/`).
    struct Inputs {
        var fingerprint: String
        var global: String
        var units: [String: String]
    }

    /// Digests of each file of content/ and templates/ (path and bytes), the settings, the
    /// environment that changes the output, and this executable.
    static func inputs(content: URL, templates: URL, settings: [String]) -> Inputs {
        var inputs: [(String, URL)] = []
        for (label, root) in [("content", content), ("templates", templates)] {
            for path in files(under: root) { inputs.append(("\(label)/\(path)", root.appendingPathComponent(path))) }
        }
        let digests = Parallel.map(inputs.map(\.1)) { url -> String in
            guard let data = try? Data(contentsOf: url) else { return "unreadable" }
            return Manifest.sha256([UInt8](data))
        }
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
            units: units.mapValues { Manifest.sha256(Array($0.utf8)) })
    }

    /// The unit an input file belongs to: `content/units/ID.ext` or `content/units/ID/…`.
    static func unitID(ofInput path: String) -> String? {
        guard path.hasPrefix("content/units/") else { return nil }
        let rest = path.dropFirst("content/units/".count)
        if let slash = rest.firstIndex(of: "/") { return String(rest[..<slash]) }
        guard let dot = rest.lastIndex(of: "."), dot > rest.startIndex else { return String(rest) }
        return String(rest[..<dot])
    }

    /// Every regular file under `root`, as sorted relative paths (hidden files included: a
    /// template may start with a dot).
    static func files(under root: URL) -> [String] {
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
