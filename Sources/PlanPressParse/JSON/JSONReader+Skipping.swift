import PlanPressCore

extension JSONReader.Parser {
    /// The value of a skipped key: an array or object is checked by the grammar of `value` and
    /// stands in the tree as an empty one at its place; any other value is read as usual.
    mutating func skippedContainer(depth: Int) throws -> Node {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") else {
            return try value(depth: depth)
        }
        let here = location(index)
        let isObject = bytes[index] == UInt8(ascii: "{")
        try skipValue(depth: depth)
        return Node(isObject ? .mapping([]) : .sequence([]), at: here)
    }

    /// Moves past one value, failing where `value(depth:)` would fail and with the same problem.
    mutating func skipValue(depth: Int) throws {
        skipWhitespace()
        guard index < bytes.count else { throw unexpected() }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try skipObject(depth: depth + 1)
        case UInt8(ascii: "["):
            try skipArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            _ = try string(keeping: false)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] {
                let w = Array(word.utf8)
                if bytes[index...].starts(with: w) {
                    index += w.count
                    return
                }
            }
            throw unexpected()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
        default:
            throw unexpected()
        }
    }

    /// `object(depth:at:)` without the nodes. Keys are still read: the messages name them.
    mutating func skipObject(depth: Int) throws {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    throw failure(at: index, .trailingComma(before: "}"))
                }
                throw unexpected()
            }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure(at: index, .missingColon(key: key))
            }
            index += 1
            try skipValue(depth: depth)
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return
            }
            throw failure(at: index, .expectedCommaOrBrace(afterKey: key))
        }
    }

    /// `array(depth:at:)` without the nodes.
    mutating func skipArray(depth: Int) throws {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw failure(at: index, .trailingComma(before: "]"))
            }
            try skipValue(depth: depth)
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return
            }
            throw failure(at: index, .expectedCommaOrBracket)
        }
    }
}
