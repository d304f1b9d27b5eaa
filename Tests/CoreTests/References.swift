@testable import PlanPressCore

// The first, plain forms of code that has a faster form in the sources: the tests compare the
// two on many inputs. They live here, not in the sources, because nothing but the tests calls them.

extension JSONValue {
    /// The byte-by-byte `writeString`, kept as the tests' reference.
    static func referenceWriteString(_ s: String, _ out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x3C: out.append(contentsOf: Array("\\u003c".utf8))  // keeps `</script>` inert if embedded
            case 0..<0x20:
                let hex = String(b, radix: 16)
                out.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}

extension ThaiDigits {
    /// The scalar-by-scalar `thai`, kept as the tests' reference.
    static func referenceThai(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39, let t = Unicode.Scalar(s.value - 0x30 + 0x0E50) {
                scalars.append(t)
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}

extension ThaiDigits {
    /// The scalar-by-scalar `arabic`, kept as the tests' reference.
    static func referenceArabic(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x0E50 && s.value <= 0x0E59, let a = Unicode.Scalar(s.value - 0x0E50 + 0x30) {
                scalars.append(a)
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}
