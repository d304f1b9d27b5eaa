import Foundation
import Testing

@testable import PlanPressCore
@testable import PlanPressParse

/// YAML syntax errors explained for people who have never heard of YAML: located where the
/// trouble starts, saying what to type instead.
@Suite struct ValidationSyntaxTests {
    static func syntax(_ yaml: String) throws -> Diagnostic {
        let source = try #require(SourceText.decode(Array(yaml.utf8), path: "u.yaml").0)
        let (_, diagnostics) = YAMLReader().read(source)
        return try #require(diagnostics.first { $0.code == .syntax }, "no syntax error in:\n\(yaml)")
    }

    static let head = "format: planpress/unit-report/1\nprojects:\n  - id: P01\n"

    @Test(
        "each common slip gets its own explanation, at the line and column where it starts",
        arguments: [
            // A ": " inside a value: the hint is the line with the value quoted.
            ("    name: ab: cd  # note\n", 4, 13, "อยู่กลางข้อความ", "name: \"ab: cd\""),
            ("     name: x\n", 4, 10, "ย่อหน้าของบรรทัดนี้ไม่ตรงกับฟิลด์อื่น", "เว้นวรรคหน้าบรรทัด"),
            ("   name: x\n", 4, 4, "ย่อหน้าของบรรทัดนี้ไม่ตรงกับบรรทัดด้านบน", "ตรงแนวเดียวกับ -"),
            // An unclosed bracket or quote is shown where it opened, not at the end of the file.
            ("    strategies: [SPE.S1, SPE.S2\n    status: x\n", 4, 17, "วงเล็บ [ ที่เปิดตรงนี้ยังไม่ได้ปิดด้วย ]", "เติม ]"),
            ("    name: {abc\n", 4, 11, "วงเล็บ { ที่เปิดตรงนี้", "เติม }"),
            ("    name: \"abc\n    status: x\n", 4, 11, "เครื่องหมายคำพูดที่เปิดตรงนี้ยังไม่ได้ปิด", "เติมเครื่องหมายคำพูดปิด"),
            ("    file: \"evidence\\photo.jpg\"\n", 4, 0, "มีเครื่องหมาย \\", "ใช้ / แทน \\"),
            ("    name: @abc\n", 4, 11, "ขึ้นต้นด้วยเครื่องหมาย @", "name: \"@abc\""),
            ("    name: \"ab\" cd\n", 4, 16, "ข้อความต่อท้ายหลังเครื่องหมายคำพูดปิด", "คู่เดียว"),
            ("\tstatus: x\n", 4, 0, "Tab", "ปุ่มเว้นวรรค"),
        ])
    func explained(_ tail: String, _ line: Int, _ column: Int, _ message: String, _ hint: String) throws {
        let d = try Self.syntax(Self.head + tail)
        #expect(d.location.line == line, "\(d.message.th)")
        if column > 0 { #expect(d.location.column == column, "\(d.message.th)") }
        #expect(d.message.th.contains(message), "\(d.message.th)")
        #expect(d.hint?.th.contains(hint) == true, "\(d.hint?.th ?? "no hint")")
        // The English message keeps libyaml's own words, for whoever searches for them.
        #expect(d.message.en.hasPrefix("YAML syntax error: "))
        #expect(d.hint?.en.isEmpty == false)
    }

    @Test("a block list on the key's line is explained")
    func blockEntryOnKeyLine() throws {
        let d = try Self.syntax("format: planpress/unit-report/1\nprojects: - id: P01\n")
        #expect(d.message.th.contains("ต้องขึ้นบรรทัดใหม่"))
        #expect(d.location.line == 2 && d.location.column == 11)
    }

    @Test("quoting a value escapes its backslashes and quotes and drops a trailing comment")
    func quotedValue() {
        #expect(YAMLSyntaxHelp.quotedValue("  name: a \"b\": c\\d  # x") == "  name: \"a \\\"b\\\": c\\\\d\"")
        #expect(YAMLSyntaxHelp.quotedValue("  name: \"already\"") == nil)
        #expect(YAMLSyntaxHelp.quotedValue("no key here") == nil)
    }
}
