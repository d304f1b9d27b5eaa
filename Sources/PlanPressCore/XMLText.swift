/// Escapes text for XML and HTML elements and quoted attributes, scalar by scalar: a quote
/// followed by a combining mark is still escaped (a `Character`-based escape would see one
/// grapheme and let the quote through). The one escaper of the SVG, sitemap and booklet charts.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        // The five are ASCII, and UTF-8 never uses ASCII bytes inside a longer sequence, so the
        // scan and the replacement work on bytes: most text has nothing to escape and is returned.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for b in utf8 {
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
