import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressCore
@testable import PlanPressData
@testable import PlanPressPublish
@testable import PlanPressXML

/// How each strategic indicator's value is made, in `report.json` and `report.xml`: the
/// aggregation, whether the framework chose it, `per`, the contributing entries, and the parts and
/// `as_of` of every entry; valid against the published schemas as outside tools check them.
@Suite(.serialized) struct IndicatorMakingDataTests {
    static func files() throws -> [OutputFile] { try DataRenderer().render(try Fixtures.report(Fixtures.base)) }

    static func json(_ files: [OutputFile]) throws -> [String: Any] {
        let bytes = try #require(files.first { $0.path == OutputPath.reportJSON }).bytes
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// The strategic indicators of report.json by code.
    static func indicators(_ json: [String: Any]) -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for plan in json["plans"] as? [[String: Any]] ?? [] {
            for item in plan["items"] as? [[String: Any]] ?? [] {
                for si in item["indicators"] as? [[String: Any]] ?? [] { out[si["code"] as? String ?? ""] = si }
            }
        }
        return out
    }

    /// An entry as `unit value numerator/denominator note as_of`, `-` for null.
    static func entry(_ e: [String: Any]) -> String {
        func text(_ v: Any?) -> String {
            switch v {
            case let n as NSNumber: return n.stringValue
            case let s as String: return s
            default: return "-"
            }
        }
        return
            "\(text(e["unit_id"])) \(text(e["value"])) \(text(e["numerator"]))/\(text(e["denominator"])) \(text(e["note"])) \(text(e["as_of"]))"
    }

    @Test func reportJSONSaysHowEachValueIsMade() throws {
        let json = try Self.json(try Self.files())
        let si = Self.indicators(json)
        let ratio = try #require(si["SPE.S2.K1"])
        #expect(ratio["aggregation"] as? String == "ratio")
        #expect(ratio["aggregation_chosen"] as? Bool == true)
        #expect((ratio["per"] as? NSNumber)?.stringValue == "100")
        // as_of as ISO 8601 CE, whether the unit wrote 2569-06-10 or 10 มิ.ย. 2569.
        let entries = [
            "beta-college 0.75 3/400 ผู้เรียนทุกระดับชั้น 2026-06-10", "gamma-office 0.83 5/600 - 2026-06-10",
        ]
        #expect((ratio["contributors"] as? [[String: Any]])?.map(Self.entry) == entries)
        // `reported` keeps every entry, now with its parts and as_of too.
        #expect((ratio["reported"] as? [[String: Any]])?.map(Self.entry) == entries)
        let sum = try #require(si["SPE.S2.K2"])
        #expect(sum["aggregation"] as? String == "sum" && sum["per"] is NSNull)
        #expect((sum["contributors"] as? [[String: Any]])?.map(Self.entry) == ["beta-college 24 -/- - -", "gamma-office 16 -/- - -"])
        let single = try #require(si["SPE.S2.K3"])
        #expect(single["aggregation"] as? String == "single")
        #expect((single["contributors"] as? [[String: Any]])?.map { $0["unit_id"] as? String } == ["gamma-office"])
        let mean = try #require(si["SPE.S1.K1"])
        #expect(mean["aggregation"] as? String == "mean" && mean["aggregation_chosen"] as? Bool == false)
        // A unit's own results carry the parts and as_of.
        let beta = try #require((json["units"] as? [[String: Any]])?.first { $0["id"] as? String == "beta-college" })
        let results = try #require(beta["indicator_results"] as? [[String: Any]])
        #expect(results.map { "\($0["code"] ?? "") \(Self.entry($0))" }.first == "SPE.S2.K1 - 0.75 3/400 ผู้เรียนทุกระดับชั้น 2026-06-10")
    }

    @Test func reportXMLSaysHowEachValueIsMade() throws {
        let xml = String(decoding: try #require(try Self.files().first { $0.path == OutputPath.reportXML }).bytes, as: UTF8.self)
        #expect(
            xml.contains(
                #"<strategicIndicator code="SPE.S2.K1" direction="decrease" status="met" yearTarget="1" yearValue="0.8" aggregation="ratio" aggregationChosen="true" per="100" percentOfTarget="125.00" rating="0" ratingLabel="ดีเยี่ยม" ratingLabelEN="Excellent">"#
            ))
        #expect(
            xml.contains(
                #"<contributor unit="beta-college" value="0.75" numerator="3" denominator="400" note="ผู้เรียนทุกระดับชั้น" asOf="2026-06-10"/>"#))
        #expect(xml.contains(#"<contributor unit="gamma-office" value="16"/>"#))
        #expect(
            xml.contains(
                #"aggregation="mean" aggregationChosen="false" percentOfTarget="103.43" rating="0" ratingLabel="ดีเยี่ยม" ratingLabelEN="Excellent">"#
            ))
        #expect(xml.contains(#"<indicatorResult code="SPE.S2.K1" value="0.83" numerator="5" denominator="600" asOf="2026-06-10"/>"#))
    }

    /// `scripts/check_schema.py --report`: jsonschema and xmllint, as another office would check
    /// the files; a contributor of the wrong form, or naming a unit the report does not have,
    /// fails them.
    @Test func theDataIsValidAsOutsideToolsCheckItAndABrokenEntryIsNot() throws {
        guard let python = ExternalProgram.find("python3"), ExternalProgram.find("xmllint") != nil else {
            Issue.record("python3 and xmllint are needed (scripts/setup installs them)")
            return
        }
        let files = try Self.files()
        func check(_ change: (inout [String: String]) -> Void) throws -> ExternalProgram.Result {
            var texts: [String: String] = [:]
            for name in ["report.json", "report.schema.json", "report.xml", "report.xsd"] {
                texts[name] = String(decoding: try #require(files.first { $0.path == "data/\(name)" }).bytes, as: UTF8.self)
            }
            change(&texts)
            let folder = try ExternalProgram.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
            return try ExternalProgram.run(
                python, [Fixtures.packageRoot.appendingPathComponent("scripts/check_schema.py").path, "--report", folder.path], timeout: 120
            )
        }
        let valid = try check { _ in }
        #expect(valid.status == 0, "\(valid.output)")
        #expect(valid.output.contains("report.json is valid") && valid.output.contains("validates"))
        let json = try check {
            $0["report.json"] = $0["report.json"]?.replacingOccurrences(of: "\"numerator\": 3,", with: "\"numerator\": \"3\",")
        }
        #expect(json.status == 1 && json.output.contains("contributors"), "\(json.output)")
        let key = try check {
            $0["report.json"] = $0["report.json"]?.replacingOccurrences(of: "\"as_of\": \"2026-06-10\"", with: "\"asof\": \"2026-06-10\"")
        }
        #expect(key.status == 1, "\(key.output)")
        let unit = try check {
            $0["report.xml"] = $0["report.xml"]?.replacingOccurrences(
                of: #"<contributor unit="gamma-office" value="16"/>"#, with: #"<contributor unit="delta-school" value="16"/>"#)
        }
        #expect(unit.status == 1 && unit.output.contains("contributorUnitRef"), "\(unit.output)")
        let aggregation = try check {
            $0["report.xml"] = $0["report.xml"]?.replacingOccurrences(of: #"aggregation="sum""#, with: #"aggregation="total""#)
        }
        #expect(aggregation.status == 1, "\(aggregation.output)")
    }
}
