import Foundation

/// Runs the real `planpress` executable, the one `swift build` / `swift test` just built, the way
/// a user does: a separate process with its own working directory, exit status and streams.
public struct BinaryRunner {
    public struct Result: CustomStringConvertible {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var timedOut: Bool

        public var description: String { "exit \(status)\(timedOut ? " (timed out)" : "")\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// The package root, found from this source file (Tests/PlanPressTestSupport/BinaryRunner.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `planpress` executable: `PLANPRESS_BIN` if set, else the build folder that holds the
    /// test bundle (`.build/<triple>/debug/`), searched upwards from the test process.
    public static let executable: URL? = {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["PLANPRESS_BIN"], fm.isExecutableFile(atPath: explicit) {
            return URL(fileURLWithPath: explicit)
        }
        var starts: [URL] = [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0 }.map { $0.standardizedFileURL.resolvingSymlinksInPath() }
        starts += Bundle.allBundles.map(\.bundleURL)
        for start in starts {
            var dir = start
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("planpress")
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    fm.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        // Last resort: the conventional debug product of this package.
        let fallback = packageRoot.appendingPathComponent(".build/debug/planpress")
        return fm.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }()

    /// Runs `planpress arguments…` in `directory` and waits at most `timeout` seconds (then kills it,
    /// so a hanging run fails the test instead of hanging the suite).
    public static func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 180, environment extra: [String: String] = [:])
        throws
        -> Result
    {
        guard let executable else {
            throw Failure(description: "planpress executable not found next to the test bundle; run `swift build` or set PLANPRESS_BIN")
        }
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("planpress-run-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["TERM"] = "dumb"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (k, v) in extra { env[k] = v }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            timedOut: timedOut)
    }

    // MARK: Scratch folders

    /// A fresh empty folder under the system's temporary directory.
    public static func makeTemporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-e2e-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.resolvingSymlinksInPath()
    }

    /// Every regular file under `root`, by path relative to it, with its bytes.
    public static func snapshot(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            out[path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path] = try Data(contentsOf: url)
        }
        return out
    }
}
