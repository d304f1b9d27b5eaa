import Foundation
import PlanPressCore

/// PP601: an evidence `url` is not an http(s) link with a host.
package enum EvidenceURLScheme: DiagnosticRule {
    package static let code = DiagnosticCode.evidenceURLScheme
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ลิงก์หลักฐานไม่ใช่ http(s)", en: "evidence url not http(s)")

    /// The problem with the evidence link `url`, nil when it is an http(s) URL with a host. The
    /// hint adds the scheme to a link written without one (`www.example.go.th/a.pdf`).
    static func check(_ url: String, at location: SourceLocation) -> Diagnostic? {
        let lower = url.lowercased()
        let hasScheme = lower.hasPrefix("https://") || lower.hasPrefix("http://")
        if hasScheme, URL(string: url)?.host != nil { return nil }
        let bare = !url.contains("://") && !url.contains(" ") && url.split(separator: "/").first?.contains(".") == true
        return make(
            at: location,
            th: "ลิงก์หลักฐาน \"\(url)\" ต้องขึ้นต้นด้วย http:// หรือ https://",
            en: "evidence url \"\(url)\" must start with http:// or https://",
            hintTH: (bare ? "เขียนเป็น https://\(url) " : "") + "(คัดลอกลิงก์เต็มจากช่องที่อยู่ของเบราว์เซอร์ หรือแนบไฟล์ด้วย file:)",
            hintEN: (bare ? "write https://\(url) " : "")
                + "(copy the full link from the browser's address bar, or attach a file with file:)")
    }
}
