import Testing

@testable import PlanPressCore

@Suite struct DecimalNumberTests {
    @Test(arguments: [
        ("0", "0"), ("72.50", "72.5"), ("-0.25", "-0.25"), ("1e3", "1000"), ("2.5E-1", "0.25"), ("0.05", "0.05"),
        ("+7", "7"), ("350000.5", "350000.5"), (".5", "0.5"),
    ])
    func readsPlainNumbers(input: String, expected: String) {
        #expect(DecimalNumber(ascii: Substring(input))?.description == expected)
    }

    @Test(arguments: ["", "-", "1.2.3", "1,000", "abc", "1e", "12345678901234567890", "๑"])
    func rejectsOthers(input: String) {
        #expect(DecimalNumber(ascii: Substring(input)) == nil)
    }

    @Test func comparesAcrossScales() {
        #expect(DecimalNumber(ascii: "70")! < DecimalNumber(ascii: "72.5")!)
        #expect(DecimalNumber(ascii: "70.0")! == DecimalNumber(ascii: "70")!)
        #expect(!(DecimalNumber(ascii: "70.01")! < DecimalNumber(ascii: "70.001")!))
    }

    @Test func roundsForDisplayHalfAwayFromZero() {
        #expect(DecimalNumber(ascii: "2.345")!.formatted(fractionDigits: 2) == "2.35")
        #expect(DecimalNumber(ascii: "-2.345")!.formatted(fractionDigits: 2) == "-2.35")
        #expect(DecimalNumber(ascii: "1234567.1")!.formatted(fractionDigits: 2, grouping: true) == "1,234,567.10")
        // Rounded once on all the dropped digits, not a digit at a time (1.2449 → 1.245 → 1.25).
        #expect(DecimalNumber(ascii: "1.2449")!.formatted(fractionDigits: 2) == "1.24")
        #expect(DecimalNumber(ascii: "-1.2449")!.formatted(fractionDigits: 2) == "-1.24")
        #expect(DecimalNumber(ascii: "99.6449999")!.formatted(fractionDigits: 1) == "99.6")
        #expect(DecimalNumber(ascii: "0.995")!.formatted(fractionDigits: 2) == "1.00")
        #expect(DecimalNumber(ascii: "7")!.formatted(fractionDigits: 0) == "7")
    }
}

@Suite struct MoneyTests {
    @Test func isExactInSatang() {
        #expect(Money(DecimalNumber(ascii: "348250.50")!)?.satang == 34_825_050)
        #expect(Money(DecimalNumber(ascii: "0.1")!)! + Money(DecimalNumber(ascii: "0.2")!)! == Money(DecimalNumber(ascii: "0.3")!)!)
        #expect(Money(DecimalNumber(ascii: "1.005")!) == nil)
    }

    @Test func formats() {
        let m = Money(satang: 125_000_050)
        #expect(m.plain == "1250000.50")
        #expect(m.grouped == "1,250,000.50")
        #expect(Money(satang: 5).plain == "0.05")
        #expect(Money.zero.plain == "0.00")
    }

    @Test func percentRoundsHalfUp() {
        #expect(Money(satang: 2).percent(of: Money(satang: 3))?.description == "66.67")
        #expect(Money(satang: 1).percent(of: .zero) == nil)
    }
}

@Suite struct ThaiCalendarTests {
    @Test func digitsRoundTrip() {
        #expect(ThaiDigits.thai("2569-10-20") == "๒๕๖๙-๑๐-๒๐")
        #expect(ThaiDigits.arabic("๑,๒๕๐,๐๐๐") == "1,250,000")
    }

    @Test func datesCarryTheirEra() {
        let d = CalendarDate(beYear: 2569, month: 10, day: 20)!
        #expect(d.year == 2026)
        #expect(d.iso == "2026-10-20")
        #expect(d.thai() == "20 ตุลาคม 2569")
        #expect(d.thai(abbreviated: true, digits: .thai) == "๒๐ ต.ค. ๒๕๖๙")
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
    }

    @Test func fiscalYearRunsOctoberToSeptember() {
        let fy = FiscalYear(beYear: 2569)
        #expect(fy.start.iso == "2025-10-01")
        #expect(fy.end.iso == "2026-09-30")
        #expect(fy.contains(CalendarDate(beYear: 2568, month: 10, day: 1)!))
        #expect(!fy.contains(CalendarDate(beYear: 2569, month: 10, day: 1)!))
    }

    @Test func sourceDateEpoch() {
        #expect(CalendarDate(unixSeconds: 0).iso == "1970-01-01")
        #expect(CalendarDate(unixSeconds: 1_797_292_800).iso == "2026-12-15")
    }
}

@Suite struct SuggestionTests {
    @Test func findsCloseKeys() {
        #expect(Suggestion.closest(to: "stratgies", in: ["strategies", "status", "suggestions"]) == "strategies")
        #expect(Suggestion.closest(to: "budjet", in: ["budget", "beneficiaries"]) == "budget")
        #expect(Suggestion.closest(to: "xyz", in: ["budget"]) == nil)
        #expect(Suggestion.nearest(to: "SPE.S9", in: ["SPE.S1", "NS1"]) == "SPE.S1")
    }
}

@Suite struct CatalogueTests {
    @Test func codesAreUniqueAndDocumented() throws {
        let codes = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for c in DiagnosticCode.allCases {
            #expect(!c.summary.th.isEmpty && !c.summary.en.isEmpty)
        }
    }
}
