/// `xl/styles.xml`: one cell format per `CellStyle`, in the order of its cases, so a cell's `s`
/// is its style's raw value.
enum StylesXML {
    /// The number format of dates: day/month/year as Thai offices write them, in CE (Excel shows
    /// a Buddhist year only with a locale tag, which LibreOffice and Google Sheets read
    /// differently).
    static let dateFormatID = 164
    static let dateFormatCode = "d/m/yyyy"
    /// Built-in `#,##0.00`.
    static let moneyFormatID = 4

    /// Tahoma has Thai glyphs on Windows and is replaced by a Thai-capable font by LibreOffice
    /// elsewhere; charset 222 (Thai) tells both which script the font must cover.
    static let fontName = "Tahoma"
    static let fontSize = 11

    /// (numFmtId, fontId, fillId, borderId, alignment, locked) of each style, in case order.
    private static func format(_ style: CellStyle) -> (Int, Int, Int, Int, String?, Bool) {
        switch style {
        case .plain: return (0, 0, 0, 0, nil, true)
        case .header: return (0, 1, 2, 1, "<alignment vertical=\"center\" wrapText=\"1\"/>", true)
        case .readOnly: return (0, 0, 3, 0, nil, true)
        case .input: return (0, 0, 0, 0, nil, false)
        case .money: return (moneyFormatID, 0, 0, 0, nil, true)
        case .moneyInput: return (moneyFormatID, 0, 0, 0, nil, false)
        case .date: return (dateFormatID, 0, 0, 0, nil, true)
        case .dateInput: return (dateFormatID, 0, 0, 0, nil, false)
        case .wrappedInput: return (0, 0, 0, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>", false)
        }
    }

    static var xml: String {
        let font = "<name val=\"\(fontName)\"/><charset val=\"222\"/><family val=\"2\"/>"
        var out = Markup.declaration
        out += "<styleSheet xmlns=\"\(Markup.mainNamespace)\">"
        out += "<numFmts count=\"1\"><numFmt numFmtId=\"\(dateFormatID)\" formatCode=\"\(dateFormatCode)\"/></numFmts>"
        out += "<fonts count=\"2\">"
        out += "<font><sz val=\"\(fontSize)\"/>\(font)</font>"
        out += "<font><b/><sz val=\"\(fontSize)\"/>\(font)</font>"
        out += "</fonts>"
        out += "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        out += "</fills>"
        out += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        out += "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
        out +=
            "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>"
        out += "</borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        out += "<cellXfs count=\"\(CellStyle.allCases.count)\">"
        for style in CellStyle.allCases {
            let (numFmt, font, fill, border, alignment, locked) = format(style)
            out += "<xf numFmtId=\"\(numFmt)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            if numFmt != 0 { out += " applyNumberFormat=\"1\"" }
            if font != 0 { out += " applyFont=\"1\"" }
            if fill != 0 { out += " applyFill=\"1\"" }
            if border != 0 { out += " applyBorder=\"1\"" }
            if alignment != nil { out += " applyAlignment=\"1\"" }
            if !locked { out += " applyProtection=\"1\"" }
            out += ">"
            out += alignment ?? ""
            if !locked { out += "<protection locked=\"0\"/>" }
            out += "</xf>"
        }
        out += "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        out += "</styleSheet>"
        return out
    }
}
