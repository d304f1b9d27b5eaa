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

    mutating func add(name: [UInt8], _ content: [UInt8], declaredSize: UInt32? = nil, flags: UInt16 = 0x0800) {
        let data = Data(content)
        entries.append(
            Entry(
                name: name, data: Self.deflate(content), flags: flags, crc: data.crc32(checksum: 0),
                declaredUncompressed: declaredSize ?? UInt32(content.count)))
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

/// Runs a program and waits at most `timeout` seconds (then kills it).
enum ExternalProgram {
    struct Result {
        var status: Int32
        var output: String
        var timedOut: Bool
    }

    /// The path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func run(_ path: String, _ arguments: [String], timeout: TimeInterval) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let timedOut = process.isRunning
        if timedOut {
            process.terminate()
            process.waitUntilExit()
        }
        try handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: text, timedOut: timedOut)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
