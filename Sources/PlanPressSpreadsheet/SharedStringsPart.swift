/// `sharedStrings.xml`: each `<si>`'s text, its rich-text runs joined, its phonetic runs
/// (`<rPh>`, furigana) left out.
struct SharedStringsPart {
    var strings: [String] = []

    init() {}

    init(_ part: XLSXPart, limits: XLSXLimits) throws(XLSXReadError) {
        var current: String?
        var inText = false
        // Depth inside `<rPh>`: its `<t>` is a reading aid, not the cell's text.
        var phonetic = 0
        while let node = try part.next() {
            switch node {
            case .start(let name, let isEmpty):
                switch name {
                case "si":
                    guard strings.count < limits.maxSharedStrings else { throw .tooManySharedStrings(limit: limits.maxSharedStrings) }
                    if isEmpty { strings.append("") } else { current = "" }
                case "rPh" where !isEmpty: phonetic += 1
                case "t" where !isEmpty && phonetic == 0: inText = current != nil
                default: break
                }
            case .end(let name):
                switch name {
                case "si":
                    strings.append(XString.decode(current ?? ""))
                    current = nil
                case "rPh": phonetic -= 1
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inText { current! += text }
            }
        }
    }
}
