import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressBuild
@testable import PlanPressPublish

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

    @Test func oldUnchangedInputsKeepTheirDigestWithoutBeingRead() throws {
        let root = try BinaryRunner.makeTemporaryDirectory("cache-stamps")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let a = content.appendingPathComponent("a.yaml")
        let b = content.appendingPathComponent("units/b.yaml")
        try FileManager.default.createDirectory(at: b.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a: 1\n".utf8).write(to: a)
        try Data("b: 1\n".utf8).write(to: b)
        let hourAgo = Date().addingTimeInterval(-3_600)
        for url in [a, b] { try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: url.path) }
        func inputs(_ previous: [String: Publisher.Entry], readAt: Int64) -> BuildCache.Inputs {
            BuildCache.inputs(content: content, templates: templates, settings: [], previous: previous, previousReadAt: readAt)
        }
        let first = inputs([:], readAt: 0)
        let real = try #require(first.stamps["content/units/b.yaml"])
        #expect(real.sha256 == Manifest.sha256(Array("b: 1\n".utf8)))
        // A recorded digest of a file as it was, read long before: kept, the file not read (a
        // false digest shows it).
        var recorded = first.stamps
        recorded["content/units/b.yaml"]?.sha256 = "recorded"
        let trusted = inputs(recorded, readAt: first.readAt)
        #expect(trusted.stamps["content/units/b.yaml"]?.sha256 == "recorded")
        #expect(trusted.fingerprint != first.fingerprint)
        // Read within two seconds of its date: read again.
        let racy = inputs(recorded, readAt: real.mtime + 1_000_000_000)
        #expect(racy.stamps["content/units/b.yaml"]?.sha256 == real.sha256)
        #expect(racy.fingerprint == first.fingerprint)
        // Changed, same size, another date: read again.
        try Data("b: 2\n".utf8).write(to: b)
        try FileManager.default.setAttributes([.modificationDate: hourAgo.addingTimeInterval(60)], ofItemAtPath: b.path)
        let changed = inputs(recorded, readAt: first.readAt)
        #expect(changed.stamps["content/units/b.yaml"]?.sha256 == Manifest.sha256(Array("b: 2\n".utf8)))
        #expect(changed.units["b"] != first.units["b"])
        #expect(changed.global == first.global)
    }
}
