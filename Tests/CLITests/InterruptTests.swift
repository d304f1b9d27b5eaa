import Foundation
import PlanPressTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An interrupted build: with a stand-in PDF engine that records its signal state and sleeps,
/// SIGINT or SIGTERM to `planpress build` ends the engine, leaves no folder beside `output/`
/// and exits 130 or 143.
@Suite(.serialized) struct InterruptTests {
    /// The stand-in writes its pid, then becomes `sleep` in the same process (whose signal
    /// state the test reads: the shell itself blocks signals around its own children).
    static let standIn = """
        #!/bin/sh
        echo $$ > "$STANDIN_REPORT.tmp"
        mv "$STANDIN_REPORT.tmp" "$STANDIN_REPORT"
        exec sleep 60
        """

    static func mask(_ line: Substring) -> UInt64 {
        UInt64(line.split(separator: "\t").last?.trimmingCharacters(in: .whitespaces) ?? "", radix: 16) ?? .max
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func theSignalEndsTheEngineAndLeavesNothing(_ signal: Int32, _ expected: Int32) throws {
        let dir = try Fixtures.stage(Fixtures.base, "interrupt-\(signal)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let engine = dir.appendingPathComponent("engine.sh")
        try Self.standIn.write(to: engine, atomically: true, encoding: .utf8)
        chmod(engine.path, 0o755)
        let report = dir.appendingPathComponent("engine.report")
        let process = Process()
        process.executableURL = try #require(BinaryRunner.executable)
        process.arguments = ["build", "--content", "content", "--templates", Fixtures.templates.path, "--output", "out"]
        process.currentDirectoryURL = dir
        var environment = ProcessInfo.processInfo.environment
        environment["PLANPRESS_PDF_ENGINE"] = engine.path
        environment["STANDIN_REPORT"] = report.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: report.path), Date() < deadline, process.isRunning { usleep(50_000) }
        let pid = try #require(Int32(try String(contentsOf: report, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        func comm() -> String {
            ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .newlines)
        }
        while comm() != "sleep", Date() < deadline { usleep(20_000) }
        let lines = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8).split(separator: "\n")
        // The engine starts with nothing blocked, and SIGINT and SIGTERM at their default action.
        let blocked = Self.mask(try #require(lines.first { $0.hasPrefix("SigBlk") }))
        let ignored = Self.mask(try #require(lines.first { $0.hasPrefix("SigIgn") }))
        #expect(blocked == 0, "SigBlk \(String(blocked, radix: 16))")
        #expect(ignored & (1 << (UInt64(SIGINT) - 1) | 1 << (UInt64(SIGTERM) - 1)) == 0, "SigIgn \(String(ignored, radix: 16))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.hasPrefix(".out.") })

        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == expected)
        // Gone, or a zombie waiting for init to reap it.
        let state = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("State:") }
        #expect(state == nil || state?.contains("Z") == true, "the engine still runs: \(state ?? "")")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".out") || $0 == "out" }
        #expect(left.isEmpty, "left beside output/: \(left)")
    }

    @Test func anEngineOverItsTimeLimitIsStoppedAndNothingIsPublished() throws {
        let dir = try Fixtures.stage(Fixtures.base, "pdf-time-limit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let engine = dir.appendingPathComponent("engine.sh")
        try Self.standIn.write(to: engine, atomically: true, encoding: .utf8)
        chmod(engine.path, 0o755)
        let report = dir.appendingPathComponent("engine.report")
        let result = try BinaryRunner.run(
            ["build", "--content", "content", "--templates", Fixtures.templates.path, "--output", "out", "--lang", "en"], in: dir,
            environment: ["PLANPRESS_PDF_ENGINE": engine.path, "STANDIN_REPORT": report.path, "PLANPRESS_PDF_SECONDS": "1"])
        #expect(result.status == 2 && result.stderr.contains("time limit (PLANPRESS_PDF_SECONDS)"), "\(result)")
        let pid = try #require(Int32(try String(contentsOf: report, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        usleep(300_000)
        let state = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("State:") }
        #expect(state == nil || state?.contains("Z") == true, "the engine still runs: \(state ?? "")")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".out") || $0 == "out" }
        #expect(left.isEmpty, "left beside output/: \(left)")
    }
}
