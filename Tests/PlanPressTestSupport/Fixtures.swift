import Foundation
import PlanPressAlign
import PlanPressValidate

/// The fixtures of the repository: the sample content, the end-to-end fixture, the templates.
public enum Fixtures {
    /// The package root, found from this source file.
    public static let packageRoot = BinaryRunner.packageRoot
    /// The sample report's content (`content/`).
    public static let sample = packageRoot.appendingPathComponent("content")
    /// The default templates.
    public static let templates = packageRoot.appendingPathComponent("templates")
    /// The end-to-end fixture: `base/` (valid, figures by hand) and `broken/` (one file per rule).
    public static let e2eRoot = packageRoot.appendingPathComponent("Tests/Fixtures/e2e")
    public static let base = e2eRoot.appendingPathComponent("base")
    public static let broken = e2eRoot.appendingPathComponent("broken")
    /// base/ with the framework cases: the rules on the plan files (PP714–PP718).
    public static let frameworkCases = e2eRoot.appendingPathComponent("framework")

    /// What went wrong in a fixture that must build.
    public struct Unusable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The aligned report of a content folder, as a build makes it (without --strict).
    public static func report(_ content: URL = sample) throws -> Report {
        let validated = ContentValidator(contentURL: content, displayBase: content, strict: false).validate()
        guard let report = Aligner(strict: false).align(validated).0 else {
            throw Unusable(description: "\(content.path) does not align: \(validated.diagnostics.prefix(5))")
        }
        return report
    }

    /// A copy of a fixture at `<temp>/content`; returns the temporary folder (the working directory).
    public static func stage(_ fixture: URL, _ label: String) throws -> URL {
        let dir = try BinaryRunner.makeTemporaryDirectory(label)
        try FileManager.default.copyItem(at: fixture, to: dir.appendingPathComponent("content"))
        return dir
    }

    /// A content folder with base's site and framework and the given unit files.
    public static func hostileContent(_ label: String, _ units: [String: [UInt8]]) throws -> URL {
        let dir = try BinaryRunner.makeTemporaryDirectory(label)
        let content = dir.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("units"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: base.appendingPathComponent("site.yaml"), to: content.appendingPathComponent("site.yaml"))
        try FileManager.default.copyItem(at: base.appendingPathComponent("framework"), to: content.appendingPathComponent("framework"))
        for (name, bytes) in units {
            try Data(bytes).write(to: content.appendingPathComponent("units/\(name)"))
        }
        return dir
    }

}
