import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressData
@testable import PlanPressXML

/// `XMLWriter` against libxml2's serializer (`XMLEngine.serialize`, the reference): the real
/// report, and a few thousand random trees with hostile text and attribute values, mixed content,
/// empty and cleaned-away text, and nesting past libxml2's 30 indentation levels.
@Suite(.serialized) struct XMLWriterTests {
    @Test func theReportIsWrittenAsLibxml2WritesIt() throws {
        // The sample's report too: its text is not the fixture's.
        #expect(ReportXML.document(try Fixtures.report()) == ReportXML.referenceDocument(try Fixtures.report()))
        let report = try Fixtures.report(Fixtures.base)
        #expect(ReportXML.document(report) == ReportXML.referenceDocument(report))
        // Written a piece at a time (as into the staging folder): the same bytes.
        var pieces: [[UInt8]] = []
        var out: [UInt8] = []
        ReportXML.write(report, data: DataAnalysis(report), into: &out, flushEvery: 1) {
            pieces.append($0)
            $0.removeAll()
        }
        #expect(pieces.count > report.units.count)
        #expect(Array(pieces.joined()) == ReportXML.document(report))
    }

    static func randomTree(_ r: inout SplitMix64, strings: [String], depth: Int) -> XMLEngine.Element {
        let names = ["a", "item", "rollup", "x-y", "n1"]
        let e = XMLEngine.Element(names[r.below(names.count)])
        for k in 0..<r.below(4) { e.attr("at\(k)", strings[r.below(strings.count)]) }
        switch r.below(4) {
        case 0: e.text = strings[r.below(strings.count)]
        case 1: e.text = ""
        case 2: e.text = "\u{01}\u{FFFE}"  // cleaned away entirely
        default: break
        }
        if depth > 0 {
            for _ in 0..<r.below(depth > 30 ? 2 : 4) { e.children.append(randomTree(&r, strings: strings, depth: depth - 1)) }
        }
        return e
    }

    @Test func randomTreesAreWrittenAsLibxml2WritesThem() {
        var r = SplitMix64(state: 5)
        let strings =
            RandomText.tricky + RandomText.randomStrings(count: 500, seed: 3)
            + ["a&b", "&amp;", "&#10;", "]]>", "\"'", "\r\n\t", "  ", "\u{FFFF}x\u{0}"]
        for n in 0..<1500 {
            let root = Self.randomTree(&r, strings: strings, depth: n % 50 == 0 ? 40 : 4)
            let instructions = n % 3 == 0 ? [] : [("xml-stylesheet", "type=\"text/xsl\" href=\"report.xsl\""), ("pi", "")]
            let fast = XMLWriter.document(root, namespace: "urn:test:1", instructions: instructions)
            let reference = XMLEngine.shared.serialize(root, namespace: "urn:test:1", instructions: instructions)
            #expect(fast == reference, "\(String(decoding: fast, as: UTF8.self).prefix(400))")
        }
    }

    @Test func indentationStopsAtThirtyLevelsAsInLibxml2() {
        let root = XMLEngine.Element("r")
        var e = root
        for level in 0..<40 { e = e.child("l\(level)").attr("n", String(level)) }
        e.child("leaf", text: "x")
        e.child("empty")
        #expect(XMLWriter.document(root, namespace: "urn:t") == XMLEngine.shared.serialize(root, namespace: "urn:t"))
    }
}
