import Foundation
import PlanPressCore
import PlanPressTestSupport
import Testing

@testable import PlanPressHistory

/// Whatever bytes a year's `report.json` holds, reading it ends: with the year, or with at least
/// one located diagnostic of the history's own codes. Never a trap, never a year dropped silently.
@Suite struct HistoryFuzzTests {
    static let reportCodes: Set<DiagnosticCode> = [.historyUnreadable, .historySchema, .historyYearMismatch, .historyProvince]

    static func check(_ bytes: [UInt8], _ label: String) {
        let (year, diagnostics) = HistoryReportReader(year: 2568, path: "r.json", province: "สตูล", maximumBytes: 1 << 20).read(bytes)
        if year == nil {
            #expect(!diagnostics.isEmpty, "\(label): no year and no word")
        } else {
            #expect(diagnostics.isEmpty, "\(label): a year kept despite \(diagnostics)")
        }
        for d in diagnostics {
            #expect(Self.reportCodes.contains(d.code), "\(label): \(d.code)")
            #expect(d.severity == .error)
        }
    }

    @Test("random bytes, and random bytes after a report's start")
    func randomBytes() {
        var random = SplitMix64(seed: 18_04)
        for i in 0..<400 {
            var bytes = (0..<random.below(300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if i % 2 == 0 { bytes = Array("{\"format\": \"planpress/report/1\", \"site\": ".utf8) + bytes }
            Self.check(bytes, "random \(i)")
        }
    }

    @Test("the fixture's report truncated at every byte, and the sample's at 300 places")
    func truncated() throws {
        let fixture = [UInt8](try Data(contentsOf: HistoryReportReaderTests.fixtureYear))
        for end in 0..<fixture.count { Self.check(Array(fixture[..<end]), "fixture cut at \(end)") }
        let sample = [UInt8](try Data(contentsOf: HistoryReportReaderTests.sampleYear))
        var random = SplitMix64(seed: 2568)
        for _ in 0..<300 {
            let end = random.below(sample.count)
            Self.check(Array(sample[..<end]), "sample cut at \(end)")
        }
        Self.check(sample, "the sample whole")
    }

    @Test("the fixture's report with bytes changed, inserted and removed")
    func mutated() throws {
        let fixture = [UInt8](try Data(contentsOf: HistoryReportReaderTests.fixtureYear))
        let pieces: [[UInt8]] = ["null", "-", "1e999", "\"", "\\u", "{", "]", ",", "0.001", "\u{0E01}", "[[[[", "true"].map {
            Array($0.utf8)
        }
        var random = SplitMix64(seed: 4)
        for i in 0..<2_000 {
            var bytes = fixture
            let at = random.below(bytes.count)
            switch random.below(3) {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
            default: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(8)))
            }
            Self.check(bytes, "mutation \(i) at \(at)")
        }
    }
}
