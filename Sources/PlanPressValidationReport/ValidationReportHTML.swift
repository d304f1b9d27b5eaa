import PlanPressCore

/// The HTML pieces of the validation report: escaping and the page frame.
///
/// The quoted source lines are untrusted text from the units' files, so every text goes through
/// `escape`, which works on Unicode scalars: a quote followed by a combining mark is still
/// escaped (a `Character`-based escape would see one grapheme and let the quote through).
public enum ValidationReportHTML {
    /// Text safe inside an element or a quoted attribute: `& < > " '` as entities; control
    /// characters (but tab, line feed and carriage return) and the bidirectional overrides that
    /// could make a quoted line look other than it is, shown as visible codes.
    public static func escape(_ text: String) -> String {
        needsEscaping(text) ? escapeScalars(text) : text
    }

    /// False only when no scalar of `text` is changed by `escapeScalars`, judged on its UTF-8
    /// bytes: none of `& < > " '`, no control byte but tab, LF and CR, and no lead byte of the
    /// other scalars it shows as codes (U+0080–U+009F start with 0xC2; U+202A–U+202E and
    /// U+2066–U+2069 with 0xE2; U+FEFF with 0xEF). Thai letters start with 0xE0.
    static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { b in
            switch b {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F, 0xC2, 0xE2, 0xEF: return true
            case 0x09, 0x0A, 0x0D: return false
            default: return b < 0x20
            }
        }
    }

    /// `escape` done scalar by scalar.
    static func escapeScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n", "\r": out.append(s)
            default:
                if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
                    || (0x2066...0x2069).contains(s.value) || s.value == 0xFEFF
                {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    out.append(contentsOf: "[U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)]".unicodeScalars)
                } else {
                    out.append(s)
                }
            }
        }
        return String(out)
    }

    /// A whole page: Thai language, inline style (a page is sent on its own), no scripts, no
    /// external requests.
    static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="planpress check --report">
        <title>\(escape(title))</title>
        <style>
        \(ValidationReportStyle.css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
