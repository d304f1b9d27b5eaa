import Foundation
import ZIPFoundation

/// Writes a `WorkbookDraft` as an `.xlsx` that Excel, LibreOffice and Google Sheets open:
/// shared strings, one style per `CellStyle`, frozen panes, protection, drop-down lists.
///
/// The same draft always gives the same bytes (the zip's dates are fixed, the parts and their
/// contents in a fixed order), so a build that writes workbooks is reproducible.
public struct XLSXWriter: Sendable {
    public init() {}

    /// The `.xlsx` file of `draft`.
    public func write(_ draft: WorkbookDraft) throws(XLSXWriteError) -> [UInt8] {
        try Self.check(draft)
        let firstVisible = draft.sheets.firstIndex { !$0.isHidden }!
        var strings = SharedStringTable()
        var parts: [(String, String)] = []
        for (i, sheet) in draft.sheets.enumerated() {
            let xml = try WorksheetXML(sheet: sheet, isSelected: i == firstVisible).xml(strings: &strings)
            parts.append(("xl/worksheets/sheet\(i + 1).xml", xml))
        }
        let count = draft.sheets.count
        let head: [(String, String)] = [
            ("[Content_Types].xml", PackageXML.contentTypes(sheets: count)),
            ("_rels/.rels", PackageXML.packageRelationships),
            ("docProps/app.xml", PackageXML.app),
            ("xl/workbook.xml", PackageXML.workbook(draft, activeTab: firstVisible)),
            ("xl/_rels/workbook.xml.rels", PackageXML.workbookRelationships(sheets: count)),
            ("xl/styles.xml", StylesXML.xml),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        return try Self.zip(head + parts)
    }

    /// The checks Excel would make on opening: names of sheets and defined names.
    private static func check(_ draft: WorkbookDraft) throws(XLSXWriteError) {
        guard !draft.sheets.isEmpty else { throw .noSheets }
        guard draft.sheets.contains(where: { !$0.isHidden }) else { throw .noVisibleSheet }
        var seen: Set<String> = []
        for sheet in draft.sheets {
            let name = sheet.name
            let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
            guard !name.isEmpty, name.utf16.count <= 31, !name.contains(where: forbidden.contains),
                !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }), !name.hasPrefix("'"),
                !name.hasSuffix("'"), name.lowercased() != "history"
            else { throw .invalidSheetName(name) }
            guard seen.insert(name.lowercased()).inserted else { throw .duplicateSheetName(name) }
        }
        for defined in draft.definedNames {
            let name = defined.name
            guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" || first == "\\",
                !name.unicodeScalars.contains(where: {
                    $0.properties.isWhitespace || "!\"#$%&'()*+,-/:;<=>@[]^`{|}~".unicodeScalars.contains($0)
                }),
                CellReference(name) == nil, !defined.formula.isEmpty,
                defined.sheetIndex.map({ draft.sheets.indices.contains($0) }) ?? true
            else { throw .invalidDefinedName(name) }
        }
    }

    /// The zip, deflated, each entry dated 1980-01-01 00:00 UTC (the first day a zip can say).
    private static func zip(_ parts: [(String, String)]) throws(XLSXWriteError) -> [UInt8] {
        let date = Date(timeIntervalSince1970: 315_532_800)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (name, xml) in parts {
                let data = Data(xml.utf8)
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date, permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
                }
            }
            guard let data = archive.data else { throw XLSXWriteError.zip("no data") }
            return [UInt8](data)
        } catch let error as XLSXWriteError {
            throw error
        } catch {
            throw .zip(String(describing: error))
        }
    }
}
