/// The package's own parts: content types, relationships, `workbook.xml`, `app.xml`.
enum PackageXML {
    private static let contentTypeStem = "application/vnd.openxmlformats-officedocument"
    private static let relationshipStem = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheets: Int) -> String {
        var out = Markup.declaration
        out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentTypeStem).spreadsheetml.sheet.main+xml\"/>"
        for i in 1...sheets {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"\(contentTypeStem).spreadsheetml.worksheet+xml\"/>"
        }
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentTypeStem).spreadsheetml.styles+xml\"/>"
        out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(contentTypeStem).spreadsheetml.sharedStrings+xml\"/>"
        out += "<Override PartName=\"/docProps/app.xml\" ContentType=\"\(contentTypeStem).extended-properties+xml\"/>"
        out += "</Types>"
        return out
    }

    static let packageRelationships =
        Markup.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipStem)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationshipStem)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let app =
        Markup.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>PlanPress</Application></Properties>"

    /// Sheets are `rId1`…`rIdN`, then styles and shared strings.
    static func workbookRelationships(sheets: Int) -> String {
        var out = Markup.declaration
        out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 1...sheets {
            out += "<Relationship Id=\"rId\(i)\" Type=\"\(relationshipStem)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationshipStem)/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(sheets + 2)\" Type=\"\(relationshipStem)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        out += "</Relationships>"
        return out
    }

    static func workbook(_ draft: WorkbookDraft, activeTab: Int) -> String {
        var out = Markup.declaration
        out += "<workbook xmlns=\"\(Markup.mainNamespace)\" xmlns:r=\"\(Markup.relationshipsNamespace)\">"
        out += "<workbookPr/>"
        out += "<bookViews><workbookView activeTab=\"\(activeTab)\"/></bookViews>"
        out += "<sheets>"
        for (i, sheet) in draft.sheets.enumerated() {
            out += "<sheet name=\"\(Markup.attribute(sheet.name))\" sheetId=\"\(i + 1)\""
            if sheet.isHidden { out += " state=\"hidden\"" }
            out += " r:id=\"rId\(i + 1)\"/>"
        }
        out += "</sheets>"
        if !draft.definedNames.isEmpty {
            out += "<definedNames>"
            for name in draft.definedNames {
                out += "<definedName name=\"\(Markup.attribute(name.name))\""
                if let sheet = name.sheetIndex { out += " localSheetId=\"\(sheet)\"" }
                if name.isHidden { out += " hidden=\"1\"" }
                let formula = name.formula.hasPrefix("=") ? String(name.formula.dropFirst()) : name.formula
                out += ">\(Markup.text(formula))</definedName>"
            }
            out += "</definedNames>"
        }
        // Recomputed on opening: a formula written without its value shows one at once.
        out += "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>"
        out += "</workbook>"
        return out
    }
}
