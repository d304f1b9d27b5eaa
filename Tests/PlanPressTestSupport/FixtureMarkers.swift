import Foundation
import Testing

/// The marker comments of the end-to-end fixtures: where each diagnostic of `broken/` must land.
///
/// A case file carries a marker comment on the line where its diagnostic must land
/// (`# expect: PP401`, optionally `~ text` that the English message or hint must mention;
/// `# expect-file: PP102` for a problem of the whole file, reported at 1:1). JSON has no comments,
/// so the JSON cases are listed in `jsonSidecar`.
public enum FixtureMarkers {
    /// The codes the spec's table reports as warnings; every other code is an error.
    public static let warningCodes: Set<String> = ["PP102", "PP205", "PP305", "PP407", "PP505", "PP508", "PP509", "PP511", "PP710"]

    /// The codes `broken/` must exercise: one per row of the Diagnostics table (at the least).
    public static let requiredCodes: Set<String> = [
        "PP101", "PP102", "PP103", "PP104", "PP105", "PP106",
        "PP201", "PP202", "PP203", "PP204", "PP206",
        "PP301", "PP302", "PP303", "PP304", "PP305",
        "PP401", "PP402", "PP403", "PP404", "PP405", "PP406", "PP407",
        "PP501", "PP502", "PP503", "PP504", "PP505", "PP506", "PP507", "PP508", "PP509", "PP510", "PP512", "PP513", "PP514",
        "PP601", "PP602", "PP603", "PP710",
    ]

    /// Where a diagnostic must land.
    public struct Expectation: CustomStringConvertible, Sendable {
        /// Relative to the fixture folder (`units/tabs.yaml`).
        public var path: String
        /// 1-based; 0 for a problem of the whole file.
        public var line: Int
        public var column: Int? = nil
        public var code: String
        /// Text the English message or hint must contain.
        public var mentions: String? = nil

        public var key: String { "\(path):\(line):\(code)" }
        public var isWarning: Bool { FixtureMarkers.warningCodes.contains(code) }
        public var description: String { line == 0 ? "\(path): [\(code)]" : "\(path):\(line): [\(code)]" }
    }

    /// JSON cannot hold the marker comments.
    public static let jsonSidecar: [Expectation] = [
        Expectation(path: "units/syntax-json.json", line: 9, column: 43, code: "PP103", mentions: "trailing comma"),
        Expectation(path: "units/json-duplicate-key.json", line: 12, column: 7, code: "PP106", mentions: "\"status\""),
        Expectation(path: "units/json-unknown-strategy.json", line: 11, column: 9, code: "PP401", mentions: "SPE.S1"),
    ]

    /// A fixture file's text. Markers are ASCII, so a lossy UTF-8 reading keeps them in TIS-620 files
    /// and around invalid bytes; UTF-16 is decoded.
    public static func fixtureText(_ url: URL) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: url))
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian) ?? "" }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) ?? "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// Every file under `root`, relative paths, byte order.
    public static func files(under root: URL) -> [String] {
        let base = root.standardizedFileURL.path + "/"
        var out: [String] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let p = url.standardizedFileURL.path
                out.append(p.hasPrefix(base) ? String(p.dropFirst(base.count)) : p)
            }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The codes `framework/` must exercise: the rules on the plan files that need units beside
    /// them or stop the build, which `broken/` (base's framework) cannot hold.
    public static let frameworkCodes: Set<String> = ["PP714", "PP715", "PP716", "PP717", "PP718"]

    /// The markers of every YAML/Markdown file under `root`, plus the JSON sidecar of `broken/`.
    public static func expectations(in root: URL, sidecar: Bool = true) throws -> [Expectation] {
        var out: [Expectation] = []
        for path in files(under: root) where ["yaml", "yml", "md"].contains((path as NSString).pathExtension.lowercased()) {
            for (i, line) in lines(try fixtureText(root.appendingPathComponent(path))).enumerated() {
                guard let marker = line.range(of: "# expect") else { continue }
                var rest = line[marker.upperBound...]
                var wholeFile = false
                if rest.hasPrefix("-file") {
                    wholeFile = true
                    rest = rest.dropFirst(5)
                }
                guard rest.hasPrefix(":") else { continue }
                rest = rest.dropFirst()
                var mentions: String?
                if let tilde = rest.firstIndex(of: "~") {
                    mentions = rest[rest.index(after: tilde)...].trimmingCharacters(in: .whitespaces)
                    rest = rest[..<tilde]
                }
                for code in rest.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    let valid = code.count == 5 && code.hasPrefix("PP") && code.dropFirst(2).allSatisfy(\.isNumber)
                    if !valid { Issue.record("bad marker \(path):\(i + 1): \(line)") }
                    // A problem of the whole file is reported at its first character.
                    out.append(Expectation(path: path, line: wholeFile ? 1 : i + 1, code: code, mentions: mentions))
                }
            }
        }
        return sidecar ? out + jsonSidecar : out
    }

}
