import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressCore
@testable import PlanPressParse

/// The fast YAML reader against libyaml: on every input it either declines or gives the very tree
/// (texts, `isString`, every line and column) and diagnostics that composing libyaml's events gives.
@Suite struct FastYAMLReaderTests {
    /// The whole tree as one string: kinds, texts, `isString` and every location.
    static func describe(_ node: Node?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .scalar(let s): return "S\(at)(\(s.isString ? "str" : "plain"))\(String(reflecting: s.text))"
        case .sequence(let items): return "Q\(at)[" + items.map { describe($0) }.joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "M\(at){"
                + entries.map { "\(String(reflecting: $0.key))@\($0.keyLocation.line):\($0.keyLocation.column)=\(describe($0.value))" }
                .joined(separator: ", ") + "}"
        }
    }

    static func fast(_ text: String, path: String = "t.yaml") -> (Node, [Diagnostic])? {
        FastYAMLReader(path: path).read(text)
    }

    static func reference(_ text: String, path: String = "t.yaml") -> (Node?, [Diagnostic]) {
        YAMLReader().readWithLibYAML(SourceText(path: path, text: text, encoding: .utf8))
    }

    /// Nil when the fast reader declines or agrees with libyaml; otherwise what differs.
    static func disagreement(_ text: String, path: String = "t.yaml") -> String? {
        guard let (root, diagnostics) = fast(text, path: path) else { return nil }
        let (refRoot, refDiagnostics) = reference(text, path: path)
        let mine = describe(root)
        let theirs = describe(refRoot)
        if mine != theirs { return "tree differs for \(path):\n fast: \(mine)\n yaml: \(theirs)" }
        if diagnostics != refDiagnostics { return "diagnostics differ for \(path):\n fast: \(diagnostics)\n yaml: \(refDiagnostics)" }
        return nil
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every YAML file of the sample content and the fixtures, and the front matter of every page.
    static func inputs() throws -> [(String, String)] {
        var out: [(String, String)] = []
        for folder in ["content", "Tests/Fixtures"] {
            let root = repository.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            var urls: [URL] = []
            for case let url as URL in walker where ["yaml", "yml", "md"].contains(url.pathExtension) { urls.append(url) }
            for url in urls.sorted(by: { $0.path < $1.path }) {
                let data = try Data(contentsOf: url)
                guard var text = String(data: data, encoding: .utf8) else { continue }
                if url.pathExtension == "md" {
                    // The front matter between the first two `---` lines.
                    let lines = text.components(separatedBy: "\n")
                    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { continue }
                    text = lines[1..<end].joined(separator: "\n") + "\n"
                }
                out.append((String(url.path.dropFirst(repository.path.count + 1)), text))
            }
        }
        return out
    }

    typealias Random = SplitMix64

    static let inserts: [String] = [
        " ", "  ", ":", ": ", "-", "- ", "#", " #", "'", "\"", "\n", "|", ">", "|-", "[", "]", "{", "}", ",", "\t", "&a ", "*a", "!",
        "? ", "\r\n", "ก", "\u{0E31}", "\\", "\\n", "x", "1", "---\n", "%", "@", "\u{00A0}", "\u{2028}",
    ]

    /// One deterministic change: characters deleted, repeated or inserted, lines deleted,
    /// repeated, swapped, or indented differently.
    static func mutate(_ text: String, _ random: inout Random) -> String {
        var scalars = Array(text.unicodeScalars)
        var lines = text.components(separatedBy: "\n")
        switch random.below(9) {
        case 0 where !scalars.isEmpty:
            scalars.remove(at: random.below(scalars.count))
        case 1 where !scalars.isEmpty:
            let i = random.below(scalars.count)
            scalars.insert(scalars[i], at: i)
        case 2, 3:
            let i = random.below(scalars.count + 1)
            scalars.insert(contentsOf: inserts[random.below(inserts.count)].unicodeScalars, at: i)
        case 4 where lines.count > 1:
            lines.remove(at: random.below(lines.count))
            return lines.joined(separator: "\n")
        case 5 where !lines.isEmpty:
            let i = random.below(lines.count)
            lines.insert(lines[i], at: i)
            return lines.joined(separator: "\n")
        case 6 where lines.count > 1:
            let i = random.below(lines.count - 1)
            lines.swapAt(i, i + 1)
            return lines.joined(separator: "\n")
        case 7 where !lines.isEmpty:
            let i = random.below(lines.count)
            lines[i] = String(repeating: " ", count: 1 + random.below(3)) + lines[i]
            return lines.joined(separator: "\n")
        case 8 where !lines.isEmpty:
            let i = random.below(lines.count)
            if lines[i].hasPrefix(" ") { lines[i].removeFirst(1 + random.below(min(2, lines[i].prefix { $0 == " " }.count))) }
            return lines.joined(separator: "\n")
        default:
            break
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    @Test("every sample and fixture file: the fast reader declines or agrees with libyaml")
    func everyFile() throws {
        let inputs = try Self.inputs()
        #expect(inputs.count > 50)
        var accepted = 0
        for (path, text) in inputs {
            if let problem = Self.disagreement(text, path: path) { Issue.record(Comment(rawValue: problem)) }
            if Self.fast(text, path: path) != nil { accepted += 1 }
            // The same file with Windows line ends.
            let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
            if let problem = Self.disagreement(crlf, path: path) { Issue.record(Comment(rawValue: "CRLF: " + problem)) }
        }
        print("fast reader: \(accepted) of \(inputs.count) files")
        // The fast path must really be taken: most files are plain YAML.
        #expect(accepted * 2 > inputs.count, "only \(accepted) of \(inputs.count) files read by the fast reader")
        let units = inputs.filter { $0.0.hasPrefix("content/units/") && $0.0.hasSuffix(".yaml") }
        #expect(!units.isEmpty && units.allSatisfy { Self.fast($0.1) != nil }, "every sample unit file is read by the fast reader")
    }

    @Test("thousands of mutations of the files: the fast reader declines or agrees with libyaml")
    func mutations() throws {
        let inputs = try Self.inputs()
        var random = Random(state: 20_260_101)
        var accepted = 0
        var total = 0
        for (path, text) in inputs {
            for round in 0..<40 {
                var mutated = text
                for _ in 0...(round % 3) { mutated = Self.mutate(mutated, &random) }
                total += 1
                if let problem = Self.disagreement(mutated, path: path) {
                    Issue.record(Comment(rawValue: "mutation \(round) of \(path): " + problem + "\ninput:\n" + mutated))
                }
                if Self.fast(mutated, path: path) != nil { accepted += 1 }
            }
        }
        print("fast reader: \(accepted) of \(total) mutations")
        #expect(total > 2000)
        // Mutations that keep the YAML plain are read fast and compared; the rest are declined.
        #expect(accepted > total / 10, "only \(accepted) of \(total) mutations read by the fast reader")
    }

    /// Run by hand on a generated corpus: `PLANPRESS_FAST_YAML_CORPUS=/dev/shm/pp/region/content swift test --filter FastYAML`.
    @Test("a generated corpus, when PLANPRESS_FAST_YAML_CORPUS names one")
    func corpus() throws {
        guard let folder = ProcessInfo.processInfo.environment["PLANPRESS_FAST_YAML_CORPUS"] else { return }
        let root = URL(fileURLWithPath: folder)
        var urls: [URL] = []
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        where url.pathExtension == "yaml" {
            urls.append(url)
        }
        var accepted = 0
        for url in urls.sorted(by: { $0.path < $1.path }) {
            let text = try String(contentsOf: url, encoding: .utf8)
            if let problem = Self.disagreement(text, path: url.path) { Issue.record(Comment(rawValue: problem)) }
            if Self.fast(text) != nil { accepted += 1 }
        }
        print("fast reader: \(accepted) of \(urls.count) corpus files")
        #expect(accepted == urls.count)
    }

    /// Cases the fast reader must read, and read as libyaml does.
    static let readCases: [String] = [
        // Thai text: columns count characters, not bytes.
        "ชื่อ: สตูล ลำดับ\nรายการ:\n  - ก: ข\n    ค: \"ง\"\n  - [หนึ่ง, สอง]\n",
        "name: โรงเรียน # หมายเหตุ\nnext: ค่า\n",
        // CRLF.
        "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  line one\r\n  line two\r\nd: end\r\n",
        // Comments after values, and comment lines anywhere.
        "# head\na: 1 # one\n  # indented comment\nb: 'two' # two\nc: [x, y] # list\nd: { k: v } # map\n# tail\n",
        // Quoted keys and values, escapes.
        "\"quoted key\": 1\n'single': 'it''s'\ndq: \"a \\\"b\\\" c\\\\d\\n\"\n",
        // Empty values.
        "a:\nb: \nc: # nothing\nd:\n  - \n  -\n  - x\ne:",
        // `key:` followed by a nested block, and a sequence at its key's column.
        "unit:\n  id: x\n  contact:\n    name: y\nlist:\n- a\n- b: 1\n  c: 2\nafter: z\n",
        // Block scalars and chomping.
        "a: |\n  one\n  two\n\nb: |-\n  one\n\n\nc: |+\n  one\n\n\nd: >\n  folded\n  text\n\n  para\ne: >-\n  x\n   more\n  y\nf: |\n  last",
        "a: |\n\n  after blank\n    deeper\n  back\n     \nb: >\n  a\n\n\n  b\n  \n  c\n",
        "l:\n- |\n  in a list\n- >-\n  folded\n  item\n- x\n",
        "k: |\nnext: 1\n",
        // Duplicate keys, in nested maps and flow maps.
        "a: 1\nb:\n  x: 1\n  x: 2\na: 3\nc: { p: 1, p: 2 }\n",
        // Plain scalars with inner colons, hashes and dashes.
        "url: http://example.com/a#b\ntime: 10:30\nneg: -5\nrange: 1 - 2\ndate: 2569-10-01\n",
        // Flow collections.
        "a: []\nb: {}\nc: [ 1 , 'two', \"three\" ]\nd: {name: x, position: 'y z'}\n",
        // A sequence of maps, nested deeper.
        "projects:\n  - id: P01\n    indicators:\n      - name: a\n        target: 1\n      - { name: b, target: 2 }\n  - id: P02\n",
    ]

    @Test("tricky cases are read, and read as libyaml reads them", arguments: readCases)
    func tricky(_ text: String) {
        #expect(Self.fast(text) != nil, "declined: \(text)")
        #expect(Self.disagreement(text) == nil, "\(Self.disagreement(text) ?? "")")
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.disagreement(crlf) == nil, "\(Self.disagreement(crlf) ?? "")")
    }

    /// Cases left to libyaml: its own features, its errors, and what this reader is not sure of.
    static let declineCases: [String] = [
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "%YAML 1.2\n---\na: 1\n", "---\na: 1\n", "a: 1\n---\nb: 2\n", "a:\t1\n",
        "a: one\n  continued\n", "a: 1\n  b: 2\n", "a:\n    b: 1\n  c: 2\n", "- a\n- b\n", "just text\n", "", "# only a comment\n",
        "a: [1,\n  2]\n", "a: 'multi\n  line'\n", "a: \"\\u0041\"\n", "? a\n: b\n", "a: b: c\n", "a: |2\n  x\n", "a: [x]y\n",
        "a: {b}\n", "a: [a: b]\n", "a: [x, ]\n", "a:b\n", "a: 1\r2\n", "\u{FEFF}a: 1\n", "a: 1\u{2028}b: 2\n", "a: 😀\n",
        "a:\n  - x\n  y: 1\n", "a: @x\n", "a: `x`\n", "a: - x\n",
    ]

    @Test("libyaml's cases are declined", arguments: declineCases)
    func declined(_ text: String) {
        #expect(Self.fast(text) == nil, "read: \(text)")
    }
}
