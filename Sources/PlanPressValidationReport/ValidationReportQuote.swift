import Foundation
import PlanPressCore

/// The offending lines of a file quoted with line numbers, the line of the problem highlighted
/// and the spot (the value or key the diagnostic points at) marked.
public enum ValidationReportQuote {
    /// The scalar offsets of the token that starts at 1-based `column`: a quoted string to its
    /// closing quote, otherwise up to `,` `]` `}`, a comment or a `: ` (the end of a key); at
    /// least one character. Nil when the column lies past the end of the line.
    public static func spot(in line: String, column: Int) -> Range<Int>? {
        let s = Array(line.unicodeScalars)
        let start = column - 1
        guard start >= 0, start < s.count else { return nil }
        var end = start + 1
        if s[start] == "\"" || s[start] == "'" {
            let quote = s[start]
            while end < s.count {
                if quote == "\"", s[end] == "\\" {
                    end += 2
                    continue
                }
                if s[end] == quote {
                    if quote == "'", end + 1 < s.count, s[end + 1] == "'" {
                        end += 2
                        continue
                    }
                    end += 1
                    break
                }
                end += 1
            }
            return start..<min(end, s.count)
        }
        while end < s.count {
            let c = s[end]
            if c == "," || c == "]" || c == "}" { break }
            if c == "#", s[end - 1] == " " || s[end - 1] == "\t" { break }
            if c == ":", end + 1 == s.count || s[end + 1] == " " || s[end + 1] == "\t" { break }
            end += 1
        }
        while end > start + 1, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
        return start..<end
    }

    /// `<pre class="quote">` with lines `line - before … line + after`, or nil when the file's
    /// lines are unknown or the line is out of range.
    public static func html(lines: [String], line: Int, column: Int, before: Int = 1, after: Int = 1) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let first = max(1, line - before)
        let last = min(lines.count, line + after)
        let width = String(last).count
        var out = "<pre class=\"quote\">"
        for n in first...last {
            let number = String(repeating: " ", count: width - String(n).count) + String(n)
            let text = lines[n - 1]
            if n == line {
                out += "<span class=\"arrow\">▶</span> <span class=\"n\">\(number) │</span> <span class=\"hit\">"
                out += marked(text, column: column) + "</span>\n"
            } else {
                out += "  <span class=\"n\">\(number) │</span> " + visible(text) + "\n"
            }
        }
        return out + "</pre>"
    }

    /// A workbook's row as a small table: the column letters, the headers of row 1, and the row's
    /// cells, the problem's cell marked as the spot is in a line.
    public static func html(row: WorkbookText.Row) -> String {
        func e(_ s: String) -> String { visible(s.count > 60 ? String(s.prefix(60)) + "…" : s) }
        var out = "<table class=\"cells\"><thead><tr><th></th>"
        for c in row.cells {
            out += "<th" + (c.column == row.marked ? " class=\"hit\"" : "") + ">\(SourceLocation.columnName(c.column))</th>"
        }
        out += "</tr>"
        if row.cells.contains(where: { !$0.header.isEmpty }) {
            out += "<tr class=\"headers\"><th>1</th>" + row.cells.map { "<td>\(e($0.header))</td>" }.joined() + "</tr>"
        }
        out += "</thead><tbody><tr><th>\(row.row)</th>"
        for c in row.cells {
            out += c.column == row.marked ? "<td class=\"spot\">\(e(c.text))</td>" : "<td>\(e(c.text))</td>"
        }
        return out + "</tr></tbody></table>"
    }

    /// The line with its spot wrapped in `<span class="spot">`; a column past the end marks the
    /// place after the last character.
    static func marked(_ text: String, column: Int) -> String {
        guard column >= 1 else { return visible(text) }
        let s = Array(text.unicodeScalars)
        guard let range = spot(in: text, column: column) else {
            return visible(text) + "<span class=\"spot at-end\"> </span>"
        }
        func part(_ r: Range<Int>) -> String { visible(String(String.UnicodeScalarView(s[r]))) }
        return part(0..<range.lowerBound) + "<span class=\"spot\">" + part(range) + "</span>" + part(range.upperBound..<s.count)
    }

    /// Escaped text with tabs shown (a tab used for indenting is a syntax error the unit must see).
    static func visible(_ text: String) -> String {
        let escaped = ValidationReportHTML.escape(text)
        guard escaped.utf8.contains(0x09) else { return escaped }
        return escaped.replacingOccurrences(of: "\t", with: "<span class=\"tab\">→</span>   ")
    }
}
