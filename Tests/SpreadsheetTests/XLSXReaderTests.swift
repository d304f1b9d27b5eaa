import Foundation
import PlanPressCore
import PlanPressXML
import Testing

@testable import PlanPressSpreadsheet

/// The reader on workbooks saved by LibreOffice (committed fixtures, made by
/// `scripts/make_xlsx_fixtures`) and written by hand, and its helpers: references, dates,
/// number formats, the streaming XML reader.
@Suite struct XLSXReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xlsx")

    static func fixture(_ name: String) throws -> Workbook {
        try XLSXReader().read(Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func libreOfficeCellsOfEveryKind() throws {
        let book = try Self.fixture("libreoffice-cells.xlsx")
        #expect(book.dateSystem == .from1900)
        #expect(book.sheets.map(\.name) == ["ข้อมูล", "ซ่อน"])
        #expect(book.sheets.map(\.visibility) == [.visible, .hidden])
        let s = book.sheets[0]
        #expect(s["A1"]?.value == .text("ชื่อโครงการ"))
        #expect(s["A2"]?.value == .text("โครงการพัฒนาแหล่งน้ำ"))
        #expect(s["B2"]?.value == .number("420000"))
        #expect(s["C2"]?.value == .number("0.61"))
        #expect(s["B3"]?.value == .number("-1234.5"))
        #expect(s["D2"]?.value == .bool(true))
        #expect(s["D3"]?.value == .bool(false))
        #expect(s["A3"]?.value == .text("รหัส ๑๒๓"))
        // Dates: a serial with a date format; 1900-03-01 is serial 61, past the Lotus bug.
        let e2 = try #require(s["E2"])
        #expect(e2.value == .number("46296") && e2.isDateFormatted)
        #expect(book.dateSystem.date(fromSerial: "46296") == SerialDate(year: 2026, month: 10, day: 1))
        let e3 = try #require(s["E3"])
        #expect(e3.isDateFormatted && book.dateSystem.date(fromSerial: "61") == SerialDate(year: 1900, month: 3, day: 1))
        #expect(s["B2"]?.isDateFormatted == false)
        // Formulas, with the values LibreOffice computed.
        #expect(s["F3"]?.value == .number("840000"))
        #expect(s["F3"]?.formula == "B2*2")
        #expect(s["G3"]?.value == .error("#DIV/0!"))
        #expect(s["H3"]?.value == .text("โครงการพัฒนาแหล่งน้ำ!"))
        // Empty rows 4–5 and the styled blanks after A6 are absent.
        #expect(!s.cells.contains { $0.reference.row == 4 || $0.reference.row == 5 })
        #expect(s.cells.filter { $0.reference.row == 6 }.map(\.reference.a1) == ["A6"])
        // Rich text is joined; spaces at the edges are kept.
        #expect(s["A7"]?.value == .text("ตัวหนา และปกติ"))
        #expect(s["A10"]?.value == .text("  ช่องว่างหน้าหลัง  "))
        #expect(s.mergedRanges == [CellRange("A8:C9")!])
        #expect(s["B8"] == nil)
        #expect(book.sheets[1]["A1"]?.value == .text("ค่าซ่อน"))
        #expect(s.cells == s.cells.sorted { $0.reference < $1.reference })
    }

    @Test func libreOfficeIn1904() throws {
        let book = try Self.fixture("libreoffice-1904.xlsx")
        #expect(book.dateSystem == .from1904)
        let a1 = try #require(book.sheets[0]["A1"])
        #expect(a1.isDateFormatted)
        guard case .number(let serial) = a1.value else {
            Issue.record("A1 is \(a1.value)")
            return
        }
        #expect(book.dateSystem.date(fromSerial: serial) == SerialDate(year: 2026, month: 10, day: 1))
        #expect(book.sheets[0]["A2"]?.value == .number("1"))
        #expect(book.dateSystem.date(fromSerial: "1") == SerialDate(year: 1904, month: 1, day: 2))
    }

    @Test func handWrittenInlineStringsAndFormulas() throws {
        let book = try Self.fixture("handmade-inline.xlsx")
        let s = try #require(book.sheet(named: "hand"))
        #expect(s["A1"]?.value == .text("ข้อความในเซลล์"))
        #expect(s["B1"]?.value == .text("rich inline"))
        // The phonetic reading (rPh) is not part of the text.
        #expect(s["C1"]?.value == .text("漢字"))
        #expect(s["D1"]?.value == .text("ตัว หนา"))
        #expect(s["A2"]?.value == .formulaWithoutValue)
        #expect(s["A2"]?.formula == "B2*2")
        #expect(s["B2"]?.value == .number("21"))
        #expect(s["C2"]?.value == .text("xy"))
        #expect(s["D2"]?.value == .error("#DIV/0!"))
        #expect(s["E2"]?.value == .bool(true))
        // A formula giving "" is a blank cell.
        #expect(s["F2"] == nil)
        // Cells without `r` follow each other; custom and built-in date formats.
        #expect(s["A3"]?.isDateFormatted == true)
        #expect(s["B3"]?.isDateFormatted == false)
        #expect(s["C3"]?.value == .number("46296.75"))
        #expect(s["C3"]?.isDateFormatted == true)
        #expect(s["D3"] == nil)
        #expect(s["E3"]?.value == .text("tab\tand_x0041_"))
        #expect(s["A5"] == nil)
        #expect(s["B5"]?.value == .number("1.5E-3"))
    }

    @Test func serialDatesInBothSystems() {
        let d1900 = DateSystem.from1900
        #expect(d1900.date(fromSerial: 1) == SerialDate(year: 1900, month: 1, day: 1))
        #expect(d1900.date(fromSerial: 59) == SerialDate(year: 1900, month: 2, day: 28))
        let leap = d1900.date(fromSerial: 60)
        #expect(leap == SerialDate(year: 1900, month: 2, day: 29))
        #expect(leap?.isFictitious == true && leap?.calendarDate == nil)
        #expect(d1900.date(fromSerial: 61) == SerialDate(year: 1900, month: 3, day: 1))
        #expect(d1900.date(fromSerial: 45292.75) == SerialDate(year: 2024, month: 1, day: 1))
        #expect(d1900.date(fromSerial: 2_958_465) == SerialDate(year: 9999, month: 12, day: 31))
        #expect(d1900.date(fromSerial: 0) == nil)
        #expect(d1900.date(fromSerial: 2_958_466) == nil)
        #expect(d1900.date(fromSerial: "abc") == nil)
        #expect(DateSystem.from1904.date(fromSerial: 0) == SerialDate(year: 1904, month: 1, day: 1))
        #expect(DateSystem.from1904.date(fromSerial: 43_830) == SerialDate(year: 2024, month: 1, day: 1))
        for system in [DateSystem.from1900, .from1904] {
            for (y, m, d) in [(2026, 10, 1), (1904, 1, 1), (2000, 2, 29), (1900, 3, 1)] where system == .from1900 || y > 1900 {
                let date = CalendarDate(year: y, month: m, day: d)!
                guard let serial = system.serial(of: date) else {
                    Issue.record("no serial for \(date.iso)")
                    continue
                }
                #expect(system.date(fromSerial: Double(serial))?.calendarDate == date)
            }
        }
        #expect(DateSystem.from1900.serial(of: CalendarDate(year: 1900, month: 2, day: 28)!) == nil)
    }

    @Test func dateFormatsAreRecognised() {
        for code in ["d/m/yyyy", "yyyy-mm-dd", "[$-th-TH]d\\ mmm\\ yy", "h:mm AM/PM", "ว/ด/ปปปป", "d/m/bbbb", "[Red][<0]dd-mm"] {
            #expect(NumberFormat.isDateCode(code), "\(code)")
        }
        for code in ["General", "#,##0.00", "0.00E+00", "\"day\"\\ 0.00", "[Red]#,##0;[Blue]-#,##0", "0%", "_(* #,##0_)", "@"] {
            #expect(!NumberFormat.isDateCode(code), "\(code)")
        }
        #expect(NumberFormat.isBuiltInDate(14) && NumberFormat.isBuiltInDate(22) && NumberFormat.isBuiltInDate(47))
        #expect(!NumberFormat.isBuiltInDate(4) && !NumberFormat.isBuiltInDate(49))
    }

    @Test func cellReferences() {
        #expect(CellReference("F12") == CellReference(column: 6, row: 12))
        #expect(CellReference("$AA$3") == CellReference(column: 27, row: 3))
        #expect(CellReference("XFD1048576") == CellReference(column: 16_384, row: 1_048_576))
        for bad in ["XFE1", "A0", "A1048577", "1A", "", "A", "A1B"] { #expect(CellReference(bad) == nil, "\(bad)") }
        #expect(CellReference(column: 703, row: 1).a1 == "AAA1")
        #expect(CellRange("B2:A1")?.a1 == "A1:B2")
        #expect(CellRange("A1:B2")?.contains(CellReference("B1")!) == true)
    }

    @Test func xStringEscapes() {
        #expect(XString.decode("a_x000D_b_x005F_x0041_") == "a\rb_x0041_")
        for text in ["plain", "ctl\u{1}\u{B}", "_x0041_ literal", "cr\r\nlf", "_", "_x12", "ไทย_x00"] {
            #expect(XString.decode(XString.encode(text)) == text, "\(text)")
        }
    }

    /// A large honest sheet (100,000 rows, the limit, of 4 cells) reads whole, in bounded time.
    @Test func aLargeSheetAtTheRowLimitReads() throws {
        let rows: [[CellDraft]] = (1...100_000).map { r in
            [.text("โครงการที่ \(r)"), .number(String(r * 1000)), .number("0.\(r % 100)"), .text(r % 2 == 0 ? "ใช่" : "ไม่ใช่")]
        }
        let bytes = try XLSXWriter().write(WorkbookDraft(sheets: [SheetDraft(name: "ใหญ่", rows: rows)]))
        let clock = ContinuousClock()
        let start = clock.now
        let book = try XLSXReader().read(bytes)
        let elapsed = clock.now - start
        #expect(book.sheets[0].cells.count == 400_000)
        #expect(book.sheets[0]["B100000"]?.value == .number("100000000"))
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    @Test func streamReaderReadsElementsTextAndAttributes() throws {
        let reader = try XMLStreamReader(Array(#"<a x="1"><b y="&amp;"/>t&lt;<![CDATA[c]]><!-- n --></a>"#.utf8), name: "t.xml")
        var seen: [String] = []
        while let node = try reader.next() {
            switch node {
            case .start(let name, let isEmpty):
                seen.append("<\(name)\(isEmpty ? "/" : "") \(reader.depth) \(reader.attributes().map { "\($0.name)=\($0.value)" })>")
            case .end(let name): seen.append("</\(name)>")
            case .text(let text): seen.append(text)
            }
        }
        #expect(seen == ["<a 0 [\"x=1\"]>", "<b/ 1 [\"y=&\"]>", "t<c", "</a>"])
        #expect(throws: XMLStreamError.self) {
            let broken = try XMLStreamReader(Array("<a><b></a>".utf8), name: "b.xml")
            while try broken.next() != nil {}
        }
    }
}
