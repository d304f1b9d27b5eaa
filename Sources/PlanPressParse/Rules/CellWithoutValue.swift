import PlanPressCore

/// PP112: a cell where a value belongs has none that can be read: a formula saved without its
/// result, a formula's error (`#DIV/0!`, `#N/A`), or a merged cell.
package enum CellWithoutValue: DiagnosticRule {
    package static let code = DiagnosticCode.cellWithoutValue
    package static let severity = Severity.error
    package static let summary = LocalizedText(
        th: "เซลล์ที่ต้องมีค่าเป็นสูตรที่ไม่มีผลลัพธ์ ค่าผิดพลาด หรือเซลล์ที่ผสาน",
        en: "a cell that needs a value holds a formula without a result, an error, or is merged")

    static func formulaWithoutValue(at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "เซลล์นี้เป็นสูตรที่ไม่ได้บันทึกผลลัพธ์ไว้", en: "this cell is a formula saved without its result",
            hintTH: "เปิดไฟล์ใน Excel หรือ LibreOffice Calc ให้คำนวณ แล้วบันทึกอีกครั้ง หรือพิมพ์ค่าลงไปแทนสูตร",
            hintEN: "open the file in Excel or LibreOffice Calc so it calculates, and save it again; or type the value instead")
    }

    static func errorValue(_ text: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "เซลล์นี้มีค่าผิดพลาด \(text)", en: "this cell holds the error \(text)",
            hintTH: "แก้สูตรให้ได้ค่าที่ถูกต้อง หรือพิมพ์ค่าลงไปแทนสูตร", hintEN: "correct the formula, or type the value instead")
    }

    static func merged(_ range: String, at location: SourceLocation) -> Diagnostic {
        make(
            at: location, th: "เซลล์ \(range) ถูกผสานไว้ แต่ละเซลล์ต้องมีค่าของตัวเอง",
            en: "the cells \(range) are merged; each cell must hold its own value",
            hintTH: "เลือกเซลล์แล้วยกเลิกการผสาน (Unmerge) แล้วใส่ค่าในแต่ละเซลล์",
            hintEN: "select the cells, unmerge them, and write each value in its own cell")
    }
}
