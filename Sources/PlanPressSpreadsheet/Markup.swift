import PlanPressCore

/// Escaping for the XML the writer makes.
enum Markup {
    /// Element text: characters XML cannot hold become `_xHHHH_` (Excel and LibreOffice turn
    /// them back), then the XML escapes.
    static func text(_ s: String) -> String { XMLText.escape(XString.encode(s)) }

    /// An attribute value: escaped, line breaks and tabs as character references (a parser
    /// would turn them into spaces), characters XML cannot hold dropped.
    static func attribute(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in XMLText.escape(s).unicodeScalars {
            switch u.value {
            case 0x9: out.append(contentsOf: "&#9;".unicodeScalars)
            case 0xA: out.append(contentsOf: "&#10;".unicodeScalars)
            case 0xD: out.append(contentsOf: "&#13;".unicodeScalars)
            case 0x0...0x1F, 0xFFFE, 0xFFFF: continue
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// `xml:space="preserve"` when the text's edges are white space, which a reader would
    /// otherwise be free to drop.
    static func space(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return "" }
        return first.properties.isWhitespace || last.properties.isWhitespace ? " xml:space=\"preserve\"" : ""
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}
