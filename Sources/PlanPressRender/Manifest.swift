import Crypto
import PlanPressCore

/// `manifest.json`: every published file with its size and SHA-256, for deploying and auditing.
public enum Manifest {
    public static let path = "manifest.json"

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
        let entries = zip(files, digests).filter { $0.0.path != path }.sorted {
            Array($0.0.path.utf8).lexicographicallyPrecedes(Array($1.0.path.utf8))
        }
        let list: [JSONValue] = entries.map { f, digest in
            .object([
                ("path", .string(f.path)),
                ("bytes", .number(String(f.bytes.count))),
                ("sha256", .string(digest)),
            ])
        }
        let doc = JSONValue.object([
            ("format", .string("planpress/manifest/1")),
            ("files", .number(String(entries.count))),
            ("bytes", .number(String(entries.reduce(0) { $0 + $1.0.bytes.count }))),
            ("entries", .array(list)),
        ])
        return OutputFile(path: path, bytes: doc.serialized())
    }

    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
