import PlanPressCore

/// Keeps Unicode direction controls inside the text that carries them.
///
/// A unit's text with a right-to-left override (U+202E) would otherwise reorder everything after
/// it on the page. Text holding any direction control is wrapped as a first-strong isolate
/// (FSI … PDI, the plain-text form of `<bdi>`) with every opened embedding, override or isolate
/// closed before the end.
public enum BidiIsolation {
    package static let embeddings: Set<UInt32> = [0x202A, 0x202B, 0x202D, 0x202E]  // LRE RLE LRO RLO, closed by PDF
    package static let isolates: Set<UInt32> = [0x2066, 0x2067, 0x2068]  // LRI RLI FSI, closed by PDI
    package static let pdf: UInt32 = 0x202C
    package static let pdi: UInt32 = 0x2069

    /// Text as pages show it: C0 control characters (which HTML cannot hold) removed, and any
    /// direction control isolated.
    public static func display(_ text: String) -> String {
        // One pass over the bytes clears nearly all text: no C0 control, no quote, angle bracket
        // or ampersand (which may carry a mark), and no E2 80/81 lead of a direction control.
        let fast: String?? = SimpleText.withBytes(text) { p -> String?? in
            // One table load per byte, its classes or-ed together without a branch.
            var seen: UInt8 = 0
            byteClass.withUnsafeBufferPointer { t in
                for b in p { seen |= t[Int(b)] }
            }
            let control = seen & 1 != 0
            let special = seen & 2 != 0
            let e2 = seen & 4 != 0
            guard control || special || e2 else { return .some(nil) }
            guard !control else { return nil }
            // No control to drop: the marks after specials, then the isolation, on bytes.
            let detachedBytes = special ? detachedBytes(p, text) : nil
            if let d = detachedBytes {
                return d.withUnsafeBufferPointer { isolated($0) }.map { .some($0) } ?? .some(SimpleText.string(d))
            }
            return .some(e2 ? isolated(p) : nil)
        }
        switch fast {
        case .some(.some(let s)): return s
        case .some(.none): return text
        case .none: return isolate(detached(dropControls(text)))
        }
    }

    /// For each byte: 1 a C0 control other than tab, LF, CR (or DEL), 2 one of `" ' < > &`,
    /// 4 the E2 lead of U+2000–U+2FFF (where the direction controls are).
    package static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x09, 0x0A, 0x0D: return 0
        case 0..<0x20, 0x7F: return 1
        case 0x22, 0x27, 0x3C, 0x3E, 0x26: return 2
        case 0xE2: return 4
        default: return 0
        }
    }

    /// The bytes of `detached(text)` when it differs from `text` (`p`, its UTF-8), else nil.
    ///
    /// A special byte starts a `Character` of its own unless the scalar before it is Prepend (a
    /// non-ASCII scalar); the `Character` holds more scalars only when the next one extends it
    /// (never an ASCII one, a Thai consonant or vowel, or General Punctuation). Only those rare
    /// places ask the standard library.
    package static func detachedBytes(_ p: UnsafeBufferPointer<UInt8>, _ text: String) -> [UInt8]? {
        let n = p.count
        var out: [UInt8]? = nil
        var copied = 0
        var i = 0
        while i < n {
            let b = p[i]
            guard b == 0x22 || b == 0x27 || b == 0x3C || b == 0x3E || b == 0x26, i + 1 < n, p[i + 1] >= 0x80 else {
                i += 1
                continue
            }
            let b1 = p[i + 1]
            if i + 3 < n, b1 == 0xE0, p[i + 2] == 0xB8 || p[i + 2] == 0xB9,
                !SimpleText.isThaiExtender(0x0E00 + UInt32(p[i + 2] - 0xB8) * 64 + UInt32(p[i + 3] & 0x3F))
            {
                i += 1
                continue
            }
            if i + 3 < n, b1 == 0xE2, p[i + 2] == 0x80, p[i + 3] >= 0x90 && p[i + 3] <= 0xA7 {
                i += 1
                continue
            }
            // Ask the standard library: is a character boundary here, and how long is the character?
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: i)
            if i > 0, p[i - 1] >= 0x80, String.Index(index, within: text) == nil {
                i += 1
                continue
            }
            let character = text[index...].first!
            let length = character.utf8.count
            if character.unicodeScalars.count > 1 {
                if out == nil {
                    out = []
                    out!.reserveCapacity(n)
                }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied...i]))
                copied = i + length
            }
            i += length
        }
        guard var result = out else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<n]))
        return result
    }

    /// `isolate` on bytes: nil when `p` holds no direction control.
    /// LRE RLE PDF LRO RLO are E2 80 AA–AE; LRI RLI FSI PDI are E2 81 A6–A9.
    package static func isolated(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        var any = false
        var openEmbeddings = 0
        var openIsolates = 0
        var i = 0
        let n = p.count
        while i + 2 < n {
            if p[i] == 0xE2 {
                let b1 = p[i + 1]
                let b2 = p[i + 2]
                if b1 == 0x80, b2 >= 0xAA && b2 <= 0xAE {
                    any = true
                    if b2 == 0xAC {
                        if openEmbeddings > 0 { openEmbeddings -= 1 }
                    } else {
                        openEmbeddings += 1
                    }
                } else if b1 == 0x81, b2 >= 0xA6 && b2 <= 0xA9 {
                    any = true
                    if b2 == 0xA9 {
                        if openIsolates > 0 { openIsolates -= 1 }
                    } else {
                        openIsolates += 1
                    }
                }
            }
            i += 1
        }
        guard any else { return nil }
        var out: [UInt8] = [0xE2, 0x81, 0xA8]
        out.reserveCapacity(n + 6 + 3 * (openEmbeddings + openIsolates))
        out.append(contentsOf: p)
        for _ in 0..<openEmbeddings { out.append(contentsOf: [0xE2, 0x80, 0xAC]) }
        for _ in 0..<openIsolates { out.append(contentsOf: [0xE2, 0x81, 0xA9]) }
        out.append(contentsOf: [0xE2, 0x81, 0xA9])
        return SimpleText.string(out)
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

    package static let special: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "&"]

    package static func dropControls(_ text: String) -> String {
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
