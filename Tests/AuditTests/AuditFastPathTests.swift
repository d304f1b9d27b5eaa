import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAudit
@testable import PlanPressData
@testable import PlanPressXML

/// The channel audit's readers against the ones they replace: `report.json` through `JSONTape`
/// against `JSONReader`'s tree (`treeFromJSON`), on the real file and on a few thousand
/// deterministic mutations of it (the same documents must be refused, the same figures read),
/// and the page marks found by `memchr` against the byte-by-byte scan.
@Suite(.serialized) struct AuditFastPathTests {
    /// The fixture's report with the two hand-written earlier years: every part the audit reads,
    /// the years, the changes, the grades and the counts by band among them.
    static func reportJSON() throws -> [UInt8] {
        let report = try Fixtures.report(Fixtures.base)
        return ReportJSON.document(report, trends: try Fixtures.trends(report)).serialized()
    }

    static func same(_ bytes: [UInt8], primaryPlan: String = "SPE") -> Bool {
        ChannelAudit.fromJSON(bytes, primaryPlan: primaryPlan) == ChannelAudit.treeFromJSON(bytes, primaryPlan: primaryPlan)
    }

    @Test func theRealFileReadsTheSame() throws {
        let json = try Self.reportJSON()
        let plans = try Fixtures.report(Fixtures.base).framework.plans.map(\.id)
        for plan in plans + ["none"] {
            let fast = ChannelAudit.fromJSON(json, primaryPlan: plan)
            #expect(!fast.isEmpty)
            #expect(fast == ChannelAudit.treeFromJSON(json, primaryPlan: plan), "\(plan)")
        }
    }

    @Test func handMadeEdgeCasesReadTheSame() {
        let cases: [String] = [
            "", " ", "{}", "[]", "null", "{\"totals\":{}}", "\u{FEFF}{}", "{} x", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{'a':1}",
            #"{"totals":{"projects":01}}"#, #"{"totals":{"projects":-}}"#, #"{"totals":{"projects":1.}}"#,
            #"{"totals":{"projects":1e}}"#, #"{"totals":{"projects":-0.5E+3}}"#, #"{"totals":{"projects":"1\u0030"}}"#,
            #"{"totals":{"\u0070rojects":"7","projects":"8"}}"#, #"{"totals":{"projects":"7","projects":"8"}}"#,
            #"{"totals":{"by_status":{"done":"1","d\u006Fne":"2","x":[1],"y":null,"z":true}}}"#,
            #"{"totals":{"projects":"\ud83d\ude00"}}"#, #"{"totals":{"projects":"\ud83d"}}"#, #"{"totals":{"projects":"\ude00"}}"#,
            #"{"totals":{"projects":"\x"}}"#, "{\"totals\":{\"projects\":\"a\u{01}b\"}}", #"{"totals":{"projects":"\u12"}}"#,
            #"{"totals":{"projects":nul}}"#, #"{"totals":{"projects":truex}}"#, #"{"totals":"x","units":{"id":"a"}}"#,
            #"{"units":[{"figures":{"projects":"1"},"id":"u1"},{"id":["x"]},{"id":"u\/2","figures":3}]}"#,
            #"{"plans":[{"id":"SPE","items":[{"code":"S1","depth":"1","rollup":{"projects":"0","indicators":{}}},{"depth":1,"code":"S2"}]}]}"#,
            #"{"plans":[{"id":"S\u0050E","projects_serving_several_items":{},"items":"none"},{"items":[{"code":"c"}]}]}"#,
            // Strategic indicators: null and text values, contributors that are not a list, entries without a unit.
            #"{"plans":[{"id":"SPE","items":[{"code":"S1","indicators":[{"code":"K","year_value":null,"contributors":[{"unit_id":"u","value":1,"numerator":null},{"value":"2"}]},{"code":"L","contributors":{}},{"code":"M","year_value":"null","contributors":[]},{"year_value":3}]}]}]}"#,
            #"{"plans":[{"id":"SPE","items":[{"code":"S1","indicators":[{"code":"K","year_value":1.50,"contributors":[{"unit_id":"u","value":1,"numerator":2,"denominator":0},{"unit_id":"u","value":true}]}]}]}]}"#,
            // The years: a year that is not a number, this year's change, members given twice, a
            // change that is not an object, grades and counts by band of odd kinds.
            #"{"site":{"fiscal_year":2569},"history":[{"year":"x","totals":{"projects":1}},{"year":2569,"change":{"projects":-1,"allocated":"2"},"items":{"A":{"rollup":{"projects":1},"change":[]},"A":{"rollup":{"projects":2}}},"units":{"u":{"figures":{"units":3}}},"indicators":{"K":{"value":null,"change":{"value":1.5}},"L":{"value":"2"}}}]}"#,
            #"{"history":{"year":2568},"totals":{"indicators":{"by_band":[1,"2",null,{}]}},"plans":[{"id":"SPE","items":[{"code":"S1","indicators":[{"code":"K","percent_of_target":null,"rating":{"band":"0"}},{"code":"L","rating":[1]}]}]}]}"#,
            String(repeating: "[", count: 64) + String(repeating: "]", count: 64),
            String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
            // 64 levels are read, 65 refused.
            "{\"totals\":{\"projects\":\"5\",\"deep\":" + String(repeating: "{\"a\":", count: 62) + "1" + String(repeating: "}", count: 64),
            "{\"totals\":{\"projects\":\"5\",\"deep\":" + String(repeating: "{\"a\":", count: 63) + "1" + String(repeating: "}", count: 65),
            "{\"totals\":{\"projects\":\"5\",\"deep\":" + String(repeating: "[", count: 62) + String(repeating: "]", count: 62) + "}}",
            "{\"totals\":{\"projects\":\"5\",\"deep\":" + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "}}",
        ]
        for c in cases {
            #expect(Self.same(Array(c.utf8)), "\(c.debugDescription)")
        }
        // Not UTF-8: repaired as the reader repairs it.
        #expect(
            Self.same([
                0x7B, 0x22, 0x74, 0x6F, 0x74, 0x61, 0x6C, 0x73, 0x22, 0x3A, 0x7B, 0x22, 0x70, 0x22, 0x3A, 0x22, 0xE0, 0xB8, 0x22, 0x7D,
                0x7D,
            ]))
    }

    @Test func mutationsOfTheRealFileReadTheSame() throws {
        let json = try Self.reportJSON()
        var r = SplitMix64(state: 7)
        let inserts: [[UInt8]] = [
            Array(",".utf8), Array("}".utf8), Array("]".utf8), Array("\"".utf8), Array("\\".utf8), Array("\\u0030".utf8), Array("0".utf8),
            Array(" ".utf8), Array("\n".utf8), Array("{".utf8), Array("\"projects\": \"9\",".utf8), Array("null".utf8), [0x01], [0xE0],
        ]
        var refused = 0
        for _ in 0..<400 {
            var bytes = json
            for _ in 0..<(1 + r.below(3)) {
                let at = r.below(bytes.count)
                switch r.below(3) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: inserts[r.below(inserts.count)], at: at)
                default: bytes[at] = UInt8(truncatingIfNeeded: 0x20 + r.below(0x60))
                }
            }
            let fast = ChannelAudit.fromJSON(bytes, primaryPlan: "SPE")
            if fast.isEmpty { refused += 1 }
            #expect(fast == ChannelAudit.treeFromJSON(bytes, primaryPlan: "SPE"))
        }
        // Both kinds were exercised: documents refused and documents read.
        #expect(refused > 0 && refused < 400)
    }

    @Test func marksAreFoundAsByTheByteScan() {
        let pieces = [
            #"<data data-audit="total.projects" value="12">๑๒</data>"#, #"<data data-audit="" value="1">1</data>"#,
            #"<data data-audit="k" value="v">t<b></data>"#, #"<data data-audit="k" value="v" >t</data>"#, "<data data-audit=\"",
            "<data data-audit=\"a\" value=\"", "<", "<<data", "x", "ข้อความ", "</data>", "\" value=\"", "\">", "<data data-audit=\"k2\"",
        ]
        var r = SplitMix64(state: 11)
        for _ in 0..<3000 {
            let page = Array((0..<(1 + r.below(12))).map { _ in pieces[r.below(pieces.count)] }.joined().utf8)
            let fast = ChannelAudit.marks(page)
            let reference = ChannelAudit.referenceMarks(page)
            #expect(fast.map { [$0.key, $0.value, $0.text] } == reference.map { [$0.key, $0.value, $0.text] })
        }
    }

    static func flat(_ elements: [XMLEngine.ReadElement]) -> [[String: String]] {
        elements.map { e in
            var d = e.attributes
            d["(name)"] = e.name
            d["(parent)"] = e.parentName
            for (k, v) in e.parentAttributes { d["(parent) " + k] = v }
            return d
        }
    }

    @Test func theValidatedReportXMLIsReadAsLibxml2ReadsIt() throws {
        let xml = ReportXML.document(try Fixtures.report(Fixtures.base))
        let schema = Array(ReportXSD.text.utf8)
        #expect(XMLEngine.shared.validate(document: xml, schema: schema).isEmpty)
        let reference = XMLEngine.shared.parsedElements(named: ChannelAudit.xmlQuery.names, in: xml)
        #expect(reference.count > 10)
        #expect(Self.flat(XMLEngine.shared.elements(ChannelAudit.xmlQuery, in: xml)) == Self.flat(reference))
        // Other bytes than the validated ones are parsed: a changed figure is seen.
        #expect(XMLEngine.shared.validate(document: xml, schema: schema).isEmpty)
        // Same length, one digit changed.
        var changed = xml
        let marker = Array("<totals projects=\"".utf8)
        let at = try #require((0...(xml.count - marker.count)).first { Array(xml[$0..<($0 + marker.count)]) == marker }) + marker.count
        changed[at] = changed[at] == UInt8(ascii: "9") ? UInt8(ascii: "8") : UInt8(ascii: "9")
        let read = XMLEngine.shared.elements(ChannelAudit.xmlQuery, in: changed)
        #expect(Self.flat(read) == Self.flat(XMLEngine.shared.parsedElements(named: ChannelAudit.xmlQuery.names, in: changed)))
        #expect(Self.flat(read) != Self.flat(reference))
        // Not XML at all: nothing is read.
        #expect(XMLEngine.shared.elements(ChannelAudit.xmlQuery, in: Array(xml.dropLast(40))).isEmpty)
    }
}
