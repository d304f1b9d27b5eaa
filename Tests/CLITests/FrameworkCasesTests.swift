import Foundation
import PlanPressTestSupport
import Testing

/// `framework/`: base/ whose plan file carries the framework's cases (PP714–PP718), each marker
/// where the real binary's diagnostic must land.
@Suite struct FrameworkCasesTests {
    static let folder = Fixtures.frameworkCases
    /// The files the cases change; every other file is base's.
    static let changed: Set<String> = ["site.yaml", "framework/3-spe.yaml", "units/beta-college.yaml"]

    @Test("framework/ is base/ but for the plan file and the unit that reports the cases")
    func mirrorsBase() throws {
        #expect(FixtureMarkers.files(under: Self.folder) == FixtureMarkers.files(under: Fixtures.base))
        for path in FixtureMarkers.files(under: Fixtures.base) where !Self.changed.contains(path) {
            let a = try Data(contentsOf: Fixtures.base.appendingPathComponent(path))
            let b = try? Data(contentsOf: Self.folder.appendingPathComponent(path))
            #expect(a == b, "framework/\(path) must be a byte copy of base/\(path)")
        }
    }

    @Test("check on framework/: every marker at its file:line:col with its words, and nothing else")
    func everyMarkerLands() throws {
        let expectations = try FixtureMarkers.expectations(in: Self.folder, sidecar: false)
        let covered = Set(expectations.map(\.code))
        #expect(covered.isSuperset(of: FixtureMarkers.frameworkCodes), "no case for \(FixtureMarkers.frameworkCodes.subtracting(covered))")
        let result = try BinaryRunner.run(["check", "--content", Self.folder.path, "--lang", "en"], in: Fixtures.e2eRoot)
        #expect(result.status == 1 && !result.timedOut, "\(result)")
        let printed = EndToEndTests.diagnosticLines(result.stderr, error: "error", warning: "warning")
        for e in expectations {
            let word = e.isWarning || e.code == "PP717" ? "warning" : "error"
            let hit = printed.first { $0.hasPrefix("framework/\(e.path):\(e.line):") && $0.contains(": \(word)[\(e.code)]: ") }
            #expect(hit != nil, "missing \(word)[\(e.code)] at \(e)\n\(result.stderr)")
            if let hit, let words = e.mentions { #expect(hit.contains(words), "\(hit) should mention \(words)") }
        }
        #expect(printed.count == expectations.count, "\(printed.joined(separator: "\n"))")
    }

    @Test("build on framework/ stops at the plan file's errors and publishes nothing, even with --partial")
    func buildStops() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pp-framework-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try BinaryRunner.run(
            ["build", "--content", Self.folder.path, "--templates", Fixtures.templates.path, "--output", out.path, "--partial"],
            in: Fixtures.e2eRoot)
        #expect(result.status == 1 && result.stderr.contains("[PP718]"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }
}
