/// A part's relationships (`_rels/NAME.rels`): id → type and target, targets resolved to part
/// names inside the package.
struct Relationships {
    struct Relationship {
        var type: String
        /// The part name, without a leading `/` (`xl/worksheets/sheet1.xml`).
        var target: String
    }

    var byID: [String: Relationship] = [:]

    init() {}

    /// Reads the relationships of the part `source` (`xl/workbook.xml`; "" for the package's own).
    init(_ part: XLSXPart, source: String) throws(XLSXReadError) {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        while let node = try part.next() {
            guard case .start("Relationship", _) = node, part.attribute("TargetMode") != "External",
                let id = part.attribute("Id"), let target = part.attribute("Target"), let type = part.attribute("Type")
            else { continue }
            if let resolved = Self.resolve(target, in: folder) { byID[id] = Relationship(type: type, target: resolved) }
        }
    }

    /// The first relationship whose type ends with `/suffix` (types differ between transitional
    /// and strict OOXML only in their stem).
    func first(ofType suffix: String) -> Relationship? {
        byID.sorted { $0.key < $1.key }.first { $0.value.type.hasSuffix("/" + suffix) }?.value
    }

    /// `target` as a part name: absolute (`/xl/worksheets/sheet1.xml`) or relative to `folder`
    /// (`worksheets/sheet1.xml`, `../xl/styles.xml`); nil when it climbs out of the package.
    static func resolve(_ target: String, in folder: String) -> String? {
        let path = target.removingPercentEncodingIfValid()
        var parts: [Substring] = path.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}

extension String {
    /// Targets are URIs: `%20` is a space in the part's name.
    fileprivate func removingPercentEncodingIfValid() -> String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let b = utf8.first {
            utf8 = utf8.dropFirst()
            if b == UInt8(ascii: "%"), utf8.count >= 2,
                let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(v)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
