/// Keeps Unicode direction controls inside the text that carries them.
///
/// A unit's text with a right-to-left override (U+202E) would otherwise reorder everything after
/// it on the page. Text holding any direction control is wrapped as a first-strong isolate
/// (FSI … PDI, the plain-text form of `<bdi>`) with every opened embedding, override or isolate
/// closed before the end.
public enum BidiIsolation {
    static let embeddings: Set<UInt32> = [0x202A, 0x202B, 0x202D, 0x202E]  // LRE RLE LRO RLO, closed by PDF
    static let isolates: Set<UInt32> = [0x2066, 0x2067, 0x2068]  // LRI RLI FSI, closed by PDI
    static let pdf: UInt32 = 0x202C
    static let pdi: UInt32 = 0x2069

    /// Text as pages show it: C0 control characters (which HTML cannot hold) removed, and any
    /// direction control isolated.
    public static func display(_ text: String) -> String {
        // One pass over the bytes clears nearly all text: no C0 control, no quote, angle bracket
        // or ampersand (which may carry a mark), and no E2 80/81 lead of a direction control.
        guard
            text.utf8.contains(where: { b in
                (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F || b == 0xE2 || b == 0x22 || b == 0x27 || b == 0x3C
                    || b == 0x3E || b == 0x26
            })
        else { return text }
        return isolate(detached(dropControls(text)))
    }

    /// Template engines escape by whole characters: `"` followed by a combining mark is one
    /// character that is not `"`, and would pass unescaped into an attribute. Marks and joiners
    /// attached to `" ' < > &` (meaningless there) are dropped so each stands alone.
    public static func detached(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { special.contains($0) }) else { return text }
        var out = ""
        for c in text {
            if let first = c.unicodeScalars.first, special.contains(first), c.unicodeScalars.count > 1 {
                out.unicodeScalars.append(first)
            } else {
                out.append(c)
            }
        }
        return out
    }

    static let special: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "&"]

    static func dropControls(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                ($0.value < 0x20 && $0.value != 0x9 && $0.value != 0xA && $0.value != 0xD) || $0.value == 0x7F
            })
        else { return text }
        var kept = String.UnicodeScalarView()
        for u in text.unicodeScalars where !(u.value < 0x20 && u.value != 0x9 && u.value != 0xA && u.value != 0xD) && u.value != 0x7F {
            kept.append(u)
        }
        return String(kept)
    }

    public static func isolate(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                embeddings.contains($0.value) || isolates.contains($0.value) || $0.value == pdf || $0.value == pdi
            })
        else {
            return text
        }
        var openEmbeddings = 0
        var openIsolates = 0
        for u in text.unicodeScalars {
            if embeddings.contains(u.value) { openEmbeddings += 1 }
            if u.value == pdf, openEmbeddings > 0 { openEmbeddings -= 1 }
            if isolates.contains(u.value) { openIsolates += 1 }
            if u.value == pdi, openIsolates > 0 { openIsolates -= 1 }
        }
        return "\u{2068}" + text + String(repeating: "\u{202C}", count: openEmbeddings) + String(repeating: "\u{2069}", count: openIsolates)
            + "\u{2069}"
    }
}
