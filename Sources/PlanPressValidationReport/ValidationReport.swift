import PlanPressAlign
import PlanPressCore
import PlanPressPublish
import PlanPressValidate

/// The validation report (`planpress check --report DIR`): one printable HTML page per unit, to
/// attach to the office's letter, with each problem's line quoted and the spot marked, what is
/// wrong and what to write instead; and a summary page of every unit's submission status.
///
/// Everything comes in as values: the diagnostics, the source lines of the files, the facts the
/// CLI read from files that did not validate. The pages are built in Swift (not from `templates/`,
/// which `check` does not read) and every text is escaped by `ValidationReportHTML.escape`.
public struct ValidationReport: Sendable {
    /// What a unit's file turned out to be.
    public enum State: String, Sendable, CaseIterable {
        /// Accepted, no warnings.
        case ok
        /// Accepted, with warnings.
        case warnings
        /// Left out of the report: at least one error.
        case errors
        /// Expected in `site.yaml`, no file at all.
        case missing
    }

    /// A part of a file that a person recognises, such as one project, by its lines.
    public struct Span: Sendable, Hashable {
        public var firstLine: Int
        public var lastLine: Int
        public var label: LocalizedText

        public init(firstLine: Int, lastLine: Int, label: LocalizedText) {
            self.firstLine = firstLine
            self.lastLine = lastLine
            self.label = label
        }
    }

    /// One submission file and what the check found in it.
    public struct File: Sendable {
        public var path: String
        public var diagnostics: [Diagnostic]
        /// The file's text split into lines (empty when it could not be decoded).
        public var lines: [String]
        /// The projects' line ranges, for saying "in project 2" beside a line number.
        public var spans: [Span]
        /// A workbook's cells, for quoting a problem's row (nil for a text file).
        public var workbook: WorkbookText?

        public init(path: String, diagnostics: [Diagnostic], lines: [String], spans: [Span] = [], workbook: WorkbookText? = nil) {
            self.path = path
            self.diagnostics = diagnostics
            self.lines = lines
            self.spans = spans
            self.workbook = workbook
        }

        /// True for a workbook (`.xlsx`): it is corrected in a spreadsheet program, by sheet and cell.
        public var isWorkbook: Bool { path.lowercased().hasSuffix(".xlsx") }

        public var errors: Int { diagnostics.count { $0.severity == .error } }
        public var warnings: Int { diagnostics.count { $0.severity == .warning } }
    }

    /// One unit: its files (usually one), or none when it is missing.
    public struct Unit: Sendable {
        public var id: String
        public var name: String?
        public var files: [File]
        public var accepted: Bool
        public var submittedOn: CalendarDate?
        public var late: Bool
        /// Listed under `expected_units` in `site.yaml`.
        public var expected: Bool

        public init(
            id: String, name: String?, files: [File], accepted: Bool, submittedOn: CalendarDate?, late: Bool, expected: Bool
        ) {
            self.id = id
            self.name = name
            self.files = files
            self.accepted = accepted
            self.submittedOn = submittedOn
            self.late = late
            self.expected = expected
        }

        public var errors: Int { files.reduce(0) { $0 + $1.errors } }
        public var warnings: Int { files.reduce(0) { $0 + $1.warnings } }

        public var state: State {
            if files.isEmpty { return .missing }
            if !accepted || errors > 0 { return .errors }
            return warnings > 0 ? .warnings : .ok
        }
    }

    public var office: String?
    public var fiscalYear: Int?
    public var deadline: CalendarDate?
    public var language: Language
    /// Units with files and the missing ones, in the order of the summary page.
    public var units: [Unit]
    /// Problems of the office's own files (site.yaml, the framework, the pages).
    public var officeFiles: [File]

    public init(office: String?, fiscalYear: Int?, deadline: CalendarDate?, language: Language, units: [Unit], officeFiles: [File]) {
        self.office = office
        self.fiscalYear = fiscalYear
        self.deadline = deadline
        self.language = language
        self.units = units
        self.officeFiles = officeFiles
    }

    /// Facts read from a unit file the validator did not accept (its name, its date).
    public struct RawFacts: Sendable {
        public var name: String?
        public var submittedOn: CalendarDate?
        public var spans: [Span]

        public init(name: String?, submittedOn: CalendarDate?, spans: [Span]) {
            self.name = name
            self.submittedOn = submittedOn
            self.spans = spans
        }
    }

    /// Groups the check's results by unit.
    ///
    /// - Parameters:
    ///   - lines: each file's lines, by its path as diagnostics name it.
    ///   - facts: what could be read from each unit file, by path, whether or not it validated.
    ///   - workbooks: the cells of the workbooks among the files, by path, to quote rows.
    public static func make(
        content: ValidatedContent, report: Report?, diagnostics: [Diagnostic], lines: [String: [String]], facts: [String: RawFacts],
        workbooks: [String: WorkbookText] = [:], language: Language
    ) -> ValidationReport {
        let site = content.site
        var byPath: [String: [Diagnostic]] = [:]
        for d in diagnostics { byPath[d.location.path, default: []].append(d) }
        func file(_ path: String) -> File {
            File(
                path: path, diagnostics: byPath[path] ?? [], lines: lines[path] ?? [], spans: facts[path]?.spans ?? [],
                workbook: workbooks[path])
        }
        let expected = Dictionary(site?.expectedUnits.map { ($0.id, $0.name) } ?? [], uniquingKeysWith: { a, _ in a })
        let deadline = site?.deadline
        func isLate(_ d: CalendarDate?) -> Bool {
            guard let d, let deadline else { return false }
            return d > deadline
        }

        var units: [String: Unit] = [:]
        var order: [String] = []
        func add(id: String, name: String?, file f: File, accepted: Bool, submittedOn: CalendarDate?) {
            if var u = units[id] {
                u.files.append(f)
                u.accepted = u.accepted && accepted
                u.name = u.name ?? name
                u.late = u.late || isLate(submittedOn)
                units[id] = u
            } else {
                order.append(id)
                units[id] = Unit(
                    id: id, name: name ?? expected[id], files: [f], accepted: accepted, submittedOn: submittedOn, late: isLate(submittedOn),
                    expected: expected[id] != nil)
            }
        }
        let rejectedInAlign = Set(report?.rejected.map(\.path) ?? []).subtracting(content.rejected.map(\.path))
        for s in content.submissions {
            add(
                id: s.unit.id, name: s.unit.name, file: file(s.path), accepted: !rejectedInAlign.contains(s.path),
                submittedOn: s.submittedOn)
        }
        for r in content.rejected {
            add(id: r.unitID, name: facts[r.path]?.name, file: file(r.path), accepted: false, submittedOn: facts[r.path]?.submittedOn)
        }
        for m in content.missing where units[m.id] == nil {
            order.append(m.id)
            units[m.id] = Unit(id: m.id, name: m.name, files: [], accepted: false, submittedOn: nil, late: false, expected: true)
        }

        let unitPaths = Set(units.values.flatMap { $0.files.map(\.path) })
        var officePaths: [String] = []
        for d in diagnostics where !unitPaths.contains(d.location.path) && d.code != .expectedUnitMissing {
            if !officePaths.contains(d.location.path) { officePaths.append(d.location.path) }
        }
        let officeFiles = officePaths.map { path in
            File(path: path, diagnostics: (byPath[path] ?? []).filter { $0.code != .expectedUnitMissing }, lines: lines[path] ?? [])
        }

        let rank: [State: Int] = [.errors: 0, .missing: 1, .warnings: 2, .ok: 3]
        let sorted = order.compactMap { units[$0] }.sorted {
            let (a, b) = (rank[$0.state]!, rank[$1.state]!)
            return a != b ? a < b : Array($0.id.utf8).lexicographicallyPrecedes(Array($1.id.utf8))
        }
        return ValidationReport(
            office: site?.office, fiscalYear: site?.fiscalYear, deadline: deadline, language: language, units: sorted,
            officeFiles: officeFiles)
    }

    // MARK: Pages

    /// The marker that says a folder holds a validation report, so that `--report` replaces
    /// only a folder it wrote itself.
    public static let markerFile = ".planpress-report"

    /// The page of each unit (by a file name safe on every system), the summary `index.html`
    /// and the marker file.
    public func render() -> [OutputFile] {
        let names = pageNames()
        var files = [OutputFile(path: "index.html", text: ValidationReportSummaryPage(report: self, pageNames: names).html())]
        for unit in units where !unit.files.isEmpty {
            files.append(OutputFile(path: names[unit.id]!, text: ValidationReportUnitPage(report: self, unit: unit).html()))
        }
        files.append(OutputFile(path: Self.markerFile, text: "planpress check --report\n"))
        return files
    }

    /// `<unit-id>.html`, with any character outside `a–z 0–9 _ -` replaced and names made unique
    /// ignoring case (a file named `Bad Unit.yaml` still gets a page).
    public func pageNames() -> [String: String] {
        var used: Set<String> = ["index"]
        var out: [String: String] = [:]
        for unit in units where !unit.files.isEmpty {
            let safe = Self.safeName(unit.id)
            var name = safe
            var n = 2
            while used.contains(name) {
                name = "\(safe)-\(n)"
                n += 1
            }
            used.insert(name)
            out[unit.id] = name + ".html"
        }
        return out
    }

    /// A unit id as a file name safe on every system: lower case, `a–z 0–9 _ -` only.
    public static func safeName(_ id: String) -> String {
        let safe = String(
            id.lowercased().unicodeScalars.map { s -> Character in
                (s.isASCII && (("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "_")) ? Character(s) : "-"
            })
        return safe.isEmpty ? "unit" : safe
    }
}
