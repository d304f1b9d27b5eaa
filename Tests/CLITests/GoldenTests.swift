import Foundation
import PlanPressTestSupport
import Testing

/// A few small outputs kept whole in `Tests/CLITests/Golden/`, compared byte for byte with
/// what the real executable writes: a project's page, a CSV of the data channel, and the terminal
/// text of `check` on the fixture's broken unit files. A change that alters them fails here and shows
/// the difference; when the change is meant, record them again with
///
///     PLANPRESS_RECORD_GOLDEN=1 swift test --filter GoldenTests
///
/// and review the difference with `git diff Tests/CLITests/Golden/` before committing.
@Suite(.serialized) struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["PLANPRESS_RECORD_GOLDEN"] == "1"
    static let environment = ["SOURCE_DATE_EPOCH": "1767225600", "PLANPRESS_PDF_ENGINE": "none"]

    /// Compares `actual` with the golden file `name`, or records it.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
            Issue.record(
                "\(name) differs from the golden file at line \(line + 1):\n  golden: \(line < e.count ? String(e[line]) : "(end)")\n  actual: \(line < a.count ? String(a[line]) : "(end)")\n(PLANPRESS_RECORD_GOLDEN=1 records it again)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func aProjectPageAndACSVOfTheSample() throws {
        let work = try BinaryRunner.makeTemporaryDirectory("golden-build")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try BinaryRunner.run(
            [
                "build", "--fresh", "--content", BinaryRunner.packageRoot.appendingPathComponent("content").path, "--templates",
                BinaryRunner.packageRoot.appendingPathComponent("templates").path, "--output", "out",
            ], in: work, environment: Self.environment)
        try #require(result.status == 0, "\(result)")
        let out = work.appendingPathComponent("out")
        try Self.expectGolden(
            try String(contentsOf: out.appendingPathComponent("projects/satun-sec/SEC-01.html"), encoding: .utf8), "project-page.html")
        try Self.expectGolden(try String(contentsOf: out.appendingPathComponent("data/alignment.csv"), encoding: .utf8), "alignment.csv")
    }

    @Test func theTerminalTextOfAUnitWithProblems() throws {
        let work = try BinaryRunner.makeTemporaryDirectory("golden-check")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("content")
        let fixture = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/e2e/broken")
        try FileManager.default.copyItem(at: fixture, to: content)
        // The end-to-end fixture's broken units: one file per rule, each problem quoted at its line.
        let result = try BinaryRunner.run(["check", "--content", "content"], in: work, environment: Self.environment)
        let text = result.stderr.replacingOccurrences(of: #"\([0-9.,]+ (ms|s)\)"#, with: "(TIME)", options: .regularExpression)
        try Self.expectGolden("exit \(result.status)\n" + text, "check-broken.txt")
    }
}
