import Foundation
import Testing

@testable import PlanPressCore
@testable import PlanPressParse

func yaml(_ text: String) -> (Node?, [Diagnostic]) {
    let doc = DocumentLoader.parse(Array(text.utf8), displayPath: "t.yaml", json: false)
    return (doc.root, doc.diagnostics)
}

func json(_ text: String) -> (Node?, [Diagnostic]) {
    let doc = DocumentLoader.parse(Array(text.utf8), displayPath: "t.json", json: true)
    return (doc.root, doc.diagnostics)
}

func entry(_ node: Node?, _ key: String) -> Entry? {
    guard case .mapping(let entries)? = node?.value else { return nil }
    return entries.first { $0.key == key }
}

@Suite struct YAMLReaderTests {
    @Test func positionsOnEveryNodeKind() {
        let (root, d) = yaml("a: 1\nlist:\n  - x\n  - { k: \"v\" }\nblock: |\n  text\nthai: สตูล ลำดับ\n")
        #expect(d.isEmpty)
        #expect(root?.location.line == 1 && root?.location.column == 1)
        #expect(entry(root, "a")?.keyLocation == SourceLocation(path: "t.yaml", line: 1, column: 1))
        #expect(entry(root, "a")?.value.location.column == 4)
        let list = entry(root, "list")!.value
        #expect(list.location.line == 3 && list.location.column == 3)
        guard case .sequence(let items) = list.value else {
            Issue.record("not a sequence")
            return
        }
        #expect(items[0].location == SourceLocation(path: "t.yaml", line: 3, column: 5))
        #expect(items[1].location == SourceLocation(path: "t.yaml", line: 4, column: 5))
        #expect(entry(items[1], "k")?.value.location.column == 10)
        #expect(entry(items[1], "k")?.value.scalar == Scalar("v", isString: true))
        #expect(entry(root, "block")?.value.scalar == Scalar("text\n", isString: true))
        // Columns count characters, not bytes: Thai letters are three bytes each.
        #expect(entry(root, "thai")?.value.location.column == 7)
    }

    @Test func plainScalarsKeepTheirText() {
        let (root, _) = yaml("date: 2569-10-20\nmoney: 1,250,000\nnothing: ~\nyes: true\n")
        #expect(entry(root, "date")?.value.scalar?.text == "2569-10-20")
        #expect(entry(root, "money")?.value.scalar?.text == "1,250,000")
        #expect(entry(root, "nothing")?.value.isNull == true)
        #expect(entry(root, "yes")?.value.scalar?.bool == true)
    }

    @Test func syntaxErrorsAreLocated() {
        let (_, d) = yaml("a: 1\nb: [1, 2\nc: 3\n")
        #expect(d.first?.code == .syntax)
        #expect((d.first?.location.line ?? 0) >= 2)
    }

    @Test func tabsAreASyntaxErrorWithAHint() {
        let (_, d) = yaml("unit:\n\tid: x\n")
        #expect(d.first?.code == .syntax)
        #expect(d.first?.location.line == 2)
        #expect(d.first?.hint?.en.contains("spaces") == true)
    }

    @Test func anchorsAreRejectedAtTheFirstOne() {
        let (root, d) = yaml("a: &x [1, 2]\nb: *x\n")
        #expect(root == nil)
        #expect(d.map(\.code) == [.aliasNotAllowed])
        #expect(d.first?.location.line == 1)
    }

    @Test func aliasBombIsNeverExpanded() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<30 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let (_, d) = yaml(text)
        #expect(d.map(\.code) == [.aliasNotAllowed])
    }

    @Test func nestingPast64IsRejectedWithoutRecursion() {
        let exactly64 = "a: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        #expect(yaml(exactly64).1.isEmpty)
        let deeper = "a: " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(yaml(deeper).1.map(\.code) == [.nestingTooDeep])
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (_, d) = yaml(deep)
        #expect(d.map(\.code) == [.nestingTooDeep])
    }

    @Test func duplicateKeysAreReportedWhereTheyStand() {
        let (_, d) = yaml("a: 1\nb: 2\na: 3\n")
        #expect(d.map(\.code) == [.duplicateKey])
        #expect(d.first?.location.line == 3)
    }

    @Test func emptyAndNonMapRoots() {
        #expect(yaml("").1.map(\.code) == [.rootNotMapping])
        #expect(yaml("- a\n- b\n").1.map(\.code) == [.rootNotMapping])
        #expect(yaml("a: 1\n---\nb: 2\n").1.map(\.code) == [.syntax])
    }
}

@Suite struct JSONReaderTests {
    @Test func positionsAndTypes() {
        let (root, d) = json("{\n  \"a\": 1,\n  \"b\": [true, null, \"สตูล\"],\n  \"c\": {\"d\": -1.5e2}\n}")
        #expect(d.isEmpty)
        #expect(entry(root, "a")?.keyLocation == SourceLocation(path: "t.json", line: 2, column: 3))
        #expect(entry(root, "a")?.value.location.column == 8)
        #expect(entry(root, "a")?.value.scalar == Scalar("1", isString: false))
        guard case .sequence(let items)? = entry(root, "b")?.value.value else {
            Issue.record("not a list")
            return
        }
        #expect(items[1].isNull)
        #expect(items[2].scalar == Scalar("สตูล", isString: true))
        #expect(entry(entry(root, "c")?.value, "d")?.value.scalar?.text == "-1.5e2")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9), ("{\"a\": [1, 2,]}", 1, 13), ("{\"a\": 01}", 1, 7), ("{// c\n}", 1, 2),
        ("{\"a\": 'x'}", 1, 7), ("{\"a\": \"x\n\"}", 1, 9), ("{\"a\" 1}", 1, 6), ("{\"a\": 1}  x", 1, 11),
        ("{\n\"ก\": tru}", 2, 6),
    ])
    func strictErrorsAreLocated(input: String, line: Int, column: Int) {
        let (_, d) = json(input)
        #expect(d.first?.code == .syntax)
        #expect(d.first?.location.line == line)
        #expect(d.first?.location.column == column)
    }

    @Test func escapesAndSurrogates() {
        let (root, d) = json(#"{"a": "\u0e2a\ud83d\ude00\n\"\\"}"#)
        #expect(d.isEmpty)
        #expect(entry(root, "a")?.value.scalar?.text == "ส😀\n\"\\")
    }

    @Test func depthAndDuplicates() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(json("{\"a\": \(deep)}").1.map(\.code) == [.nestingTooDeep])
        let (_, d) = json("{\"a\": 1,\n \"a\": 2}")
        #expect(d.map(\.code) == [.duplicateKey])
        #expect(d.first?.location.line == 2)
    }
}

@Suite struct EncodingTests {
    let thai = "unit: สตูล\n"

    @Test func utf8WithAndWithoutBOM() {
        let plain = SourceText.decode(Array(thai.utf8), path: "x")
        #expect(plain.0?.encoding == .utf8 && plain.0?.text == thai && plain.1.isEmpty)
        let bom = SourceText.decode([0xEF, 0xBB, 0xBF] + Array(thai.utf8), path: "x")
        #expect(bom.0?.encoding == .utf8BOM && bom.0?.text == thai && bom.1.isEmpty)
    }

    @Test func utf16WithBOMIsAcceptedWithAWarning() {
        var le: [UInt8] = [0xFF, 0xFE]
        for u in thai.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let r = SourceText.decode(le, path: "x")
        #expect(r.0?.text == thai && r.0?.encoding == .utf16LE)
        #expect(r.1.map(\.code) == [.encodingConverted])
        var be: [UInt8] = [0xFE, 0xFF]
        for u in thai.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(SourceText.decode(be, path: "x").0?.text == thai)
    }

    @Test func tis620AndWindows874() {
        // "unit: สตูล" in TIS-620: ส=0xCA ต=0xB5 ู=0xD9 ล=0xC5.
        let tis: [UInt8] = Array("unit: ".utf8) + [0xCA, 0xB5, 0xD9, 0xC5, 0x0A]
        let r = SourceText.decode(tis, path: "x")
        #expect(r.0?.text == thai && r.0?.encoding == .tis620)
        #expect(r.1.map(\.code) == [.encodingConverted])
        #expect(r.1.first?.message.en.contains("TIS-620") == true)
        let win: [UInt8] = tis.dropLast() + [0x96, 0x0A]  // an en dash from Windows-874
        let w = SourceText.decode(win, path: "x")
        #expect(w.0?.encoding == .windows874 && w.0?.text == "unit: สตูล–\n")
    }

    @Test func crlfIsRead() {
        let (root, d) = yaml("a: 1\r\nb: สตูล\r\n")
        #expect(d.isEmpty)
        #expect(entry(root, "b")?.value.scalar?.text == "สตูล")
        #expect(entry(root, "b")?.keyLocation.line == 2)
    }

    @Test func invalidBytesNameLineAndOffset() {
        let bytes: [UInt8] = Array("a: ok\nb: ".utf8) + [0xE0, 0xB8, 0xAA, 0xFF, 0x0A]
        let r = SourceText.decode(bytes, path: "x")
        #expect(r.0 == nil)
        #expect(r.1.first?.code == .encodingInvalid)
        #expect(r.1.first?.location.line == 2)
        #expect(r.1.first?.location.column == 5)
        #expect(r.1.first?.message.en.contains("offset 12") == true)
    }
}

@Suite struct LenientValueTests {
    func n(_ text: String, quoted: Bool = true, percent: Bool = false) -> String? {
        try? LenientValue.number(Scalar(text, isString: quoted), allowPercent: percent).get().description
    }

    @Test func numbersAsThaiDocumentsWriteThem() {
        #expect(n("1,250,000") == "1250000")
        #expect(n("๑,๒๕๐,๐๐๐") == "1250000")
        #expect(n("348,250.50") == "348250.5")
        #expect(n("72.5%", percent: true) == "72.5")
        #expect(n("๗๒.๕ %", percent: true) == "72.5")
        #expect(n("-3") == "-3")
        #expect(n("350000", quoted: false) == "350000")
    }

    @Test func everythingElseIsAnError() {
        for bad in ["1.250.000", "ประมาณ 5", "N/A", "12,34", "1,2345", "", "5 บาท", "1,000,00"] {
            #expect(n(bad) == nil, "\(bad)")
        }
        #expect(throws: LenientValue.NumberProblem.percentNotAllowed) {
            try LenientValue.number(Scalar("72%", isString: true), allowPercent: false).get()
        }
    }

    func d(_ text: String) -> String? {
        try? LenientValue.date(Scalar(text, isString: false)).get().iso
    }

    @Test func datesInBothErasAndInThai() {
        #expect(d("2569-10-20") == "2026-10-20")
        #expect(d("2026-10-20") == "2026-10-20")
        #expect(d("20 ตุลาคม 2569") == "2026-10-20")
        #expect(d("20 ต.ค. 2569") == "2026-10-20")
        #expect(d("๒๐ ต.ค. ๒๕๖๙") == "2026-10-20")
        #expect(d("5 กุมภาพันธ์ พ.ศ. 2569") == "2026-02-05")
        #expect(d("29 ก.พ. 2567") == "2024-02-29")
    }

    @Test func badDates() {
        #expect(d("2569-02-30") == nil)
        #expect(d("20/10/2569") == nil)
        #expect(d("20 October 2569") == nil)
        #expect(throws: LenientValue.DateProblem.shortYear(69)) { try LenientValue.date(Scalar("20 ต.ค. 69", isString: false)).get() }
    }
}
