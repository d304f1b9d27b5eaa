import Foundation
import Testing

@testable import PlanPressRender

#if canImport(Glibc)
    import Glibc
#endif

/// Promises that hold under faults: byte-identical output whatever the conditions, and an
/// output folder that is always a complete build, even when builds are killed.
@Suite(.serialized) struct TrustTests {
    static let sample = BinaryRunner.packageRoot.appendingPathComponent("content")
    static let templates = BinaryRunner.packageRoot.appendingPathComponent("templates")

    /// Copies `source` into `destination`, creating entries in reverse byte order of their
    /// names, so directory listings come back in another order than in the original.
    static func copyReversed(_ source: URL, to destination: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: source.path).sorted(by: >) {
            let from = source.appendingPathComponent(name)
            let to = destination.appendingPathComponent(name)
            var isDir: ObjCBool = false
            fm.fileExists(atPath: from.path, isDirectory: &isDir)
            if isDir.boolValue { try copyReversed(from, to: to) } else { try fm.copyItem(at: from, to: to) }
        }
    }

    @Test func buildsAreByteIdenticalAcrossTimeZoneLocaleOrderAndPath() throws {
        let work = try BinaryRunner.makeTemporaryDirectory("determinism")
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.copyReversed(Self.sample, to: work.appendingPathComponent("content-b"))
        let first = try BinaryRunner.run(
            [
                "build", "--content", Self.sample.path, "--templates", Self.templates.path, "--output",
                work.appendingPathComponent("one").path,
            ],
            in: work, environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        #expect(first.status == 0, "\(first)")
        let second = try BinaryRunner.run(
            [
                "build", "--content", work.appendingPathComponent("content-b").path, "--templates", Self.templates.path, "--output",
                work.appendingPathComponent("deeper/two").path,
            ],
            in: work, environment: ["TZ": "Asia/Bangkok", "LANG": "th_TH.UTF-8", "LC_ALL": "th_TH.UTF-8"])
        #expect(second.status == 0, "\(second)")
        let a = try BinaryRunner.snapshot(work.appendingPathComponent("one"))
        let b = try BinaryRunner.snapshot(work.appendingPathComponent("deeper/two"))
        #expect(a.count > 100)
        #expect(Set(a.keys) == Set(b.keys))
        let different = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(different.isEmpty, "differ: \(different.prefix(10))")
    }

    /// Checks that `output` is one complete build: every file its manifest lists, with that
    /// hash, and nothing else.
    static func isComplete(_ output: URL) throws -> Bool {
        let files = try BinaryRunner.snapshot(output)
        guard let manifest = files["manifest.json"], let json = try JSONSerialization.jsonObject(with: manifest) as? [String: Any],
            let entries = json["entries"] as? [[String: Any]]
        else { return false }
        var listed = Set<String>()
        for e in entries {
            guard let path = e["path"] as? String, let hash = e["sha256"] as? String, let data = files[path] else { return false }
            if Manifest.sha256([UInt8](data)) != hash { return false }
            listed.insert(path)
        }
        let extra = Set(files.keys).subtracting(listed).subtracting(["manifest.json", ".gitkeep"])
        return extra.isEmpty
    }

    @Test func killedBuildsNeverLeaveABrokenOutput() throws {
        let work = try BinaryRunner.makeTemporaryDirectory("kill")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("output")
        let args = ["build", "--content", Self.sample.path, "--templates", Self.templates.path, "--output", output.path]
        let ok = try BinaryRunner.run(args, in: work)
        #expect(ok.status == 0, "\(ok)")
        #expect(try Self.isComplete(output))
        let binary = try #require(BinaryRunner.executable)
        // Kill builds at spread-out moments of their run; after each, output/ must be whole.
        var generator = SystemRandomNumberGenerator()
        for round in 0..<12 {
            let process = Process()
            process.executableURL = binary
            process.arguments = args
            process.currentDirectoryURL = work
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let delay = UInt32(round * 150_000) + UInt32.random(in: 0..<150_000, using: &generator)
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(FileManager.default.fileExists(atPath: output.path), "round \(round): no output folder")
            #expect(try Self.isComplete(output), "round \(round) (killed after \(delay / 1000) ms): output is not one complete build")
        }
        // The next build cleans what the killed ones left beside output/.
        let again = try BinaryRunner.run(args, in: work)
        #expect(again.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".output.") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
