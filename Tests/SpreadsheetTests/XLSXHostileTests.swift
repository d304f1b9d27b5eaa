import Foundation
import PlanPressTestSupport
import PlanPressXML
import Testing
import ZIPFoundation

@testable import PlanPressSpreadsheet

/// Hostile files, built here: each is refused with its typed, located error, quickly.
@Suite struct XLSXHostileTests {
    /// Reads `bytes` and returns the error, failing when there is none or it took 5 s or more.
    static func refusal(_ bytes: [UInt8], limits: XLSXLimits = .standard, sourceLocation: SourceLocation = #_sourceLocation)
        -> XLSXReadError?
    {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            #expect(elapsed < .seconds(5), "took \(elapsed)", sourceLocation: sourceLocation)
        }
        do {
            _ = try XLSXReader(limits: limits).read(bytes)
            Issue.record("read without error", sourceLocation: sourceLocation)
            return nil
        } catch {
            // Every error has a message in both languages.
            #expect(!error.message.th.isEmpty && !error.message.en.isEmpty, sourceLocation: sourceLocation)
            return error
        }
    }

    static let minimalSheet = RawZip.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)

    @Test func theMinimalWorkbookOfTheseTestsReads() throws {
        let book = try XLSXReader().read(RawZip.workbook(sheet: Self.minimalSheet).bytes)
        #expect(book.sheets.first?["A1"]?.value == .number("1"))
    }

    @Test func notAZip() {
        #expect(Self.refusal(Array("name,budget\nน้ำ,1\n".utf8)).map { if case .notAZip = $0 { true } else { false } } == true)
        #expect(Self.refusal([]).map { if case .notAZip = $0 { true } else { false } } == true)
    }

    @Test func anOLEFileIsEncryptedOrOld() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 4096)
        let error = Self.refusal(ole)
        #expect(error == .encryptedOrLegacy)
        #expect(error?.message.en.contains("without a password") == true)
    }

    @Test func aZipWithoutAWorkbook() {
        var zip = RawZip()
        zip.add("word/document.xml", "<w/>")
        #expect(Self.refusal(zip.bytes) == .notAWorkbook)
    }

    @Test func anEncryptedEntry() {
        var zip = RawZip.workbook(sheet: Self.minimalSheet)
        zip.add(name: Array("xl/secret.bin".utf8), [1, 2, 3], flags: 0x0801)
        #expect(Self.refusal(zip.bytes) == .encryptedEntry(part: "xl/secret.bin"))
    }

    @Test func aZipBombThatSaysItsSize() {
        var zip = RawZip.workbook(sheet: Self.minimalSheet)
        // 1 GB of zeros, declared as such: refused before a byte is inflated.
        let groups = 1 << 30 / (258 * 8)
        zip.add(raw: "xl/worksheets/sheet1.xml", DeflateBomb.zeros(groups: groups), declaredSize: UInt32(1 + 258 * 8 * groups))
        zip.entries.removeAll { $0.name == Array("xl/worksheets/sheet1.xml".utf8) && $0.method == 8 && $0.declaredUncompressed < 1000 }
        let error = Self.refusal(zip.bytes)
        #expect(error == .entryTooLarge(part: "xl/worksheets/sheet1.xml", limit: XLSXLimits.standard.maxEntryBytes))
    }

    @Test func aZipBombThatLiesAboutItsSize() throws {
        // The hand-made stream is checked on a small copy first: it inflates to what it says.
        let small = DeflateBomb.zeros(groups: 10)
        var inflated = 0
        var position = 0
        _ = try Data.decompress(size: Int64(small.count), bufferSize: 4096, skipCRC32: true) { _, size in
            defer { position = min(position + size, small.count) }
            return Data(small[position..<min(position + size, small.count)])
        } consumer: {
            inflated += $0.count
        }
        #expect(inflated == 1 + 258 * 8 * 10)

        // 1 GB of zeros declared as 100 bytes, as the sheet: the inflater is stopped at a limit.
        var zip = RawZip.workbook(sheet: Self.minimalSheet)
        zip.entries.removeAll { $0.name == Array("xl/worksheets/sheet1.xml".utf8) }
        zip.add(raw: "xl/worksheets/sheet1.xml", DeflateBomb.zeros(groups: 1 << 30 / (258 * 8)), declaredSize: 100)
        let error = Self.refusal(zip.bytes)
        let part = "xl/worksheets/sheet1.xml"
        #expect(
            error == .entryTooLarge(part: part, limit: XLSXLimits.standard.maxEntryBytes)
                || error == .compressionRatioTooHigh(part: part, limit: XLSXLimits.standard.maxCompressionRatio),
            "\(String(describing: error))")
        // With the ratio limit out of the way, the size limit stops it.
        var generous = XLSXLimits()
        generous.maxCompressionRatio = 1_000_000
        #expect(Self.refusal(zip.bytes, limits: generous) == .entryTooLarge(part: part, limit: generous.maxEntryBytes))
    }

    @Test func aHighlyCompressedPartIsABomb() {
        // 5 MB of one letter deflates about 1000:1.
        let sheet = RawZip.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(String(repeating: "a", count: 5_000_000))</t></is></c></row>")
        let error = Self.refusal(RawZip.workbook(sheet: sheet).bytes)
        #expect(error == .compressionRatioTooHigh(part: "xl/worksheets/sheet1.xml", limit: 100))
    }

    @Test func aStreamThatNeverEnds() {
        // A stored deflate block that promises 65,535 bytes and has 10: ZIPFoundation's own reader
        // would wait for the rest forever.
        var zip = RawZip.workbook(sheet: Self.minimalSheet)
        zip.entries.removeAll { $0.name == Array("xl/worksheets/sheet1.xml".utf8) }
        zip.add(
            raw: "xl/worksheets/sheet1.xml", [0x00, 0xFF, 0xFF, 0x00, 0x00] + [UInt8](repeating: 0x41, count: 10), declaredSize: 65_535)
        let error = Self.refusal(zip.bytes)
        #expect(error == .corruptEntry(part: "xl/worksheets/sheet1.xml", detail: "truncated"))
    }

    @Test func twentyThousandEntries() {
        var zip = RawZip.workbook(sheet: Self.minimalSheet)
        for i in 0..<20_000 { zip.add(name: Array("xl/media/n\(i).txt".utf8), [], stored: true) }
        #expect(Self.refusal(zip.bytes) == .tooManyEntries(count: 20_004, limit: 1_000))
    }

    @Test func unsafeEntryNames() {
        for name in ["../evil", "/etc/x", "xl/../../evil", "xl\\worksheets\\sheet9.xml", "C:evil", "xl/a\u{0}b.xml"] {
            var zip = RawZip.workbook(sheet: Self.minimalSheet)
            zip.add(name: Array(name.utf8), Array("x".utf8))
            #expect(Self.refusal(zip.bytes) == .unsafeEntryName(name), "\(name)")
        }
    }

    @Test func billionLaughs() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&lol9;"/></sheets></workbook>
            """
        let zip = RawZip.workbook(sheet: Self.minimalSheet, workbookXML: laughs)
        #expect(Self.refusal(zip.bytes) == .doctype(part: "xl/workbook.xml", line: 2))
    }

    @Test func externalEntity() {
        let sheet = RawZip.sheet("")
        var zip = RawZip.workbook(sheet: sheet)
        zip.entries.removeAll { $0.name == Array("xl/worksheets/sheet1.xml".utf8) }
        zip.add(
            "xl/worksheets/sheet1.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment first -->
            <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>
            """)
        #expect(Self.refusal(zip.bytes) == .doctype(part: "xl/worksheets/sheet1.xml", line: 3))
    }

    @Test func aDoctypeInUTF16IsRefusedByTheReaderToo() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: XMLStreamError.self) {
            let reader = try XMLStreamReader(bytes, name: "u.xml")
            while let node = try reader.next() {
                if case .text(let t) = node { Issue.record("read the entity: \(t)") }
            }
        }
        #expect(XMLStreamReader.doctypeLine(in: Array("<?xml version='1.0'?>\n\n<!DOCTYPE a>".utf8)) == 3)
        #expect(XMLStreamReader.doctypeLine(in: Array("<a><!DOCTYPE a></a>".utf8)) == nil)
    }

    @Test func aMillionRows() {
        // A million rows, about 20 MB of XML, compressed small: refused at row 100,001.
        var xml = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        xml.reserveCapacity(22_000_000)
        for r in 1...1_000_000 { xml += "<row r=\"\(r)\"/>" }
        xml += "</sheetData></worksheet>"
        let zip = RawZip.workbook(sheet: Array(xml.utf8))
        #expect(Self.refusal(zip.bytes) == .tooManyRows(sheet: "Sheet1", row: 100_001, limit: 100_000))
    }

    @Test func aRowPastTheLimitByItsNumber() {
        let sheet = RawZip.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row><row r="200000"><c r="A200000"><v>1</v></c></row>"#)
        #expect(Self.refusal(RawZip.workbook(sheet: sheet).bytes) == .tooManyRows(sheet: "Sheet1", row: 200_000, limit: 100_000))
    }

    @Test func tooManyCells() {
        var limits = XLSXLimits()
        limits.maxCells = 5
        let cells = (1...6).map { "<c r=\"A\($0)\"><v>\($0)</v></c>" }.joined()
        let sheet = RawZip.sheet("<row r=\"1\">\(cells)</row>")
        #expect(
            Self.refusal(RawZip.workbook(sheet: sheet).bytes, limits: limits)
                == .tooManyCells(sheet: "Sheet1", cell: CellReference("A6")!, limit: 5))
    }

    /// Letters that do not compress much (deflate's ratio stays near 2), so the size of the cell
    /// is what is refused.
    static func noise(_ count: Int) -> String {
        var random = SplitMix64(seed: 7)
        var bytes = [UInt8](repeating: 0, count: count)
        for i in 0..<count { bytes[i] = UInt8(0x61 + random.below(26)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aTenMegabyteCell() {
        let sheet = RawZip.sheet(
            "<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>\(Self.noise(10_485_760))</t></is></c></row>")
        let error = Self.refusal(RawZip.workbook(sheet: sheet).bytes)
        #expect(error == .cellTooLong(part: "xl/worksheets/sheet1.xml", sheet: "Sheet1", cell: CellReference("C1"), limit: 32_767))
        #expect(error?.cell == "C1")
    }

    @Test func aCellLongerThanExcelAllows() {
        let long = String(repeating: "ก", count: 32_768)
        let strings = Array(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>ok</t></si><si><t>\(long)</t></si></sst>".utf8)
        let sheet = RawZip.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#)
        let error = Self.refusal(RawZip.workbook(sheet: sheet, sharedStrings: strings).bytes)
        #expect(error == .cellTooLong(part: "xl/worksheets/sheet1.xml", sheet: "Sheet1", cell: CellReference("B1"), limit: 32_767))
        // Exactly Excel's limit is fine.
        let fine = Array(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>ok</t></si><si><t>\(long.dropLast())</t></si></sst>"
                .utf8)
        #expect((try? XLSXReader().read(RawZip.workbook(sheet: sheet, sharedStrings: fine).bytes)) != nil)
    }

    @Test func tooManySharedStrings() {
        var limits = XLSXLimits()
        limits.maxSharedStrings = 10
        let strings = Array(("<sst>" + String(repeating: "<si><t>x</t></si>", count: 11) + "</sst>").utf8)
        let error = Self.refusal(RawZip.workbook(sheet: Self.minimalSheet, sharedStrings: strings).bytes, limits: limits)
        #expect(error == .tooManySharedStrings(limit: 10))
    }

    @Test func aSharedStringThatDoesNotExist() {
        let sheet = RawZip.sheet(#"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#)
        let error = Self.refusal(RawZip.workbook(sheet: sheet).bytes)
        #expect(error?.sheet == "Sheet1" && error?.cell == "A1")
    }

    @Test func aFileLargerThanTheLimit() {
        var limits = XLSXLimits()
        limits.maxFileBytes = 100
        #expect(Self.refusal(RawZip.workbook(sheet: Self.minimalSheet).bytes, limits: limits) != nil)
    }

    @Test func aTruncatedFileAndGarbageMutations() {
        // Cut and flipped copies of a real workbook: errors or workbooks, never a crash or a hang.
        let bytes = RawZip.workbook(sheet: Self.minimalSheet).bytes
        var random = SplitMix64(seed: 11)
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<300 {
            var mutated = bytes
            if random.below(2) == 0 {
                mutated = Array(mutated.prefix(random.below(mutated.count)))
            } else {
                for _ in 0..<(1 + random.below(8)) { mutated[random.below(mutated.count)] = UInt8(random.below(256)) }
            }
            _ = try? XLSXReader().read(mutated)
        }
        #expect(clock.now - start < .seconds(20))
    }
}
