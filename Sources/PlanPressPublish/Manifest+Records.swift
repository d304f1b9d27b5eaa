import PlanPressCore

extension Manifest {
    /// The manifest of a staged build, from what the staging folder recorded of each file: the
    /// same document `file(for:digests:)` makes from the files themselves.
    public static func file(records: [String: StagingFolder.Record]) -> OutputFile {
        let entries = records.filter { $0.key != path }.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        let list: [JSONValue] = entries.map { p, record in
            .object([
                ("path", .string(p)),
                ("bytes", .number(String(record.size))),
                ("sha256", .string(record.sha256)),
            ])
        }
        let doc = JSONValue.object([
            ("format", .string("planpress/manifest/1")),
            ("files", .number(String(entries.count))),
            ("bytes", .number(String(entries.reduce(0) { $0 + $1.value.size }))),
            ("entries", .array(list)),
        ])
        return OutputFile(path: path, bytes: doc.serialized())
    }
}
