/// Facts about the common alphabet of the reports, used by byte-level fast paths that must give
/// exactly what the `Character`-based code gives.
///
/// Text is "simple" when every scalar is ASCII, in the Thai block (U+0E00–U+0E7F) or in General
/// Punctuation U+2010–U+2027 (dashes, quotes, bullets, `…`), and no Thai combining mark follows an
/// ASCII scalar. In simple text every ASCII scalar is a `Character` of its own (except CR LF,
/// one `Character` of two whitespace scalars), the only white space is ASCII (U+0009–U+000D,
/// U+0020), only ASCII letters have case, and no scalar is Prepend. `SimpleTextTests` checks these
/// facts against the standard library for every scalar of the alphabet. Anything else goes to
/// the `Character`-based reference code.
// The helpers are `@inlinable`: they are called per character from other modules, where a call
// that is not inlined cost a cold national build about 1% of its CPU.
package enum SimpleText {
    /// Thai scalars that extend the grapheme before them: U+0E31, U+0E33 (a spacing mark),
    /// U+0E34–U+0E3A and U+0E47–U+0E4E.
    @inlinable @inline(__always)
    package static func isThaiExtender(_ scalar: UInt32) -> Bool {
        scalar == 0x0E31 || scalar == 0x0E33 || (0x0E34...0x0E3A).contains(scalar) || (0x0E47...0x0E4E).contains(scalar)
    }

    /// ASCII white space as `Character.isWhitespace` sees it: U+0009–U+000D and U+0020.
    @inlinable @inline(__always)
    package static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// Whether `bytes` (valid UTF-8) is simple text, as described above.
    @inlinable
    package static func isSimple(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        var i = 0
        var afterASCII = false
        while i < n {
            let b = p[i]
            if b < 0x80 {
                afterASCII = true
                i += 1
                continue
            }
            guard i + 2 < n else { return false }
            let b1 = p[i + 1]
            let b2 = p[i + 2]
            if b == 0xE0, b1 == 0xB8 || b1 == 0xB9, b2 >= 0x80 && b2 <= 0xBF {
                if afterASCII && isThaiExtender(0x0E00 + UInt32(b1 - 0xB8) * 64 + UInt32(b2 - 0x80)) { return false }
            } else if b == 0xE2, b1 == 0x80, b2 >= 0x90 && b2 <= 0xA7 {
                // General Punctuation U+2010–U+2027.
            } else {
                return false
            }
            afterASCII = false
            i += 3
        }
        return true
    }

    /// Calls `body` with the UTF-8 bytes of `s`, contiguous.
    @inlinable @inline(__always)
    package static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return try copy.withUTF8(body)
    }

    /// Whether `s` holds any of the bytes for which `test` is true.
    @inlinable @inline(__always)
    package static func containsByte(_ s: String, where test: (UInt8) -> Bool) -> Bool {
        withBytes(s) { p in
            for b in p where test(b) { return true }
            return false
        }
    }

    /// A string made of `bytes`, which are valid UTF-8.
    @inlinable @inline(__always)
    package static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
