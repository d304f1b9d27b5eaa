import Foundation
import Testing

@testable import PlanPressCLI
@testable import PlanPressRender

/// The cache record's list of published files: written as lines, read back byte by byte.
struct BuildCacheTests {
    struct Holder: Codable {
        @BuildCache.EntryLines var entries: [String: Publisher.Entry]
    }

    @Test func publishedFilesRoundTripThroughTheirLines() throws {
        let entries: [String: Publisher.Entry] = [
            "index.html": .init(sha256: String(repeating: "a", count: 64), size: 1_234, inode: 99, mtime: 1_767_225_600_123_456_789),
            "pages/with space ไทย.html": .init(sha256: String(repeating: "b", count: 64), size: 0, inode: UInt64.max, mtime: -5),
            "units/u/p 1.html": .init(sha256: String(repeating: "c", count: 64), size: Int.max, inode: 0, mtime: Int64.max),
        ]
        let data = try JSONEncoder().encode(Holder(entries: entries))
        #expect(try JSONDecoder().decode(Holder.self, from: data).entries == entries)
        #expect(try JSONDecoder().decode(Holder.self, from: JSONEncoder().encode(Holder(entries: [:]))).entries.isEmpty)
    }

    @Test func aMalformedLineDropsTheRecord() {
        for text in [
            "abc 1 2", "abc 1 2 3", "abc x 2 3 p", "abc 1 2 3 ", " 1 2 3 p", "abc 1 2 3 p\nabc 1 2", "abc 1 2 99999999999999999999 p",
        ] {
            let parsed = Array(text.utf8).withUnsafeBufferPointer { BuildCache.EntryLines.parse($0) }
            #expect(parsed == nil, "\(text)")
        }
        let ok = Array("abc 1 2 -3 a b\nd 4 5 6 c".utf8).withUnsafeBufferPointer { BuildCache.EntryLines.parse($0) }
        #expect(ok?["a b"] == Publisher.Entry(sha256: "abc", size: 1, inode: 2, mtime: -3))
        #expect(ok?["c"] == Publisher.Entry(sha256: "d", size: 4, inode: 5, mtime: 6))
    }
}
