import Foundation
import Testing

@testable import PlanPressCore

/// The README's diagnostic table is the users' reference: it must list every code with its
/// severity and summary, exactly as the catalogue says.
@Suite struct ReadmeTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func expectedTable() -> String {
        var rows = ["| code | severity | rule | กฎ |", "|---|---|---|---|"]
        for c in DiagnosticCode.allCases {
            rows.append("| \(c.rawValue) | \(c.severity.rawValue) | \(c.summary.en) | \(c.summary.th) |")
        }
        return rows.joined(separator: "\n")
    }

    @Test func diagnosticTableMatchesTheCatalogue() throws {
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let table = Self.expectedTable()
        if !readme.contains(table) {
            try? table.write(toFile: "/tmp/planpress-codes.md", atomically: true, encoding: .utf8)
        }
        #expect(readme.contains(table), "README.md's code table differs; the expected table is in /tmp/planpress-codes.md")
    }
}
