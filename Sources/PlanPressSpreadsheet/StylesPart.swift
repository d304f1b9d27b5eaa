/// What the reader needs of `styles.xml`: for each cell format (`cellXfs`, indexed by a cell's
/// `s`), whether its number format shows a date.
struct StylesPart {
    /// Indexed by a cell's `s`.
    var isDate: [Bool] = []

    init() {}

    init(_ part: XLSXPart) throws(XLSXReadError) {
        var customCodes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var open: [String] = []
        while let node = try part.next() {
            switch node {
            case .start(let name, let isEmpty):
                if name == "numFmt", open.last == "numFmts", let id = part.attribute("numFmtId").flatMap({ Int($0) }) {
                    customCodes[id] = part.attribute("formatCode") ?? ""
                } else if name == "xf", open.last == "cellXfs" {
                    formatIDs.append(part.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                }
                if !isEmpty { open.append(name) }
            case .end:
                open.removeLast()
            case .text:
                continue
            }
        }
        // A custom code given for a built-in id replaces the built-in format.
        isDate = formatIDs.map { id in
            customCodes[id].map(NumberFormat.isDateCode) ?? NumberFormat.isBuiltInDate(id)
        }
    }

    /// True when the cell format `index` shows a date.
    func isDate(_ index: Int) -> Bool { index >= 0 && index < isDate.count ? isDate[index] : false }
}
