import Foundation

/// Reads an `.xlsx` workbook (Excel, LibreOffice Calc, Google Sheets) into sheets and cells.
///
/// The file is untrusted: every problem is an `XLSXReadError` naming where it is, found within
/// `limits` (each part is held in memory only while it is read; nothing touches the disk).
/// It knows nothing of what the cells mean.
public struct XLSXReader: Sendable {
    public var limits: XLSXLimits

    public init(limits: XLSXLimits = .standard) {
        self.limits = limits
    }

    /// The workbook in `data`.
    public func read(_ data: Data) throws(XLSXReadError) -> Workbook {
        guard data.count <= limits.maxFileBytes else { throw .fileTooLarge(bytes: data.count, limit: limits.maxFileBytes) }
        return try read([UInt8](data))
    }

    /// The workbook in `bytes`.
    public func read(_ bytes: [UInt8]) throws(XLSXReadError) -> Workbook {
        var container = try XLSXContainer(bytes, limits: limits)
        let workbookName = try officeDocument(&container)
        guard let workbookBytes = try container.read(workbookName) else { throw .notAWorkbook }
        let workbook = try WorkbookPart(XLSXPart(workbookBytes, name: workbookName, limits: limits), limits: limits)
        let relationships = try relationships(of: workbookName, in: &container)

        var styles = StylesPart()
        if let name = relationships.first(ofType: "styles")?.target, let bytes = try container.read(name) {
            styles = try StylesPart(XLSXPart(bytes, name: name, limits: limits))
        }
        var sharedStrings = SharedStringsPart()
        if let name = relationships.first(ofType: "sharedStrings")?.target, let bytes = try container.read(name) {
            sharedStrings = try SharedStringsPart(XLSXPart(bytes, name: name, limits: limits), limits: limits)
        }

        var sheets: [Sheet] = []
        var cellCount = 0
        for entry in workbook.sheets {
            // Chart sheets and dialog sheets are tabs without cells: left out.
            guard let relationship = relationships.byID[entry.relationshipID] else { throw .missingPart("sheet “\(entry.name)”") }
            guard relationship.type.hasSuffix("/worksheet") else { continue }
            guard let bytes = try container.read(relationship.target) else { throw .missingPart(relationship.target) }
            let part = try WorksheetPart(
                XLSXPart(bytes, name: relationship.target, limits: limits), sheet: entry.name, sharedStrings: sharedStrings.strings,
                styles: styles, limits: limits, cellCount: &cellCount)
            sheets.append(Sheet(name: entry.name, visibility: entry.visibility, cells: part.cells, mergedRanges: part.mergedRanges))
        }
        return Workbook(sheets: sheets, dateSystem: workbook.dateSystem)
    }

    /// The workbook part's name: the package's office document relationship, or
    /// `xl/workbook.xml` when the package has no relationships (some generators omit them).
    private func officeDocument(_ container: inout XLSXContainer) throws(XLSXReadError) -> String {
        if let bytes = try container.read("_rels/.rels") {
            let relationships = try Relationships(XLSXPart(bytes, name: "_rels/.rels", limits: limits), source: "")
            if let target = relationships.first(ofType: "officeDocument")?.target, container.contains(target) { return target }
        }
        guard container.contains("xl/workbook.xml") else { throw .notAWorkbook }
        return "xl/workbook.xml"
    }

    /// The relationships of the part `name` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`).
    private func relationships(of name: String, in container: inout XLSXContainer) throws(XLSXReadError) -> Relationships {
        var folder = name.split(separator: "/").map(String.init)
        let file = folder.removeLast()
        let relsName = (folder + ["_rels", file + ".rels"]).joined(separator: "/")
        guard let bytes = try container.read(relsName) else { throw .missingPart(relsName) }
        return try Relationships(XLSXPart(bytes, name: relsName, limits: limits), source: name)
    }
}
