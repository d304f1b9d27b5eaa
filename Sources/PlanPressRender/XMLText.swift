/// Escapes text for XML and HTML elements and quoted attributes, scalar by scalar: a quote
/// followed by a combining mark is still escaped (a `Character`-based escape would see one
/// grapheme and let the quote through). The one escaper of the SVG, sitemap and booklet charts.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }
}
