import PlanPressCore

/// PP101: the file's bytes read in none of the supported encodings (UTF-8, UTF-16 with its
/// byte-order mark, TIS-620, Windows-874). `SourceText.decode` finds the byte while decoding.
package enum EncodingInvalid: DiagnosticRule {
    package static let code = DiagnosticCode.encodingInvalid
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ไบต์ที่อ่านไม่ได้ในรหัสอักขระที่รองรับ", en: "bytes valid in no supported encoding")

    /// The file starts with a UTF-16 byte-order mark but what follows is not UTF-16.
    static func invalidUTF16(path: String) -> Diagnostic {
        make(
            at: SourceLocation(path: path, line: 1, column: 1),
            th: "ไฟล์ขึ้นต้นด้วย BOM ของ UTF-16 แต่มีไบต์ที่ไม่ถูกต้อง",
            en: "the file starts with a UTF-16 byte-order mark but holds invalid UTF-16",
            hintTH: "บันทึกไฟล์ใหม่เป็น UTF-8", hintEN: "save the file again as UTF-8")
    }

    /// `byte`, at byte `offset` of the file, is valid in no supported encoding.
    static func invalidByte(_ byte: UInt8, offset: Int, at location: SourceLocation) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return make(
            at: location,
            th: "ไบต์ 0x\(hex) ที่ตำแหน่งไบต์ \(offset) อ่านไม่ได้ทั้งใน UTF-8, UTF-16, TIS-620 และ Windows-874",
            en: "byte 0x\(hex) at byte offset \(offset) is valid in none of UTF-8, UTF-16, TIS-620 or Windows-874",
            hintTH: "บันทึกไฟล์ใหม่เป็น UTF-8 (เช่น ใน Notepad เลือก \"บันทึกเป็น\" → การเข้ารหัส UTF-8)",
            hintEN: "save the file again as UTF-8")
    }
}
