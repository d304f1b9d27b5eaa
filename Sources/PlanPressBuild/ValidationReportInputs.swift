import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressPublish
import PlanPressValidate
import PlanPressValidationReport

/// Gathers what the validation report shows beside the diagnostics: the files' lines, and what
/// can be read from a unit file even when it did not validate (its name, its date, where each
/// project starts), so that a rejected unit's page still names the unit and the project.
package enum ValidationReportInputs {
    /// Reads only what the report and the printer can show: the lines of the files that have a
    /// diagnostic (a line is quoted only beside one), and the facts of the unit files that have
    /// a diagnostic or were rejected (a project is named only beside a diagnostic, a unit's name
    /// and date are taken from its file only when it was rejected). A file without problems is
    /// not read again. The files are read on every core; their lines are returned for the
    /// terminal to quote. The writer writes the report's pages into `folder` when there is one.
    package static func make(
        _ checked: Pipeline.Checked, workingDirectory: URL, language: Language, folder: URL?, templates: URL? = nil
    ) -> (writer: ValidationReportWriter, lines: [String: [String]]) {
        let unitPaths = Set(checked.validated.submissions.map(\.path) + checked.validated.rejected.map(\.path))
        let shown = Set(checked.diagnostics.map(\.location.path)).union(checked.validated.rejected.map(\.path))
        let read = Parallel.map(shown.sorted()) { path in
            inputs(of: path, isUnit: unitPaths.contains(path), workingDirectory: workingDirectory)
        }
        var lines: [String: [String]] = [:]
        var facts: [String: ValidationReport.RawFacts] = [:]
        var workbooks: [String: WorkbookText] = [:]
        for file in read {
            lines[file.path] = file.lines
            if let f = file.facts { facts[file.path] = f }
            if let w = file.workbook { workbooks[file.path] = w }
        }
        let writer = ValidationReportWriter(
            content: checked.validated, report: checked.report, lines: lines, facts: facts, workbooks: workbooks,
            fonts: folder == nil ? [] : fonts(templates), language: language, folder: folder)
        return (writer, lines)
    }

    /// The Thai font the pages name, and its licence, from the templates' `print/fonts/`.
    static func fonts(_ templates: URL?) -> [OutputFile] {
        guard let folder = templates?.appendingPathComponent("print/fonts") else { return [] }
        return ["Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "OFL.txt"].compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { OutputFile(path: "fonts/\(name)", bytes: [UInt8]($0)) }
        }
    }

    /// One file's lines, and its facts when it is a unit file.
    struct FileInputs: Sendable {
        var path: String
        var lines: [String]
        var facts: ValidationReport.RawFacts?
        var workbook: WorkbookText? = nil
    }

    /// Reads `path` once: its lines as the terminal quotes them (none when it
    /// cannot be read or decoded) and, for a unit file, its facts as `DocumentLoader` parses it.
    static func inputs(of path: String, isUnit: Bool, workingDirectory: URL) -> FileInputs {
        let url = URL(fileURLWithPath: path, relativeTo: workingDirectory)
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) }
        var text: String?
        var facts: ValidationReport.RawFacts?
        var workbook: WorkbookText?
        if isUnit {
            if let bytes {
                let document =
                    DocumentLoader.isWorkbook(url)
                    ? DocumentLoader.parseWorkbook(bytes, displayPath: path, layout: UnitWorkbookLayout.layout)
                    : DocumentLoader.parse(bytes, displayPath: path, json: url.pathExtension.lowercased() == "json")
                text = document.source?.text
                workbook = document.workbook?.text
                facts = rawFacts(document)
            } else {
                facts = .init(name: nil, submittedOn: nil, spans: [])
            }
        }
        // A file too large to parse still has its lines.
        if text == nil, let bytes, !DocumentLoader.isWorkbook(url) { text = SourceText.decode(bytes, path: path).0?.text }
        return FileInputs(path: path, lines: text.map { SourceLines.strings(of: $0) } ?? [], facts: facts, workbook: workbook)
    }

    /// The unit's name and date and the projects' line ranges, read without validating.
    static func rawFacts(_ document: LoadedDocument) -> ValidationReport.RawFacts {
        guard case .mapping(let top)? = document.root?.value else { return .init(name: nil, submittedOn: nil, spans: []) }
        func scalar(_ node: Node?) -> String? {
            guard let s = node?.scalar, !(node?.isNull ?? true) else { return nil }
            let t = s.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty || SkeletonPlaceholder.placeholder(in: t) != nil ? nil : t
        }
        func value(_ entries: [Entry], _ key: String) -> Node? { entries.first { $0.key == key }?.value }
        var name: String?
        if case .mapping(let unit)? = value(top, "unit")?.value { name = scalar(value(unit, "name")) }
        var date: CalendarDate?
        if let s = value(top, "submitted_on")?.scalar, case .success(let d) = LenientValue.date(s) { date = d }

        // A top-level entry runs to the line before the next one.
        let starts = top.map(\.keyLocation.line).sorted()
        func end(after line: Int) -> Int { (starts.first { $0 > line } ?? Int.max) - 1 }
        var spans: [ValidationReport.Span] = []
        for entry in top {
            let last = end(after: entry.keyLocation.line)
            switch (entry.key, entry.value.value) {
            case ("projects", .sequence(let items)):
                let firsts = items.map(\.location.line)
                for (i, item) in items.enumerated() {
                    var label = ""
                    if case .mapping(let fields) = item.value {
                        label = [scalar(value(fields, "id")), scalar(value(fields, "name"))].compactMap { $0 }.joined(separator: " ")
                    }
                    let shown = label.isEmpty ? "" : " (\(label))"
                    let next = i + 1 < firsts.count ? firsts[i + 1] - 1 : last
                    spans.append(
                        .init(
                            firstLine: item.location.line, lastLine: next,
                            label: .init(th: "โครงการที่ \(i + 1)\(shown)", en: "project \(i + 1)\(shown)")))
                }
            case ("indicator_results", _):
                spans.append(
                    .init(
                        firstLine: entry.keyLocation.line, lastLine: last,
                        label: .init(th: "ผลตัวชี้วัดของแผน (indicator_results)", en: "the plan indicator results (indicator_results)")))
            case ("unit", _):
                spans.append(
                    .init(
                        firstLine: entry.keyLocation.line, lastLine: last,
                        label: .init(th: "ข้อมูลหน่วยงาน (unit)", en: "the unit's details (unit)")))
            default: break
            }
        }
        return .init(name: name, submittedOn: date, spans: spans)
    }
}
