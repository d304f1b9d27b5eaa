import Crypto
import PlanPressCore

/// `manifest.json`: every published file with its size and SHA-256, for deploying and auditing.
public enum Manifest {
    public static let path = OutputPath.manifest

    public static func file(for files: [OutputFile]) -> OutputFile {
        file(for: files, digests: digests(files))
    }

    /// The SHA-256 of each file, in order, on every core: computed once per build, for the
    /// manifest and for the publisher's comparison with the previous build.
    public static func digests(_ files: [OutputFile]) -> [String] {
        Parallel.map(files) { sha256($0.bytes) }
    }

    /// The manifest of `files`, whose SHA-256 digests (`digests(files)`) are already known.
    public static func file(for files: [OutputFile], digests: [String]) -> OutputFile {
        let records = zip(files, digests).map { ($0.path, StagingFolder.Record(size: $0.bytes.count, sha256: $1)) }
        return file(records: Dictionary(records, uniquingKeysWith: { a, _ in a }))
    }

    /// The SHA-256 of `bytes` in lower-case hexadecimal.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// A digest as lowercase hexadecimal.
    package static func hex(_ digest: SHA256.Digest) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
