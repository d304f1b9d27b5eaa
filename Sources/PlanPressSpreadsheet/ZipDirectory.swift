/// The central directory of a zip held in memory, read without trusting it: every offset and
/// length is checked against the bytes, the entry count against the limit before the entries are
/// walked, and every name, flag and declared size before anything is decompressed.
///
/// Read here rather than through ZIPFoundation's `Archive` because its iterator silently stops at
/// an encrypted entry (so the entries after it, and the fact, are lost).
struct ZipDirectory {
    /// The entries in directory order.
    var entries: [ZipEntry]

    private static let eocdSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EOCDSignature: UInt32 = 0x0606_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50

    init(_ bytes: [UInt8], limits: XLSXLimits) throws(XLSXReadError) {
        let reader = ByteReader(bytes)
        guard let eocd = Self.endOfCentralDirectory(reader) else {
            throw .notAZip(detail: "no end of central directory record")
        }
        var count = Int(reader.u16(eocd + 10) ?? 0)
        var size = Int(reader.u32(eocd + 12) ?? 0)
        var offset = Int(reader.u32(eocd + 16) ?? 0)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: the real numbers are in the record the locator just before points to.
            guard eocd >= 20, reader.u32(eocd - 20) == Self.zip64LocatorSignature, let at = reader.u64(eocd - 12),
                at < UInt64(bytes.count), reader.u32(Int(at)) == Self.zip64EOCDSignature,
                let count64 = reader.u64(Int(at) + 32), let size64 = reader.u64(Int(at) + 40),
                let offset64 = reader.u64(Int(at) + 48)
            else { throw .notAZip(detail: "damaged ZIP64 directory") }
            guard count64 <= UInt64(Int32.max), size64 <= UInt64(bytes.count), offset64 <= UInt64(bytes.count) else {
                throw count64 > UInt64(limits.maxEntries)
                    ? .tooManyEntries(count: Int(clamping: count64), limit: limits.maxEntries)
                    : .notAZip(detail: "damaged ZIP64 directory")
            }
            (count, size, offset) = (Int(count64), Int(size64), Int(offset64))
        }
        // Refused before a single entry is walked: 20,000 entries cost nothing to turn away.
        guard count <= limits.maxEntries else { throw .tooManyEntries(count: count, limit: limits.maxEntries) }
        guard offset + size <= bytes.count else { throw .notAZip(detail: "the central directory lies outside the file") }
        var entries: [ZipEntry] = []
        var at = offset
        for _ in 0..<count {
            guard reader.u32(at) == Self.centralSignature, let flags = reader.u16(at + 8), let method = reader.u16(at + 10),
                let crc = reader.u32(at + 16), let compressed32 = reader.u32(at + 20), let uncompressed32 = reader.u32(at + 24),
                let nameLength = reader.u16(at + 28), let extraLength = reader.u16(at + 30), let commentLength = reader.u16(at + 32),
                let local32 = reader.u32(at + 42)
            else { throw .notAZip(detail: "damaged central directory") }
            let nameStart = at + 46
            let extraStart = nameStart + Int(nameLength)
            let next = extraStart + Int(extraLength) + Int(commentLength)
            guard next <= offset + size else { throw .notAZip(detail: "damaged central directory") }
            let nameBytes = bytes[nameStart..<extraStart]
            let name = String(decoding: nameBytes, as: UTF8.self)
            guard Self.isSafe(nameBytes) else { throw .unsafeEntryName(name) }
            var sizes = (uncompressed: UInt64(uncompressed32), compressed: UInt64(compressed32), local: UInt64(local32))
            if uncompressed32 == 0xFFFF_FFFF || compressed32 == 0xFFFF_FFFF || local32 == 0xFFFF_FFFF {
                guard Self.readZip64Extra(reader, from: extraStart, length: Int(extraLength), into: &sizes) else {
                    throw .notAZip(detail: "damaged ZIP64 sizes of \(name)")
                }
            }
            // Sizes past Int's range are taken as "too large": they are refused by the limits.
            let entry = ZipEntry(
                name: name, flags: flags, method: method, crc32: crc, compressedSize: Int(clamping: sizes.compressed),
                uncompressedSize: Int(clamping: sizes.uncompressed), localHeaderOffset: Int(clamping: sizes.local))
            entries.append(entry)
            at = next
        }
        self.entries = entries
    }

    /// The offset of the end of central directory record: the last one in the final 64 KiB
    /// (its comment is at most 65,535 bytes).
    private static func endOfCentralDirectory(_ reader: ByteReader) -> Int? {
        let n = reader.bytes.count
        guard n >= 22 else { return nil }
        var at = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while at >= lowest {
            if reader.bytes[at] == 0x50, reader.u32(at) == eocdSignature { return at }
            at -= 1
        }
        return nil
    }

    /// The ZIP64 extended information (header 0x0001): its 8-byte values stand, in order, for
    /// the fields that were 0xFFFFFFFF.
    private static func readZip64Extra(
        _ reader: ByteReader, from start: Int, length: Int, into sizes: inout (uncompressed: UInt64, compressed: UInt64, local: UInt64)
    ) -> Bool {
        var at = start
        let end = start + length
        while at + 4 <= end {
            guard let id = reader.u16(at), let size = reader.u16(at + 2) else { return false }
            let dataEnd = at + 4 + Int(size)
            guard dataEnd <= end else { return false }
            if id == 0x0001 {
                var field = at + 4
                func take(_ value: inout UInt64) -> Bool {
                    guard value == 0xFFFF_FFFF else { return true }
                    guard field + 8 <= dataEnd, let v = reader.u64(field) else { return false }
                    value = v
                    field += 8
                    return true
                }
                return take(&sizes.uncompressed) && take(&sizes.compressed) && take(&sizes.local)
            }
            at = dataEnd
        }
        return false
    }

    /// False for a name that could leave a folder if extracted: a NUL, a backslash, a leading
    /// `/`, a drive letter, or a `..` component. The file is refused whole for one of them (no
    /// honest workbook has one, and nothing is ever extracted to disk anyway).
    static func isSafe(_ name: ArraySlice<UInt8>) -> Bool {
        guard !name.contains(0), !name.contains(0x5C), name.first != 0x2F else { return false }
        if name.count >= 2, name[name.startIndex + 1] == 0x3A { return false }
        return !name.split(separator: 0x2F, omittingEmptySubsequences: false).contains { $0.elementsEqual([0x2E, 0x2E]) }
    }
}
