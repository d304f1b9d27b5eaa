import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressSite

/// The search index: normalization against its `Character`-based form, and the index written in pieces.
struct SearchIndexTests {
    @Test func searchNormalizeMatchesTheCharacterCode() {
        for s in RandomText.allInputs() {
            #expect(Array(SearchIndex.normalize(s).utf8) == Array(SearchIndex.characterNormalize(s).utf8), "\(s.debugDescription)")
        }
        #expect(SearchIndex.normalize("  ABC  ปี ๒๕๖๙\r\n\tx ") == "abc ปี 2569 x")
    }

    @Test func theSearchIndexWrittenInPiecesHasAnEntryPerPage() throws {
        let report = try Fixtures.report(Fixtures.base)
        let whole = SearchIndex.file(report).bytes
        var pieces: [[UInt8]] = []
        SearchIndex.write(report, flushEvery: 1) {
            pieces.append($0)
            $0.removeAll()
        }
        #expect(pieces.count > report.units.count)
        #expect(Array(pieces.joined()) == whole)
        // The document after `window.PLANPRESS_SEARCH = ` is JSON with one entry per page.
        let prefix = Array("window.PLANPRESS_SEARCH = ".utf8)
        #expect(Array(whole.prefix(prefix.count)) == prefix)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(whole.dropFirst(prefix.count).dropLast(2))) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String]])
        let items = report.framework.plans.reduce(0) { $0 + 1 + $1.flattenedItems.count }
        #expect(entries.count == report.units.count + report.totals.projects + items + report.pages.filter(\.onSite).count)
        #expect(entries.allSatisfy { $0.count == 4 })
    }
}
