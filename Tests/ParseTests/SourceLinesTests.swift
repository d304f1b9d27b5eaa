import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressBuild
@testable import PlanPressCLI
@testable import PlanPressCore
@testable import PlanPressParse

/// `check` finds a file's lines on its bytes (`SourceLines`); they must be exactly the lines the
/// grapheme-cluster split gave before, which the quoted lines, the carets and the validation
/// report were made from.
struct SourceLinesTests {
    /// The split `check` used before: by `Character`, on any `isNewline` character.
    static func reference(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// The caret line `DiagnosticPrinter` printed before (a string per scalar, joined).
    static func referenceCaret(_ line: String, column: Int) -> String {
        line.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : (referenceIsCombining($0) ? "" : " ") }.joined()
    }

    static func referenceIsCombining(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: return true
        default: return s.properties.generalCategory == .nonspacingMark
        }
    }

    static let tricky: [String] = [
        "", "a", "\n", "\r", "\r\n", "\n\r", "\r\r\n", "\n\n", "a\n", "a\nb", "a\n\n", "a\n\n\n",
        "a\r\nb\r\n", "a\rb\rc", "a\r\r\nb", "a\n\rb", "\r\n\r\n\r\n", "key: value\r\n  - item\r\n",
        "ภาพรวม\nของโรงเรียน", "ก่\nข้\r\nค้ำ\rง", "ที่\u{0E4C}\n\u{0E48}ต่อ", "a\n\u{301}b", "\r\u{301}x", "\n\u{0E31}\n",
        "\tstatus: x\n\t\tname: ก\t", "x\u{2028}y\u{2029}z\u{85}w", "\u{2028}\u{2029}\u{85}", "a\u{0B}b\u{0C}c",
        "\u{FEFF}format: 1\nb", "a\u{FEFF}\nb", "é\r\n", "👩‍👩‍👧\n🇹🇭\r\n", "\u{E2}\u{80}\u{A7}", "\u{2027}\u{202A}x\u{202E}\n",
        "\u{C2}\u{A0}\n\u{A0}", "a\u{0}b\n\u{7}",
        "last line without break", "ends with CR\r", "ends with two CRs\r\r", "CR then LF apart\r" + "\u{301}\n",
    ]

    @Test("the byte split gives the lines of the grapheme split", arguments: tricky)
    func sameLines(_ text: String) {
        #expect(SourceLines.strings(of: text) == Self.reference(text))
        #expect(SourceLines.substrings(of: text).map(String.init) == Self.reference(text))
    }

    @Test("very long lines split the same")
    func longLines() {
        let text =
            String(repeating: "ยาวมาก่", count: 40_000) + "\r\n" + String(repeating: "x", count: 70_000) + "\r"
            + String(repeating: "ก\t\u{2028}", count: 5_000) + String(repeating: "a", count: 100_000)
        let lines = SourceLines.strings(of: text)
        #expect(lines == Self.reference(text))
        #expect(lines.count == 5_003)
    }

    @Test("the byte split gives the lines of the grapheme split on many mixed texts")
    func sameLinesRandom() {
        let pieces = [
            "a", "ก", "่", "ั", "\u{301}", "\t", " ", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}",
            "\u{FEFF}", "é", "👍🏽", "\u{200D}", ":", "\"", "\u{E00}", "\u{2026}", "\u{A0}",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<next(40) { text += pieces[next(pieces.count)] }
            let lines = SourceLines.strings(of: text)
            #expect(lines == Self.reference(text), "\(Array(text.unicodeScalars.map(\.value)))")
            if lines != Self.reference(text) { return }
        }
    }

    @Test("a string kept in another encoding (bridged, not contiguous UTF-8) splits the same")
    func foreignString() {
        let text = NSString(string: "ก่\r\nข\u{2028}ค\rง\n") as String
        #expect(SourceLines.strings(of: text) == Self.reference(text))
    }

    /// Files as a unit sends them: BOM, CRLF, lone CR, UTF-16, TIS-620, not decodable, empty.
    static let files: [(String, [UInt8])] = [
        ("bom.yaml", [0xEF, 0xBB, 0xBF] + Array("format: x\r\nname: ก่\r\n".utf8)),
        ("crlf.yaml", Array("a: 1\r\nb: 2\r\n\r\n".utf8)),
        ("cr.yaml", Array("a: 1\rb: ที่\r".utf8)),
        ("utf16.yaml", [0xFF, 0xFE] + Array("a: ก\r\nb\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("tis.yaml", Array("a: ".utf8) + [0xA1, 0xE8, 0x0D, 0x0A, 0xB9]),
        ("bad.yaml", [0x61, 0x0A, 0xFF, 0xFE, 0xFD]),
        ("empty.yaml", []),
        ("long.json", Array(("{\"a\": \"" + String(repeating: "ก้", count: 100_000) + "\"}").utf8)),
    ]

    @Test("a file's lines, as the printer and the report read them, are those of the grapheme split")
    func fileLines() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("source-lines")
        for (name, bytes) in Self.files {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            let expected = SourceText.decode(bytes, path: url.path).0.map { Self.reference($0.text) } ?? []
            var printer = DiagnosticPrinter(language: .en, colors: false)
            #expect(printer.lines(of: url.path).map(String.init) == expected, "\(name)")
            let read = ValidationReportInputs.inputs(of: url.path, isUnit: true, workingDirectory: dir)
            #expect(read.lines == expected, "\(name)")
            let other = ValidationReportInputs.inputs(of: url.path, isUnit: false, workingDirectory: dir)
            #expect(other.lines == expected && other.facts == nil, "\(name)")
        }
        let missing = ValidationReportInputs.inputs(of: dir.appendingPathComponent("none.yaml").path, isUnit: true, workingDirectory: dir)
        #expect(missing.lines.isEmpty && missing.facts?.name == nil && missing.facts?.spans.isEmpty == true)
    }

    @Test("a unit file's facts read once equal those of a separate DocumentLoader pass")
    func facts() throws {
        let base = Fixtures.broken.appendingPathComponent("units")
        for name in try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() where !name.hasSuffix(".txt") {
            let url = base.appendingPathComponent(name)
            let read = ValidationReportInputs.inputs(of: url.path, isUnit: true, workingDirectory: base)
            let old = ValidationReportInputs.rawFacts(DocumentLoader.load(url, displayPath: url.path))
            #expect(read.facts?.name == old.name && read.facts?.submittedOn == old.submittedOn && read.facts?.spans == old.spans, "\(name)")
        }
    }

    @Test(
        "the caret lines up as before: tabs kept, Thai and other combining marks take no column",
        arguments: [
            ("\tname: ค่าที่ผิด", 9), ("  target: \"เจ็ดสิบ็่\"", 20), ("a\u{301}b\u{300}c: x", 6), ("\t\tก้ำ\tx", 7),
            ("e\u{36F}\u{370}\u{2FF}", 5), ("no marks at all", 4), ("ก่", 99),
        ])
    func caret(_ line: String, _ column: Int) {
        var printer = DiagnosticPrinter(language: .en, colors: false)
        printer.remember([line], of: "x.yaml")
        let d = Diagnostic(.syntax, at: SourceLocation(path: "x.yaml", line: 1, column: column), th: "ผิด", en: "wrong")
        let caretLine = printer.format(d).split(separator: "\n", omittingEmptySubsequences: false)[3]
        #expect(caretLine == "  | " + Self.referenceCaret(line, column: column) + "^")
    }

    @Test("the shortcut for scalars below U+0300 says what the general category says")
    func combiningShortcut() {
        let printer = DiagnosticPrinter(language: .en, colors: false)
        for v in UInt32(0)..<0x1_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            if printer.isCombining(s) != Self.referenceIsCombining(s) {
                Issue.record("U+\(String(v, radix: 16)) differs")
                return
            }
        }
    }
}
