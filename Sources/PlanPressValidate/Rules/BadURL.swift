import PlanPressCore

/// PP713: site.yaml's `base_url` is not an http(s) URL.
package enum BadURL: DiagnosticRule {
    package static let code = DiagnosticCode.badURL
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "URL ไม่ถูกต้อง", en: "bad URL")

    /// The problem with `base_url` `url`, nil when it starts with http(s).
    static func check(baseURL url: String, at location: SourceLocation) -> Diagnostic? {
        let lower = url.lowercased()
        guard !lower.hasPrefix("https://") && !lower.hasPrefix("http://") else { return nil }
        return make(at: location, th: "base_url ต้องขึ้นต้นด้วย https:// หรือ http://", en: "base_url must start with https:// or http://")
    }
}
