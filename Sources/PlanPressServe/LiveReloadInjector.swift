import Foundation

/// Puts the live-reload script into HTML responses as they are served. Files on disk are never
/// changed: what `serve` writes is exactly what `build` publishes.
///
/// The pages' Content-Security-Policy allows scripts from the same origin only, so the tag loads
/// the script from the preview server (`/__planpress/live.js`) instead of carrying it inline.
public enum LiveReloadInjector {
    /// The tag for a page served at build `version`; the script starts waiting from that version,
    /// so a build that lands between serving the page and running the script still reloads it.
    public static func tag(version: Int) -> String {
        "<script src=\"\(LiveAssets.scriptRoute)?v=\(version)\"></script>"
    }

    /// `html` with the tag before its last `</body>` (matched without regard to case), or at
    /// the end when the page has none.
    public static func inject(into html: Data, version: Int) -> Data {
        let bytes = [UInt8](html)
        let tag = Array(tag(version: version).utf8)
        guard let at = lastBodyClose(in: bytes) else { return Data(bytes + tag) }
        return Data(bytes[..<at] + tag + bytes[at...])
    }

    /// The offset of the last `</body` in `bytes`, ASCII case ignored.
    static func lastBodyClose(in bytes: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            var match = true
            for j in 0..<needle.count {
                let b = bytes[i + j]
                // ASCII lower-casing: only A–Z change.
                let lower = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
                if lower != needle[j] {
                    match = false
                    break
                }
            }
            if match { return i }
            i -= 1
        }
        return nil
    }
}
