import Foundation
import ZIPFoundation

/// Zips built byte by byte for the spreadsheet tests: each entry's header says what the test
/// wants it to say (sizes that lie, flags, names no tool would write).
struct RawZip {
    struct Entry {
        var name: [UInt8]
        /// The bytes as stored (already deflated when `method` is 8).
        var data: [UInt8]
        var method: UInt16 = 8
        var flags: UInt16 = 0x0800
        var crc: UInt32
        var declaredUncompressed: UInt32
    }

    var entries: [Entry] = []

    /// Adds `content` deflated, with its true size and checksum unless told otherwise.
    mutating func add(_ name: String, _ content: [UInt8], declaredSize: UInt32? = nil, flags: UInt16 = 0x0800) {
        add(name: Array(name.utf8), content, declaredSize: declaredSize, flags: flags)
    }

    mutating func add(name: [UInt8], _ content: [UInt8], declaredSize: UInt32? = nil, flags: UInt16 = 0x0800, stored: Bool = false) {
        let data = Data(content)
        entries.append(
            Entry(
                name: name, data: stored ? content : Self.deflate(content), method: stored ? 0 : 8, flags: flags,
                crc: data.crc32(checksum: 0), declaredUncompressed: declaredSize ?? UInt32(content.count)))
    }

    /// Adds an entry whose stored bytes are `raw` as they are (a deflate stream made by hand).
    mutating func add(raw name: String, _ raw: [UInt8], declaredSize: UInt32, crc: UInt32 = 0) {
        entries.append(Entry(name: Array(name.utf8), data: raw, crc: crc, declaredUncompressed: declaredSize))
    }

    mutating func add(_ name: String, _ text: String) { add(name, Array(text.utf8)) }

    /// Raw deflate (no zlib header) of `bytes`.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var out = Data()
        let data = Data(bytes)
        _ = try! Data.compress(size: Int64(data.count), bufferSize: 1 << 16) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        } consumer: {
            out.append($0)
        }
        return [UInt8](out)
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: UInt16, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32, _ into: inout [UInt8]) { for i in 0..<4 { into.append(UInt8((v >> (8 * UInt32(i))) & 0xFF)) } }
        for e in entries {
            let offset = UInt32(out.count)
            u32(0x0403_4B50, &out)
            u16(20, &out)
            u16(e.flags, &out)
            u16(e.method, &out)
            u16(0, &out)
            u16(0x21, &out)
            u32(e.crc, &out)
            u32(UInt32(e.data.count), &out)
            u32(e.declaredUncompressed, &out)
            u16(UInt16(e.name.count), &out)
            u16(0, &out)
            out += e.name
            out += e.data
            u32(0x0201_4B50, &central)
            u16(20, &central)
            u16(20, &central)
            u16(e.flags, &central)
            u16(e.method, &central)
            u16(0, &central)
            u16(0x21, &central)
            u32(e.crc, &central)
            u32(UInt32(e.data.count), &central)
            u32(e.declaredUncompressed, &central)
            u16(UInt16(e.name.count), &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u32(0, &central)
            u32(offset, &central)
            central += e.name
        }
        let centralOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out)
        u16(0, &out)
        u16(0, &out)
        u16(UInt16(min(entries.count, 0xFFFF)), &out)
        u16(UInt16(min(entries.count, 0xFFFF)), &out)
        u32(UInt32(central.count), &out)
        u32(centralOffset, &out)
        u16(0, &out)
        return out
    }

    /// The parts of a minimal workbook with one sheet named `Sheet1` whose part is `sheet`,
    /// and, when given, a shared strings part.
    static func workbook(sheet: [UInt8], sharedStrings: [UInt8]? = nil, workbookXML: String? = nil) -> RawZip {
        var zip = RawZip()
        zip.add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """)
        zip.add(
            "xl/workbook.xml",
            workbookXML
                ?? """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """)
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """)
        zip.add("xl/worksheets/sheet1.xml", sheet)
        if let sharedStrings { zip.add("xl/sharedStrings.xml", sharedStrings) }
        return zip
    }

    /// A worksheet part whose `<sheetData>` holds `rows`.
    static func sheet(_ rows: String) -> [UInt8] {
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows)</sheetData></worksheet>
            """.utf8)
    }
}

/// Deflate streams made bit by bit.
enum DeflateBomb {
    /// Writes bits least significant first, as deflate packs them.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var count = 0

        mutating func bits(_ value: UInt32, _ n: Int) {
            for i in 0..<n { bit((value >> UInt32(i)) & 1) }
        }

        /// A Huffman code, which deflate writes most significant bit first.
        mutating func code(_ value: UInt32, _ n: Int) {
            for i in (0..<n).reversed() { bit((value >> UInt32(i)) & 1) }
        }

        private mutating func bit(_ b: UInt32) {
            if count % 8 == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(b) << UInt8(count % 8)
            count += 1
        }
    }

    /// One fixed-Huffman block: a literal 0, then `8 × groups` copies of 258 bytes at distance 1,
    /// then the end of the block.
    private static func block(groups: Int) -> [UInt8] {
        var w = BitWriter()
        w.bits(1, 1)  // final
        w.bits(1, 2)  // fixed Huffman codes
        w.code(0x30, 8)  // literal 0
        for _ in 0..<(8 * groups) {
            w.code(0xC5, 8)  // length 258 (symbol 285)
            w.code(0, 5)  // distance 1
        }
        w.code(0, 7)  // end of block
        return w.bytes
    }

    /// A deflate stream of `1 + 258 × 8 × groups` zero bytes, made in a moment: 8 copies take 104
    /// bits, 13 whole bytes, so the stream is a prefix, one 13-byte chunk repeated, and a tail.
    static func zeros(groups: Int) -> [UInt8] {
        let one = block(groups: 1)
        let two = block(groups: 2)
        let p = zip(one, two).prefix { $0 == $1 }.count
        let chunk = two[p..<p + 13]
        var out = Array(one[..<p])
        out.reserveCapacity(one.count + 13 * groups)
        for _ in 1..<max(groups, 1) { out += chunk }
        out += one[p...]
        return out
    }
}
