/// The shared strings a written workbook uses, each once, in the order first used (so the same
/// draft gives the same bytes).
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    /// Every use, counted as Excel's `count` attribute wants.
    private(set) var uses = 0

    /// The index of `s`, added when new.
    mutating func index(of s: String) -> Int {
        uses += 1
        if let i = indices[s] { return i }
        strings.append(s)
        indices[s] = strings.count - 1
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`.
    var xml: String {
        var out = Markup.declaration
        out += "<sst xmlns=\"\(Markup.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for s in strings { out += "<si><t\(Markup.space(s))>\(Markup.text(s))</t></si>" }
        out += "</sst>"
        return out
    }
}
