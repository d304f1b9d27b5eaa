import Foundation
import PlanPressCore

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// The encodings a submission may arrive in.
public enum SourceEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case tis620 = "TIS-620"
    case windows874 = "Windows-874"

    /// True for the encodings that are accepted with a warning.
    public var isConverted: Bool {
        switch self {
        case .utf8, .utf8BOM: return false
        default: return true
        }
    }
}

/// A decoded source file: its text as UTF-8 and the encoding it was found in.
public struct SourceText: Sendable {
    public var path: String
    public var text: String
    public var encoding: SourceEncoding

    public init(path: String, text: String, encoding: SourceEncoding) {
        self.path = path
        self.text = text
        self.encoding = encoding
    }

    /// Decodes bytes per the submission format's encoding rules.
    ///
    /// Returns the text, or a located `PP101` diagnostic naming the first bad byte.
    public static func decode(_ bytes: [UInt8], path: String) -> (SourceText?, [Diagnostic]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if let text = String(validating: body, as: UTF8.self) {
                return (SourceText(path: path, text: text, encoding: .utf8BOM), [])
            }
            if let bad = firstInvalidUTF8(body) {
                return (nil, [invalid(body, at: bad, path: path, offsetBase: 3)])
            }
            return (SourceText(path: path, text: String(decoding: body, as: UTF8.self), encoding: .utf8BOM), [])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let encoding: String.Encoding = little ? .utf16LittleEndian : .utf16BigEndian
            let data = Data(bytes[2...])
            guard data.count % 2 == 0, let text = String(data: data, encoding: encoding) else {
                return (nil, [EncodingInvalid.invalidUTF16(path: path)])
            }
            let enc: SourceEncoding = little ? .utf16LE : .utf16BE
            return (SourceText(path: path, text: text, encoding: enc), [EncodingConverted.diagnostic(enc, path: path)])
        }
        // Valid UTF-8, the usual case, is checked once, by the standard library's validator.
        if let text = String(validating: bytes, as: UTF8.self) {
            return (SourceText(path: path, text: text, encoding: .utf8), [])
        }
        guard let bad = firstInvalidUTF8(bytes) else {
            return (SourceText(path: path, text: String(decoding: bytes, as: UTF8.self), encoding: .utf8), [])
        }
        // Not UTF-8: TIS-620 when every high byte is a Thai letter, Windows-874 when it also uses
        // the Microsoft punctuation in 0x80–0xA0; otherwise the file is unreadable.
        var usesWindowsExtras = false
        for (i, b) in bytes.enumerated() where b >= 0x80 {
            if isTIS620(b) { continue }
            if windows874Extras.contains(b) {
                usesWindowsExtras = true
                continue
            }
            // The later of the two first failures is the byte that is wrong in both readings: a UTF-8
            // file with one stray byte points past its Thai letters, a TIS-620 file at the odd byte.
            return (nil, [invalid(bytes, at: max(i, bad), path: path, offsetBase: 0)])
        }
        let nsEncoding = CFStringConvertEncodingToNSStringEncoding(0x041D)  // kCFStringEncodingDOSThai
        guard let text = String(data: Data(bytes), encoding: String.Encoding(rawValue: nsEncoding)) else {
            return (nil, [invalid(bytes, at: bad, path: path, offsetBase: 0)])
        }
        let enc: SourceEncoding = usesWindowsExtras ? .windows874 : .tis620
        return (SourceText(path: path, text: text, encoding: enc), [EncodingConverted.diagnostic(enc, path: path)])
    }

    static func isTIS620(_ b: UInt8) -> Bool {
        (0xA1...0xDA).contains(b) || (0xDF...0xFB).contains(b)
    }

    static let windows874Extras: Set<UInt8> = [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xA0]

    /// PP101 for the byte at `offset` of `bytes`, located by line and column; `offsetBase` is
    /// the number of bytes before `bytes` in the file (a byte-order mark).
    static func invalid(_ bytes: [UInt8], at offset: Int, path: String, offsetBase: Int) -> Diagnostic {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return EncodingInvalid.invalidByte(
            bytes[offset], offset: offset + offsetBase, at: SourceLocation(path: path, line: line, column: column))
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    package static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var minValue: UInt32
            var value: UInt32
            if b & 0xE0 == 0xC0 {
                need = 1
                minValue = 0x80
                value = UInt32(b & 0x1F)
            } else if b & 0xF0 == 0xE0 {
                need = 2
                minValue = 0x800
                value = UInt32(b & 0x0F)
            } else if b & 0xF8 == 0xF0 {
                need = 3
                minValue = 0x10000
                value = UInt32(b & 0x07)
            } else {
                return i
            }
            guard i + need < n else { return i }
            for k in 1...need {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minValue || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += need + 1
        }
        return nil
    }
}
