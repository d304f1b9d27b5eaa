import Foundation
import PlanPressCore
import PlanPressParse

/// The one place that turns diagnostics into text: `path:line:column: severity[CODE]: message`,
/// the offending line quoted with a caret under the spot, and the hint on its own line.
struct DiagnosticPrinter {
    var language: Language
    var colors: Bool
    private var lineCache: [String: [Substring]] = [:]

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
        if let data = FileManager.default.contents(atPath: path) {
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
        if d.location.line > 0 {
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

    /// Thai vowel and tone marks take no column of their own on screen.
    func isCombining(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case ..<0x0300: return false  // the first nonspacing mark is U+0300
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: return true
        default: return s.properties.generalCategory == .nonspacingMark
        }
    }
}
