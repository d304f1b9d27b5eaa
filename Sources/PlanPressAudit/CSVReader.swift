/// Reads back the CSV this program writes (RFC 4180, optional BOM), for the channel audit.
enum CSVReader {
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        var data = bytes[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < data.endIndex, data[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < data.endIndex, data[i + 1] == 0x0A { i += 1 }
                row.append(String(decoding: field, as: UTF8.self))
                rows.append(row)
                row = []
                field = []
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(decoding: field, as: UTF8.self))
            rows.append(row)
        }
        return rows
    }
}
