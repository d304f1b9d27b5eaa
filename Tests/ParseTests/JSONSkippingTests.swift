import Foundation
import PlanPressCore
import PlanPressTestSupport
import Testing

@testable import PlanPressParse

/// `JSONReader(skippingContainersOf:)` against the plain reader it shortcuts: on the sample's
/// history and on thousands of mutations of it, the same syntax diagnostics at the same places,
/// and the same tree wherever nothing was skipped.
@Suite struct JSONSkippingTests {
    static let skipped: Set<String> = ["projects", "reported"]

    /// The tree as text, with the values of skipped keys written as the reader leaves them.
    static func dump(_ node: Node, skipping: Bool, into out: inout String) {
        out += "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .scalar(let s): out += s.isString ? "\"\(s.text)\"" : s.text
        case .sequence(let items):
            out += "["
            for item in items { dump(item, skipping: skipping, into: &out) }
            out += "]"
        case .mapping(let entries):
            out += "{"
            for e in entries {
                out += "\(e.key)@\(e.keyLocation.line):\(e.keyLocation.column)="
                if skipping, Self.skipped.contains(e.key), e.value.scalar == nil {
                    if case .mapping = e.value.value {
                        out += "@\(e.value.location.line):\(e.value.location.column){}"
                    } else {
                        out += "@\(e.value.location.line):\(e.value.location.column)[]"
                    }
                } else {
                    dump(e.value, skipping: skipping, into: &out)
                }
            }
            out += "}"
        }
    }

    static func compare(_ text: String, _ label: String) {
        let source = SourceText(path: "x.json", text: text, encoding: .utf8)
        let (full, fullDiagnostics) = JSONReader().read(source)
        let (skim, skimDiagnostics) = JSONReader(skippingContainersOf: skipped).read(source)
        // Duplicate keys inside a skipped value are not looked for: compare the rest.
        let inSkipped = { (d: Diagnostic) in d.code == .duplicateKey }
        #expect(
            fullDiagnostics.filter { !inSkipped($0) }.map { "\($0.location) \($0.code) \($0.message.en)" }
                == skimDiagnostics.filter { !inSkipped($0) }.map { "\($0.location) \($0.code) \($0.message.en)" }, "\(label)")
        #expect((full == nil) == (skim == nil), "\(label)")
        if let full, let skim {
            var a = ""
            var b = ""
            dump(full, skipping: true, into: &a)
            dump(skim, skipping: false, into: &b)
            #expect(a == b, "\(label)")
        }
    }

    @Test("the sample's history: the same tree but what was skipped")
    func sampleHistory() throws {
        let text = try String(contentsOf: Fixtures.sample.appendingPathComponent("history/2568/report.json"), encoding: .utf8)
        Self.compare(text, "2568")
        let (root, _) = JSONReader(skippingContainersOf: Self.skipped).read(SourceText(path: "x.json", text: text, encoding: .utf8))
        guard case .mapping(let top)? = root?.value, case .sequence(let units)? = top.first(where: { $0.key == "units" })?.value.value,
            case .mapping(let unit)? = units.first?.value,
            case .sequence(let projects)? = unit.first(where: { $0.key == "projects" })?.value.value
        else {
            Issue.record("the report's shape is not as expected")
            return
        }
        #expect(projects.isEmpty)
    }

    @Test("mutations: the same diagnostics at the same places, the same tree")
    func mutations() throws {
        let text = try String(contentsOf: Fixtures.sample.appendingPathComponent("history/2567/report.json"), encoding: .utf8)
        let bytes = Array(text.utf8.prefix(12_000))
        let pieces: [[UInt8]] = ["\"", "\\", "\\u12", "\\uD800", "{", "}", "[", "]", ",", ":", "-", "01", "1.", "1e", "tru", "\u{1}", " "]
            .map {
                Array($0.utf8)
            }
        var random = SplitMix64(seed: 1_804)
        for i in 0..<800 {
            var b = bytes
            let at = random.below(b.count)
            switch random.below(3) {
            case 0: b.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
            case 1: b.removeSubrange(at..<min(b.count, at + 1 + random.below(4)))
            default: b[at] = pieces[random.below(pieces.count)].first ?? 0x20
            }
            Self.compare(String(decoding: b, as: UTF8.self), "mutation \(i) at \(at)")
        }
    }

    @Test("a scalar under a skipped key is read as usual; nesting is limited inside skipped values too")
    func scalarsAndDepth() {
        let source = SourceText(path: "x.json", text: "{\"projects\": 3, \"reported\": \"x\"}", encoding: .utf8)
        var out = ""
        if let root = JSONReader(skippingContainersOf: Self.skipped).read(source).0 { Self.dump(root, skipping: false, into: &out) }
        #expect(out.contains("projects@1:2=@1:143reported"))
        #expect(out.contains("\"x\""))
        let deep = "{\"projects\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        let (root, diagnostics) = JSONReader(skippingContainersOf: Self.skipped).read(
            SourceText(path: "x.json", text: deep, encoding: .utf8))
        #expect(root == nil)
        #expect(diagnostics.map(\.code) == [.nestingTooDeep])
        Self.compare(deep, "deep")
    }
}
