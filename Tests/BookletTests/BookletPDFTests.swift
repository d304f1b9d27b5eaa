import Foundation
import PlanPressTestSupport
import Testing

/// The booklet PDF, made by the real `planpress build` from the sample content with WeasyPrint,
/// then read back with poppler-utils by `scripts/check_booklet_pdf.py` (contents against pages,
/// Thai digits, no Thai word split across lines, bookmarks, title and language).
///
/// Skipped when WeasyPrint or poppler-utils is missing; `scripts/setup` installs both, so CI runs it.
@Suite(.serialized) struct BookletPDFTests {
    static func onPath(_ command: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
    }

    static let canMakePDF = onPath("weasyprint") && onPath("pdftotext") && onPath("pdftohtml") && onPath("python3")

    /// Where the rendered pages go for CI to keep: `PLANPRESS_ARTIFACTS`, else `.build/artifacts`.
    static let artifacts: URL = {
        if let dir = ProcessInfo.processInfo.environment["PLANPRESS_ARTIFACTS"], !dir.isEmpty {
            return URL(fileURLWithPath: dir).appendingPathComponent("booklet")
        }
        return BinaryRunner.packageRoot.appendingPathComponent(".build/artifacts/booklet")
    }()

    @Test(.enabled(if: canMakePDF, "needs weasyprint and poppler-utils (scripts/setup installs them)"))
    func theSampleBookletPrintsAsABook() throws {
        let work = try BinaryRunner.makeTemporaryDirectory("booklet-pdf")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("output")
        let build = try BinaryRunner.run(
            [
                "build", "--content", BinaryRunner.packageRoot.appendingPathComponent("content").path, "--templates",
                BinaryRunner.packageRoot.appendingPathComponent("templates").path, "--output", output.path,
            ],
            in: work, timeout: 600)
        #expect(build.status == 0, "\(build)")
        let pdf = try Data(contentsOf: output.appendingPathComponent("print/booklet.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(build.stderr.contains("เล่มรายงาน: print/booklet.pdf"), "\(build.stderr)")
        // Made beside output/ and cleaned up: nothing of it is left there.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains(".pdf-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        // The manifest lists the PDF like every other published file.
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"print/booklet.pdf\""))

        let checker = Process()
        checker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        checker.arguments = [
            "python3", BinaryRunner.packageRoot.appendingPathComponent("scripts/check_booklet_pdf.py").path, output.path,
            "--png-dir", Self.artifacts.path,
        ]
        let log = work.appendingPathComponent("check.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        checker.standardOutput = handle
        checker.standardError = handle
        try checker.run()
        checker.waitUntilExit()
        try handle.close()
        let report = try String(contentsOf: log, encoding: .utf8)
        #expect(checker.terminationStatus == 0, "\(report)")
        for check in [
            "contents give the page of each heading", "numbers in Thai digits", "no Thai word or grapheme split across lines",
            "every chapter is a bookmark", "document language", "page numbers in Thai digits", "no heading alone at the foot of a page",
        ] {
            #expect(report.contains("ok   \(check)"), "\(check)\n\(report)")
        }
        #expect(FileManager.default.fileExists(atPath: Self.artifacts.appendingPathComponent("booklet-part-3.png").path))
    }

    /// Without an engine the build still succeeds, writes the HTML booklet, and says once how to
    /// get the PDF.
    @Test func withoutAnEngineTheBuildSaysHowToGetThePDF() throws {
        let work = try BinaryRunner.makeTemporaryDirectory("booklet-nopdf")
        defer { try? FileManager.default.removeItem(at: work) }
        let emptyPath = work.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: emptyPath, withIntermediateDirectories: true)
        let output = work.appendingPathComponent("output")
        let build = try BinaryRunner.run(
            [
                "build", "--content", BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/e2e/base").path, "--templates",
                BinaryRunner.packageRoot.appendingPathComponent("templates").path, "--output", output.path,
            ],
            in: work, environment: ["PATH": emptyPath.path])
        #expect(build.status == 0, "\(build)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("print/booklet.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("print/fonts/Sarabun-Regular.ttf").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("print/booklet.pdf").path))
        #expect(build.stderr.components(separatedBy: "apt-get install weasyprint").count == 2, "\(build.stderr)")
    }
}
