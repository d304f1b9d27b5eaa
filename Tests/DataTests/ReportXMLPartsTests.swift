import Foundation
import PlanPressHistory
import PlanPressTestSupport
import Testing

@testable import PlanPressAlign
@testable import PlanPressAudit
@testable import PlanPressData
@testable import PlanPressPublish
@testable import PlanPressValidate
@testable import PlanPressXML

/// `report.xml` validated in parts (`ReportXMLParts`, `ReportIdentities`) against libxml2's
/// validation of the whole document: the same verdict, the same audited elements, and every key
/// and keyref of `report.xsd` caught when a part breaks it.
@Suite(.serialized) struct ReportXMLPartsTests {
    /// The document as the build writes it (flushed in small pieces) and what the parts found.
    static func inParts(_ report: Report, data: DataAnalysis? = nil, trends: Trends? = nil) -> (
        document: [UInt8], elements: [XMLEngine.ReadElement]?, problems: [String]
    ) {
        XMLEngine.shared.withParts(schema: Array(ReportXSD.partsText.utf8)) { validator in
            let parts = ReportXMLParts(validator, reading: ChannelAudit.xmlQuery)
            var out: [UInt8] = []
            var document: [UInt8] = []
            ReportXML.write(report, data: data ?? DataAnalysis(report), trends: trends, into: &out, flushEvery: 4096, parts: parts) {
                bytes in
                document += bytes
                bytes.removeAll()
            }
            return (document, parts.validElements, parts.problems)
        }
    }

    static func whole(_ document: [UInt8]) -> [XMLEngine.ValidationProblem] {
        XMLEngine.shared.validate(document: document, schema: Array(ReportXSD.text.utf8))
    }

    static func same(_ a: [XMLEngine.ReadElement], _ b: [XMLEngine.ReadElement]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy {
                $0.name == $1.name && $0.attributes == $1.attributes && $0.parentName == $1.parentName
                    && $0.parentAttributes == $1.parentAttributes
            }
    }

    @Test func aValidReportPassesInPartsWithTheElementsOfTheWholeDocument() throws {
        for report in [try Fixtures.report(Fixtures.base), try Fixtures.report()] {
            let (document, elements, problems) = Self.inParts(report)
            #expect(problems.isEmpty, "\(problems)")
            #expect(document == ReportXML.document(report))
            #expect(Self.whole(document).isEmpty)
            let read = XMLEngine.shared.parsedElements(named: ChannelAudit.xmlQuery.names, in: document)
            #expect(read.contains { $0.name == "figures" && $0.parentName == "unit" })
            #expect(Self.same(try #require(elements), read))
        }
    }

    /// With the years compared (after the units, in the document's tail): valid in parts as
    /// whole, and the history's elements read in the same order.
    @Test func aReportWithItsHistoryPassesInParts() throws {
        let report = try Fixtures.report(Fixtures.base)
        let trends = try Fixtures.trends(report)
        let (document, elements, problems) = Self.inParts(report, trends: trends)
        #expect(problems.isEmpty, "\(problems)")
        #expect(document == ReportXML.document(report, trends: trends))
        #expect(Self.whole(document).isEmpty)
        let read = XMLEngine.shared.parsedElements(named: ChannelAudit.xmlQuery.names, in: document)
        #expect(read.filter { $0.name == "yearTotals" }.map { $0.parentAttributes["year"] } == ["2567", "2568", "2569"])
        #expect(Self.same(try #require(elements), read))
        // An item twice in one year is refused in parts as whole.
        let twice = Array(
            String(decoding: document, as: UTF8.self).replacingOccurrences(
                of: #"code="SPE.OLD" plan="SPE""#, with: #"code="SPE.S1" plan="SPE""#
            )
            .utf8)
        #expect(!Self.whole(twice).isEmpty)
    }

    @Test func aReportWithoutUnitsPassesInParts() throws {
        var report = try Fixtures.report(Fixtures.base)
        report.units = []
        report.rollups = report.rollups.map {
            var r = $0
            r.projectKeys = []
            return r
        }
        report.strategicIndicators = report.strategicIndicators.map {
            var s = $0
            s.reported = []
            s.contributions = []
            return s
        }
        let (document, elements, problems) = Self.inParts(report)
        #expect(Self.whole(document).isEmpty, "\(Self.whole(document))")
        #expect(problems.isEmpty, "\(problems)")
        #expect(elements != nil)
    }

    /// Each edit breaks one constraint of `report.xsd`: libxml2 rejects the whole document, and
    /// the parts do too (naming the constraint when it is a key or keyref).
    @Test(arguments: [
        ("a repeated unit", "unitID"),
        ("a repeated plan", "planID"),
        ("a repeated item", "itemCode"),
        ("a repeated strategic indicator", "indicatorCode"),
        ("a repeated project key", "projectKey"),
        ("a project's unknown extra support", "itemRef"),
        ("a project's unknown strategy", "itemRef"),
        ("a project's unknown aligned code", "itemRef"),
        ("an item's unknown support", "itemRef"),
        ("an unknown indicator a project contributes to", "indicatorRef"),
        ("an unknown indicator a unit reports", "indicatorResultRef"),
        ("a removed project a roll-up lists", "projectRef"),
        ("a removed project a strategic indicator counts", "projectRef"),
        ("an unknown unit a strategic indicator names", "unitRef"),
        ("an unknown unit a strategic indicator's value is made from", "unitRef"),
        ("an unknown primary plan", "primaryPlanRef"),
        ("a unit id the schema's pattern refuses", ""),
    ])
    func aBrokenConstraintFailsInPartsAsItDoesWhole(edit: String, constraint: String) throws {
        var r = try Fixtures.report(Fixtures.base)
        let at = r.units[0].projects[0].project.strategies[0].location
        switch edit {
        case "a repeated unit": r.units.append(r.units[0])
        case "a repeated plan": r.framework.plans.append(r.framework.plans[0])
        case "a repeated item": r.framework.plans[0].items.append(r.framework.plans[0].items[0])
        case "a repeated strategic indicator":
            var repeated = false
            for p in r.framework.plans.indices where !repeated { repeated = Self.repeatFirstIndicator(in: &r.framework.plans[p].items) }
            #expect(repeated)
        case "a repeated project key":
            r.units[1].projects[0].unitID = r.units[0].projects[0].unitID
            r.units[1].projects[0].project.id = r.units[0].projects[0].project.id
        case "a project's unknown extra support": r.units[0].projects[0].project.alsoSupports.append(LocatedCode("ZZ.9", at: at))
        case "a project's unknown strategy": r.units[0].projects[0].project.strategies.append(LocatedCode("ZZ.9", at: at))
        case "a project's unknown aligned code": r.units[0].projects[0].alignedCodes.append("ZZ.9")
        case "an item's unknown support": r.framework.plans[0].items[0].supports.append(LocatedCode("ZZ.9", at: at))
        case "an unknown indicator a project contributes to":
            let (u, p, i) = try #require(Self.firstContribution(r))
            r.units[u].projects[p].project.indicators[i].contributesTo = LocatedCode("ZZ.9", at: at)
        case "an unknown indicator a unit reports":
            let u = try #require(r.units.firstIndex { !$0.submission.indicatorResults.isEmpty })
            r.units[u].submission.indicatorResults[0].code = LocatedCode("ZZ.9", at: at)
        case "a removed project a roll-up lists":
            let key = try #require(r.rollups.first { !$0.projectKeys.isEmpty }?.projectKeys.first)
            let u = try #require(r.units.firstIndex { $0.projects.contains { "\($0.unitID)/\($0.project.id)" == key } })
            r.units[u].projects.removeAll { "\($0.unitID)/\($0.project.id)" == key }
        case "a removed project a strategic indicator counts":
            let c = try #require(r.strategicIndicators.lazy.flatMap(\.contributions).first)
            let u = try #require(r.units.firstIndex { $0.submission.unit.id == c.unitID })
            r.units[u].projects.removeAll { $0.project.id == c.projectID }
            // Only the contribution refers to it now.
            r.rollups = r.rollups.map {
                var x = $0
                x.projectKeys.removeAll { $0 == "\(c.unitID)/\(c.projectID)" }
                return x
            }
        case "an unknown unit a strategic indicator names":
            let s = try #require(r.strategicIndicators.firstIndex { !$0.reported.isEmpty })
            r.strategicIndicators[s].reported[0].unitID = "nobody-here"
        case "an unknown primary plan": r.site.primaryPlan = "ZZ"
        case "an unknown unit a strategic indicator's value is made from": break
        default: r.units[0].submission.unit.id = "Not An ID"
        }
        var data = DataAnalysis(r)
        if edit == "an unknown unit a strategic indicator's value is made from" {
            // Only the contributor: the entries reported stay as they were.
            let s = try #require(data.indicators.firstIndex { !$0.contributors.isEmpty })
            data.indicators[s].contributors[0].unitID = "nobody-here"
        }
        let (document, elements, problems) = Self.inParts(r, data: data)
        #expect(!Self.whole(document).isEmpty, "libxml2 takes the edited document: the edit breaks nothing")
        #expect(elements == nil)
        #expect(!problems.isEmpty)
        if !constraint.isEmpty { #expect(problems.contains { $0.hasPrefix(constraint + " ") }, "\(problems)") }
    }

    /// Repeats the first strategic indicator of the first item (at any depth) that has one.
    static func repeatFirstIndicator(in items: inout [PlanItem]) -> Bool {
        for i in items.indices {
            if let first = items[i].indicators.first {
                items[i].indicators.append(first)
                return true
            }
            if repeatFirstIndicator(in: &items[i].items) { return true }
        }
        return false
    }

    static func firstContribution(_ r: Report) -> (Int, Int, Int)? {
        for (u, unit) in r.units.enumerated() {
            for (p, project) in unit.projects.enumerated() {
                if let i = project.project.indicators.firstIndex(where: { $0.contributesTo != nil }) { return (u, p, i) }
            }
        }
        return nil
    }

    @Test func whereEachConstraintSelects() {
        func role(_ path: String) -> ReportIdentities.Role? {
            let names = path.split(separator: "/").map(String.init)
            return ReportIdentities.role(names.last!, depth: names.count - 1, ancestors: names.dropLast()[...])
        }
        #expect(role("report/plan") == .planID)
        #expect(role("report/plan/item/item") == .itemCode)
        #expect(role("report/plan/item/strategicIndicator") == .indicatorCode)
        #expect(role("report/unit") == .unitID)
        #expect(role("unitBatch/unit/project") == .projectKey)
        #expect(role("report/unit/project/strategies/code") == .itemRef)
        #expect(role("report/unit/project/alignedCodes/code") == .itemRef)
        #expect(role("report/plan/item/item/supports/code") == .itemRef)
        #expect(role("report/unit/project/indicator/contributesTo") == .indicatorRef)
        #expect(role("report/unit/indicatorResult") == .indicatorResultRef)
        #expect(role("report/plan/item/aligned") == .projectRef)
        #expect(role("report/plan/item/strategicIndicator/contribution") == .projectRef)
        #expect(role("report/plan/item/strategicIndicator/reported") == .unitRef)
        #expect(role("report/plan/item/strategicIndicator/contributor") == .unitRef)
        #expect(role("report/site") == .primaryPlanRef)
        // Not selected: the same names elsewhere.
        #expect(role("report/unit/project/objectives/code") == nil)
        #expect(role("report/plan/unit") == nil)
        #expect(role("report/unit/project/project") == nil)
        #expect(role("report/unit/unit/project/strategies/code") == nil)
        #expect(role("report/plan/item/site") == nil)
    }

    @Test func keysMustBeThereAndOnceAndReferencesMustNameOne() {
        var ids = ReportIdentities()
        var head = ReportIdentities.Part()
        head.record(.itemCode, "A")
        head.record(.itemCode, nil)
        head.record(.projectRef, "u/1")
        ids.add(head)
        var unit = ReportIdentities.Part(inUnitBatch: true)
        unit.record(.unitID, "u")
        unit.record(.projectKey, "u/1")
        unit.record(.itemRef, "A")
        unit.record(.itemRef, "B")
        unit.record(.itemCode, "C")
        ids.add(unit)
        ids.add(unit)
        #expect(
            ids.check() == [
                "a itemCode key without its field", "a itemCode key inside a unit", "a itemCode key inside a unit",
                "unitID u is repeated", "projectKey u/1 is repeated", "itemCode C is repeated", "itemRef B refers to no key",
            ])
    }

    @Test func aSchemaThatDoesNotCompileFailsEveryPart() {
        for schema in ["<not-a-schema/>", "not XML"] {
            let reading = XMLEngine.shared.withParts(schema: Array(schema.utf8)) {
                ReportXMLParts.check(Array("<a/>".utf8), with: $0, reading: ChannelAudit.xmlQuery)
            }
            #expect(!reading.problems.isEmpty)
        }
    }

    /// When a part fails, the build validates the written file whole: libxml2's own message,
    /// with its line, says what is wrong.
    @Test func aFailedPartIsReportedFromTheWholeFile() throws {
        var report = try Fixtures.report(Fixtures.base)
        report.units[0].submission.unit.id = "Not An ID"
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = try StagingFolder(outputURL: root.appendingPathComponent("output"))
        do {
            try DataRenderer().render(report, staging: staging) { try staging.add($0) }
            Issue.record("the build took an invalid report.xml")
        } catch let error as DataRenderer.InvalidXML {
            #expect(error.problems.contains { $0.element == "unit" && $0.line > 0 && $0.message.contains("Not An ID") }, "\(error)")
        }
    }
}
