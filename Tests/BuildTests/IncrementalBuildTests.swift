import Foundation
import PlanPressTestSupport
import Testing

/// The build cache (`.planpress-cache/`) as users meet it: the real binary, built twice in the
/// same folder. An incremental build must publish exactly what a fresh build publishes, leave
/// the files it did not change untouched (inode and modification time), and do nothing at all
/// when nothing changed.
@Suite(.serialized)
struct IncrementalBuildTests {
    static let environment = ["PLANPRESS_PDF_ENGINE": "none", "SOURCE_DATE_EPOCH": "1767225600"]

    func build(_ dir: URL, output: String = "out", _ extra: String...) throws -> BinaryRunner.Result {
        let result = try BinaryRunner.run(
            ["build", "--content", "content", "--templates", Fixtures.templates.path, "--output", output] + extra + ["--lang", "en"],
            in: dir, environment: Self.environment)
        #expect(result.status == 0, "\(result)")
        return result
    }

    /// Inode and modification time of every file under `root`.
    func stamps(_ root: URL) throws -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for path in FixtureMarkers.files(under: root) {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
            let mtime = Int(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1_000_000)
            out[path] = [inode, mtime]
        }
        return out
    }

    /// Builds `dir`'s content from scratch into `fresh/`, without the cache, and expects `out/`
    /// to hold exactly the same files, byte for byte.
    func expectEqualToFreshBuild(_ dir: URL) throws {
        _ = try build(dir, output: "fresh", "--fresh")
        let incremental = try BinaryRunner.snapshot(dir.appendingPathComponent("out"))
        let fresh = try BinaryRunner.snapshot(dir.appendingPathComponent("fresh"))
        #expect(incremental.count == fresh.count)
        for (path, bytes) in fresh where incremental[path] != bytes {
            Issue.record("\(path) differs between the incremental and the fresh build")
        }
    }

    func edit(_ file: URL, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "the fixture no longer holds \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("a second build with nothing changed writes nothing and says so")
    func noOpBuild() throws {
        let dir = try Fixtures.stage(Fixtures.base, "noop")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try build(dir)
        #expect(first.stderr.contains("wrote"), "\(first)")
        let before = try stamps(dir.appendingPathComponent("out"))
        let second = try build(dir)
        #expect(second.stderr.contains("nothing changed"), "\(second)")
        // The same summary (units, projects, pages) as the build that published.
        let summary = { (r: BinaryRunner.Result) in
            r.stderr.split(separator: "\n").first { $0.contains("built") }?.split(separator: "(").first
        }
        #expect(summary(first) == summary(second))
        #expect(try stamps(dir.appendingPathComponent("out")) == before)
    }

    @Test("a one-unit change rewrites only the files whose bytes changed, and equals a fresh build byte for byte")
    func oneUnitChange() throws {
        let dir = try Fixtures.stage(Fixtures.base, "incremental")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try build(dir)
        let out = dir.appendingPathComponent("out")
        let before = try stamps(out)
        try edit(dir.appendingPathComponent("content/units/alpha-school.yaml"), replacing: "โครงการอ่านออก", with: "โครงการอ่านคล่อง")
        let second = try build(dir)
        #expect(second.stderr.contains("kept"), "\(second)")
        // The other units' pages were linked from the last build, not rendered.
        #expect(second.stderr.contains("pages of 2 unchanged units not rendered again"), "\(second)")
        let after = try stamps(out)
        // The renamed project's page changed; another unit's project page kept its inode and date.
        #expect(after["projects/alpha-school/P01.html"] != before["projects/alpha-school/P01.html"])
        #expect(after["projects/beta-college/B01.html"] == before["projects/beta-college/B01.html"])
        #expect(after["assets/style.css"] == before["assets/style.css"])
        let page = try String(contentsOf: out.appendingPathComponent("projects/alpha-school/P01.html"), encoding: .utf8)
        #expect(page.contains("โครงการอ่านคล่อง"))

        // The same content built from scratch, into another folder without the cache.
        try expectEqualToFreshBuild(dir)
    }

    @Test("a file changed by hand in the output is written again, not trusted")
    func tamperedOutputIsRewritten() throws {
        let dir = try Fixtures.stage(Fixtures.base, "tamper")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try build(dir)
        let css = dir.appendingPathComponent("out/assets/style.css")
        let original = try Data(contentsOf: css)
        try Data("body{}".utf8).write(to: css)
        let second = try build(dir)
        #expect(!second.stderr.contains("nothing changed"), "\(second)")
        #expect(try Data(contentsOf: css) == original)
    }

    @Test("a changed template rebuilds; a build with errors leaves the cache and output alone")
    func templatesAndErrors() throws {
        let dir = try Fixtures.stage(Fixtures.base, "templates")
        defer { try? FileManager.default.removeItem(at: dir) }
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        let args = ["build", "--content", "content", "--templates", "templates", "--output", "out", "--lang", "en"]
        #expect(try BinaryRunner.run(args, in: dir, environment: Self.environment).status == 0)
        try edit(templates.appendingPathComponent("notfound.mustache"), replacing: "</h1>", with: "</h1><p>ทดสอบแม่แบบ</p>")
        let second = try BinaryRunner.run(args, in: dir, environment: Self.environment)
        #expect(second.status == 0 && !second.stderr.contains("nothing changed"), "\(second)")
        // A template is an input of every page: none is taken from the last build.
        #expect(!second.stderr.contains("not rendered again"), "\(second)")
        #expect(try String(contentsOf: dir.appendingPathComponent("out/404.html"), encoding: .utf8).contains("ทดสอบแม่แบบ"))

        let before = try stamps(dir.appendingPathComponent("out"))
        let unit = dir.appendingPathComponent("content/units/alpha-school.yaml")
        let original = try Data(contentsOf: unit)
        try edit(unit, replacing: "id: P02", with: "id: P01")
        let broken = try BinaryRunner.run(args, in: dir, environment: Self.environment)
        #expect(broken.status == 1, "\(broken)")
        #expect(try stamps(dir.appendingPathComponent("out")) == before)
        // Fixed again: the same inputs as the last published build, so nothing to do.
        try original.write(to: unit)
        let fixed = try BinaryRunner.run(args, in: dir, environment: Self.environment)
        #expect(fixed.status == 0 && fixed.stderr.contains("nothing changed"), "\(fixed)")
        #expect(try stamps(dir.appendingPathComponent("out")) == before)
    }

    @Test("pages are taken from the last build only when their unit, the rest of the inputs and the headline figures are unchanged")
    func unitPagesReusedOnlyWhenTheirInputsAreUnchanged() throws {
        let dir = try Fixtures.stage(Fixtures.base, "reuse")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try build(dir)
        let out = dir.appendingPathComponent("out")
        // A budget changes the report's totals, which every page's description states: all
        // pages are made again.
        try edit(dir.appendingPathComponent("content/units/alpha-school.yaml"), replacing: "allocated: 350000", with: "allocated: 1350000")
        let totals = try build(dir)
        #expect(!totals.stderr.contains("not rendered again"), "\(totals)")
        let description = try String(contentsOf: out.appendingPathComponent("projects/beta-college/B01.html"), encoding: .utf8)
        // A unit page changed by hand is not trusted: that unit's pages are made again.
        let tampered = out.appendingPathComponent("units/beta-college.html")
        let original = try Data(contentsOf: tampered)
        try Data("<p>edited</p>".utf8).write(to: tampered)
        try edit(dir.appendingPathComponent("content/units/alpha-school.yaml"), replacing: "โครงการอ่านออก", with: "โครงการอ่านคล่อง")
        let renamed = try build(dir)
        #expect(renamed.stderr.contains("pages of 1 unchanged units not rendered again"), "\(renamed)")
        #expect(try Data(contentsOf: tampered) == original)
        #expect(try String(contentsOf: out.appendingPathComponent("projects/beta-college/B01.html"), encoding: .utf8) == description)
        try expectEqualToFreshBuild(dir)
    }
}
