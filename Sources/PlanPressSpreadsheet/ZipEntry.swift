/// One entry of a zip's central directory, as `ZipDirectory` read it.
struct ZipEntry: Sendable, Hashable {
    var name: String
    /// The general purpose flags: bit 0 (encrypted) and bit 6 (strong encryption) matter here.
    var flags: UInt16
    /// 0 stored, 8 deflated; anything else is refused when read.
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 0x0001 != 0 || flags & 0x0040 != 0 }
}
