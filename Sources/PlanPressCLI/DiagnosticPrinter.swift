import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressSpreadsheet

/// The one place that turns diagnostics into text: `path:line:column: severity[CODE]: message`,
/// the offending line quoted with a caret under the spot, and the hint on its own line.
struct DiagnosticPrinter {
    var language: Language
    var colors: Bool
    private var lineCache: [String: [Substring]] = [:]
    private var workbookCache: [String: WorkbookText?] = [:]

    init(language: Language, colors: Bool) {
        self.language = language
        self.colors = colors
    }

    func paint(_ s: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    mutating func lines(of path: String) -> [Substring] {
        if let cached = lineCache[path] { return cached }
        var result: [Substring] = []
        // A workbook is a zip: it has rows to quote, not lines.
        if !path.lowercased().hasSuffix(".xlsx"), let data = FileManager.default.contents(atPath: path) {
            let (text, _) = SourceText.decode([UInt8](data), path: path)
            if let text {
                // Split on any line break, as YAML does (`\r\n` is one break).
                result = SourceLines.substrings(of: text.text)
            }
        }
        lineCache[path] = result
        return result
    }

    /// Takes the lines of `path` as already read (by `ValidationReportInputs`), so that the file
    /// is not read again.
    mutating func remember(_ lines: [String], of path: String) {
        lineCache[path] = lines.map { Substring($0) }
    }

    mutating func format(_ d: Diagnostic) -> String {
        let severityWord: String
        switch (d.severity, language) {
        case (.error, .th): severityWord = paint("ข้อผิดพลาด", "1;31")
        case (.error, .en): severityWord = paint("error", "1;31")
        case (.warning, .th): severityWord = paint("คำเตือน", "1;33")
        case (.warning, .en): severityWord = paint("warning", "1;33")
        }
        var out = "\(paint(d.location.description, "1")): \(severityWord)[\(d.code.rawValue)]: \(d.message[language])\n"
        if d.location.sheet != nil {
            if let row = workbook(of: d.location.path)?.row(at: d.location) { out += quote(row) }
        } else if d.location.line > 0 {
            let all = lines(of: d.location.path)
            if d.location.line <= all.count {
                let text = String(all[d.location.line - 1])
                let number = String(d.location.line)
                let gutter = String(repeating: " ", count: number.count)
                out += "\(gutter) |\n\(number) | \(text)\n"
                if d.location.column > 0 {
                    // Keep tabs so the caret lines up under the same characters.
                    var prefix = ""
                    for s in text.unicodeScalars.prefix(d.location.column - 1) {
                        if s == "\t" {
                            prefix.append("\t")
                        } else if !isCombining(s) {
                            prefix.append(" ")
                        }
                    }
                    out += "\(gutter) | \(prefix)\(paint("^", "1;32"))\n"
                }
            }
        }
        if let hint = d.hint {
            out += "  \(paint(language == .th ? "วิธีแก้" : "fix", "1;36")): \(hint[language])\n"
        }
        return out
    }

    /// The cells of a workbook, read once (nil when it cannot be read).
    mutating func workbook(of path: String) -> WorkbookText? {
        if let cached = workbookCache[path] { return cached }
        let text = FileManager.default.contents(atPath: path).flatMap { try? XLSXReader().read($0) }?.text
        workbookCache[path] = text
        return text
    }

    /// A workbook's row: its cells by column letter, the problem's cell marked, and its header.
    func quote(_ row: WorkbookText.Row) -> String {
        func short(_ s: String) -> String {
            let one = s.replacingOccurrences(of: "\n", with: " ⏎ ")
            return one.count > 24 ? String(one.prefix(24)) + "…" : one
        }
        let number = String(row.row)
        let gutter = String(repeating: " ", count: number.count)
        let cells = row.cells.filter { !$0.text.isEmpty || $0.column == row.marked }.map { c -> String in
            let name = SourceLocation.columnName(c.column)
            return c.column == row.marked ? paint("\(name): »\(short(c.text))«", "1;32") : "\(name): \(short(c.text))"
        }
        var out = "\(gutter) |\n\(number) | " + cells.joined(separator: " │ ") + "\n"
        if let marked = row.cells.first(where: { $0.column == row.marked }), !marked.header.isEmpty {
            out += "\(gutter) | \(SourceLocation.columnName(marked.column))1: \(marked.header)\n"
        }
        return out
    }

    /// Thai vowel and tone marks take no column of their own on screen.
    func isCombining(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case ..<0x0300: return false  // the first nonspacing mark is U+0300
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: return true
        default: return s.properties.generalCategory == .nonspacingMark
        }
    }
}
