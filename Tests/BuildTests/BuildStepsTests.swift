import Foundation
import Testing

@testable import PlanPressBuild

/// The build is a list of named steps; a failure says which step and which file.
@Suite struct BuildStepsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theStepsRunInTheirOrder() {
        #expect(
            Builder.steps.map(\.name) == [
                "fingerprint", "verify", "read+validate", "history", "align", "staging", "templates", "site", "search", "evidence",
                "booklet",
                "data", "audit", "publish", "cache",
            ])
    }

    /// A template that does not parse stops the build in the templates step, naming the file, and
    /// leaves the output folder as it was.
    @Test func aBrokenTemplateNamesItsStepAndFile() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("steps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let templates = work.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("templates"), to: templates)
        try "{{#units}} never closed".write(to: templates.appendingPathComponent("unit.mustache"), atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "before".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let outcome = await Builder(
            contentURL: Self.root.appendingPathComponent("content"), templatesURL: templates, outputURL: output, workingDirectory: work,
            environment: ["PLANPRESS_PDF_ENGINE": "none"]
        ).run()
        let message = try #require(outcome.failure?.message)
        #expect(message.en.hasPrefix("internal error in step templates (unit.mustache): "), "\(message.en)")
        #expect(message.th.hasPrefix("ข้อผิดพลาดภายใน ขั้น templates (unit.mustache): "), "\(message.th)")
        #expect(outcome.published == nil)
        #expect(outcome.stages.map(\.name) == ["read+validate", "history", "align", "staging"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "before")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["output", "templates"])
    }
}
