/// `workbook.xml`: the sheets in tab order (name, visibility, relationship id) and the date
/// system.
struct WorkbookPart {
    struct SheetEntry {
        var name: String
        var visibility: SheetVisibility
        var relationshipID: String
    }

    var sheets: [SheetEntry] = []
    var dateSystem: DateSystem = .from1900

    init(_ part: XLSXPart, limits: XLSXLimits) throws(XLSXReadError) {
        while let node = try part.next() {
            guard case .start(let name, _) = node else { continue }
            switch name {
            case "workbookPr":
                if let value = part.attribute("date1904"), value == "1" || value == "true" { dateSystem = .from1904 }
            case "sheet":
                guard sheets.count < limits.maxSheets else { throw .tooManySheets(count: sheets.count + 1, limit: limits.maxSheets) }
                let visibility = part.attribute("state").flatMap(SheetVisibility.init(rawValue:)) ?? .visible
                sheets.append(
                    SheetEntry(name: part.attribute("name") ?? "", visibility: visibility, relationshipID: part.relationshipID() ?? ""))
            default:
                continue
            }
        }
    }
}
