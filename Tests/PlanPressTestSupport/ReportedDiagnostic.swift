import Foundation
import Testing

/// The diagnostics of `check --format json`, read back as a user's script would.
public enum DiagnosticsJSONReading {
    /// A diagnostic of `check --format json`.
    public struct Reported: CustomStringConvertible {
        public var code: String
        public var severity: String
        public var path: String
        public var line: Int
        public var column: Int
        public var messageEN: String
        public var hintEN: String

        public var description: String { "\(path):\(line):\(column): \(severity)[\(code)]: \(messageEN)" }
    }

    public static func parseDiagnosticsJSON(_ text: String) throws -> (document: [String: Any], diagnostics: [Reported]) {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let document = try #require(object as? [String: Any], "not a JSON object:\n\(text.prefix(500))")
        let list = try #require(document["diagnostics"] as? [[String: Any]])
        let diagnostics = try list.map { d -> Reported in
            let message = d["message"] as? [String: Any]
            let hint = d["hint"] as? [String: Any]
            return Reported(
                code: try #require(d["code"] as? String), severity: try #require(d["severity"] as? String),
                path: try #require(d["path"] as? String), line: try #require((d["line"] as? NSNumber)?.intValue),
                column: try #require((d["column"] as? NSNumber)?.intValue),
                messageEN: message?["en"] as? String ?? "", hintEN: hint?["en"] as? String ?? "")
        }
        return (document, diagnostics)
    }

}
