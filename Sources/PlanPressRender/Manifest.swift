import Crypto

/// `manifest.json`: every published file with its size and SHA-256, for deploying and auditing.
public enum Manifest {
    public static let path = "manifest.json"

    public static func file(for files: [OutputFile]) -> OutputFile {
        let entries = files.filter { $0.path != path }.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        let list: [JSONValue] = entries.map { f in
            .object([
                ("path", .string(f.path)),
                ("bytes", .number(String(f.bytes.count))),
                ("sha256", .string(sha256(f.bytes))),
            ])
        }
        let doc = JSONValue.object([
            ("format", .string("planpress/manifest/1")),
            ("files", .number(String(entries.count))),
            ("bytes", .number(String(entries.reduce(0) { $0 + $1.bytes.count }))),
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
