import Foundation
import Testing

@testable import PlanPressPublish

#if canImport(Glibc)
    import Glibc
#endif

/// The streaming publisher: files written from many threads into nested folders, bad paths and
/// repeated paths refused, nothing visible before `commit`, untouched files linked, not rewritten.
struct StagingFolderTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func files(_ n: Int, salt: String = "") -> [OutputFile] {
        (0..<n).map { i in OutputFile(path: "d\(i % 7)/e\(i % 3)/f\(i).html", text: "<p>\(i)\(salt)</p>") }
    }

    @Test func manyThreadsManyFoldersThenOneSwap() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        // The observer sees each file as it is added, with its bytes; the folder does not keep them.
        let observer = Observer { file in
            file.path.hasSuffix("7.html") ? [file.path: String(decoding: file.contents(), as: UTF8.self)] : nil
        }
        let staging = try StagingFolder(outputURL: output, observer: observer)
        try staging.add(files(2_000))
        // Nothing is visible until the swap.
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let statements = observer.seen
        #expect(statements.count == 200)
        #expect(statements["d3/e2/f17.html"] == ["d3/e2/f17.html": "<p>17</p>"])
        let manifest = Manifest.file(records: staging.staged)
        #expect(manifest.bytes == Manifest.file(for: files(2_000)).bytes)
        try staging.add(manifest)
        let result = try staging.commit()
        #expect(result.written == 2_001)
        #expect(result.entries.count == 2_001)
        #expect(try String(contentsOf: output.appendingPathComponent("d2/e1/f1234.html"), encoding: .utf8) == "<p>1234</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["output"])
    }

    @Test func refusesUnsafeAndRepeatedPaths() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = try StagingFolder(outputURL: root.appendingPathComponent("output"))
        #expect(throws: Publisher.PublishError.self) { try staging.add(OutputFile(path: "../x.html", text: "x")) }
        try staging.add(OutputFile(path: "a.html", text: "x"))
        #expect(throws: Publisher.PublishError.self) { try staging.add(OutputFile(path: "a.html", text: "y")) }
        staging.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func unchangedFilesAreLinkedAndChangedOnesWritten() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        let first = try StagingFolder(outputURL: output)
        try first.add(files(50))
        let before = try first.commit()
        let inode = Publisher.stamp(output.appendingPathComponent("d1/e1/f1.html").path)?.inode
        // The second build changes one file and keeps the rest.
        var next = files(50)
        next[1] = OutputFile(path: next[1].path, text: "<p>changed</p>")
        let second = try StagingFolder(outputURL: output, reusing: before.entries)
        try second.add(next)
        let after = try second.commit()
        #expect(after.written == 1)
        #expect(Publisher.stamp(output.appendingPathComponent("d2/e2/f2.html").path)?.inode == before.entries["d2/e2/f2.html"]?.inode)
        #expect(Publisher.stamp(output.appendingPathComponent("d1/e1/f1.html").path)?.inode != inode)
        #expect(try String(contentsOf: output.appendingPathComponent("d1/e1/f1.html"), encoding: .utf8) == "<p>changed</p>")
    }

    @Test func aStreamedFileIsHashedWhileWrittenCheckedThenReadFromDisk() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        let pieces = (0..<300).map { "<p>ส่วนที่ \($0)</p>\n" }
        let whole = Array(pieces.joined().utf8)
        func build(_ previous: [String: Publisher.Entry]) throws -> Publisher.Result {
            let observer = Observer { file in
                // A streamed file is not kept in memory: the observer reads the staged file.
                #expect(file.bytes == nil && file.url != nil)
                return ["size": String(file.contents().count)]
            }
            let staging = try StagingFolder(outputURL: output, reusing: previous, observer: observer)
            var checked = false
            try staging.stream(
                "print/big.html",
                { flush in
                    var out: [UInt8] = []
                    for piece in pieces {
                        out.append(contentsOf: piece.utf8)
                        if out.count > 100 { flush(&out) }
                        #expect(out.count <= 100)
                    }
                    flush(&out)
                },
                check: { url in
                    checked = try Data(contentsOf: url) == Data(whole)
                })
            #expect(checked)
            #expect(observer.seen["print/big.html"] == ["size": String(whole.count)])
            #expect(staging.staged["print/big.html"]?.sha256 == Manifest.sha256(whole))
            return try staging.commit()
        }
        let first = try build([:])
        #expect(first.written == 1)
        #expect(try Data(contentsOf: output.appendingPathComponent("print/big.html")) == Data(whole))
        // The same bytes again: the published file is kept, not written.
        let second = try build(first.entries)
        #expect(second.written == 0)
        #expect(second.entries["print/big.html"]?.inode == first.entries["print/big.html"]?.inode)
        // A check that fails stops the file: nothing is staged.
        let staging = try StagingFolder(outputURL: output)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try staging.stream(
                "data/x.xml",
                { flush in
                    var out = Array("<x/>".utf8)
                    flush(&out)
                }, check: { _ in throw Refused() })
        }
        #expect(staging.staged["data/x.xml"] == nil)
        // A path streamed twice is refused before the first file is touched.
        try staging.stream("data/y.xml") { flush in
            var out = Array("<y/>".utf8)
            flush(&out)
        }
        #expect(throws: Publisher.PublishError.self) {
            try staging.stream("data/y.xml") { flush in
                var out = Array("<z/>".utf8)
                flush(&out)
            }
        }
        #expect(try String(contentsOf: staging.staging.appendingPathComponent("data/y.xml"), encoding: .utf8) == "<y/>")
        staging.discard()
    }
}

/// Records what `read` makes of each staged file, by path.
final class Observer: StagedFileObserver, @unchecked Sendable {
    let read: @Sendable (StagedContent) -> [String: String]?
    private let lock = NSLock()
    private var byPath: [String: [String: String]] = [:]

    init(_ read: @escaping @Sendable (StagedContent) -> [String: String]?) {
        self.read = read
    }

    func staged(_ file: StagedContent) {
        if let value = read(file) { lock.withLock { byPath[file.path] = value } }
    }

    var seen: [String: [String: String]] { lock.withLock { byPath } }
}
