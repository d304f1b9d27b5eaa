import Foundation
import ZIPFoundation

/// The zip of a workbook, held in memory: its entries checked as a whole when it is opened, each
/// part decompressed into memory on request under the limits (nothing is written to disk).
struct XLSXContainer {
    private let bytes: [UInt8]
    private let limits: XLSXLimits
    /// The entries by lowercased name: part names in a package ignore case.
    private let entries: [String: ZipEntry]
    /// Bytes decompressed so far, against `maxTotalBytes`.
    private var total = 0

    /// The first bytes of an OLE compound file: an encrypted workbook, or an old `.xls`.
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    init(_ bytes: [UInt8], limits: XLSXLimits) throws(XLSXReadError) {
        guard bytes.count <= limits.maxFileBytes else { throw .fileTooLarge(bytes: bytes.count, limit: limits.maxFileBytes) }
        if bytes.starts(with: Self.oleSignature) { throw .encryptedOrLegacy }
        let directory = try ZipDirectory(bytes, limits: limits)
        var entries: [String: ZipEntry] = [:]
        var declaredTotal = 0
        for entry in directory.entries {
            guard entries.updateValue(entry, forKey: entry.name.lowercased()) == nil else {
                throw .corruptEntry(part: entry.name, detail: "the name appears twice")
            }
            if entry.isEncrypted { throw .encryptedEntry(part: entry.name) }
            // The declared sizes first: a bomb that tells the truth is refused without inflating.
            try Self.check(entry.name, size: entry.uncompressedSize, compressed: entry.compressedSize, limits: limits)
            declaredTotal += entry.uncompressedSize
            guard declaredTotal <= limits.maxTotalBytes else { throw .archiveTooLarge(limit: limits.maxTotalBytes) }
        }
        self.bytes = bytes
        self.limits = limits
        self.entries = entries
    }

    /// True when the zip holds `name`.
    func contains(_ name: String) -> Bool { entries[name.lowercased()] != nil }

    /// The part `name` decompressed, or nil when the zip does not hold it. The limits hold while
    /// it is inflated too (declared sizes may lie): the inflater is stopped as soon as the part
    /// passes one.
    mutating func read(_ name: String) throws(XLSXReadError) -> [UInt8]? {
        guard let entry = entries[name.lowercased()] else { return nil }
        let reader = ByteReader(bytes)
        let header = entry.localHeaderOffset
        guard reader.u32(header) == 0x0403_4B50, let nameLength = reader.u16(header + 26), let extraLength = reader.u16(header + 28)
        else { throw .corruptEntry(part: entry.name, detail: "no local header") }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        guard start + entry.compressedSize <= bytes.count else {
            throw .corruptEntry(part: entry.name, detail: "the data lies outside the file")
        }
        let data = bytes[start..<start + entry.compressedSize]
        var out: [UInt8] = []
        var crc: UInt32 = 0
        switch entry.method {
        case 0:
            try Self.check(entry.name, size: data.count, compressed: data.count, limits: limits)
            out = Array(data)
            crc = Data(out).crc32(checksum: 0)
        case 8:
            (out, crc) = try inflate(data, entry: entry)
        default:
            throw .corruptEntry(part: entry.name, detail: "compression method \(entry.method) is not supported")
        }
        guard out.count == entry.uncompressedSize else {
            throw .corruptEntry(part: entry.name, detail: "\(out.count) bytes where \(entry.uncompressedSize) were declared")
        }
        guard crc == entry.crc32 else { throw .corruptEntry(part: entry.name, detail: "wrong checksum") }
        total += out.count
        guard total <= limits.maxTotalBytes else { throw .archiveTooLarge(limit: limits.maxTotalBytes) }
        return out
    }

    /// Inflates `data` with ZIPFoundation's inflater, fed by a provider of our own: it throws at
    /// the end of the entry's bytes (ZIPFoundation's own reader would return nothing and be
    /// asked again, forever, for a stream that never ends), and the consumer stops the inflater
    /// at the first limit passed.
    private func inflate(_ data: ArraySlice<UInt8>, entry: ZipEntry) throws(XLSXReadError) -> ([UInt8], UInt32) {
        var out: [UInt8] = []
        var position = data.startIndex
        let limits = self.limits
        let perEntry = min(limits.maxEntryBytes, limits.maxTotalBytes - total)
        let crc: UInt32
        do {
            crc = try Data.decompress(
                size: Int64(data.count), bufferSize: 64 * 1024, skipCRC32: false,
                provider: { _, chunk in
                    guard position < data.endIndex else { throw Stop.error(.corruptEntry(part: entry.name, detail: "truncated")) }
                    let end = min(position + chunk, data.endIndex)
                    defer { position = end }
                    return Data(data[position..<end])
                },
                consumer: { chunk in
                    guard out.count + chunk.count <= perEntry else {
                        throw Stop.error(
                            perEntry < limits.maxEntryBytes
                                ? .archiveTooLarge(limit: limits.maxTotalBytes)
                                : .entryTooLarge(part: entry.name, limit: limits.maxEntryBytes))
                    }
                    out.append(contentsOf: chunk)
                    if out.count > limits.compressionRatioThreshold, out.count / max(data.count, 1) > limits.maxCompressionRatio {
                        throw Stop.error(.compressionRatioTooHigh(part: entry.name, limit: limits.maxCompressionRatio))
                    }
                })
        } catch let Stop.error(error) {
            throw error
        } catch {
            throw .corruptEntry(part: entry.name, detail: "cannot be decompressed")
        }
        return (out, crc)
    }

    /// Carries our error out through ZIPFoundation's untyped `throws`.
    private enum Stop: Error {
        case error(XLSXReadError)
    }

    private static func check(_ name: String, size: Int, compressed: Int, limits: XLSXLimits) throws(XLSXReadError) {
        guard size <= limits.maxEntryBytes else { throw .entryTooLarge(part: name, limit: limits.maxEntryBytes) }
        if size > limits.compressionRatioThreshold, size / max(compressed, 1) > limits.maxCompressionRatio {
            throw .compressionRatioTooHigh(part: name, limit: limits.maxCompressionRatio)
        }
    }
}
