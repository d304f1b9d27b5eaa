import ArgumentParser
import Foundation
import PlanPressBuild
import PlanPressCore
import PlanPressValidationReport

/// `planpress check`: parse, validate and align; print every problem of every file.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every submission, the plan framework and site.yaml; write nothing.",
        discussion: """
            Every problem of every file is listed in one run, as

              content/units/spm-satun.yaml:12:7: error[PP401]: …

            with the line quoted and what to write instead. Codes are explained in the README.
            Examples:
              planpress check
              planpress check --lang en
              planpress check --format json > diagnostics.json
              planpress check --report reports/    also write one HTML page per unit (and
                                                   reports/index.html, the status of every unit)
            The last lines list the expected units with no file, the late ones and the rejected ones.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Output format of the diagnostics: text or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also write the validation report into this folder: one printable page per unit and an index (replaced as a whole).",
            valueName: "folder"))
    var report: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The templates folder; the report's pages carry its Thai font (print/fonts/).", valueName: "folder"))
    var templates: String = "templates"

    func run() async throws {
        let start = Date()
        let pipeline = Pipeline(content: options.contentURL, strict: strict, workingDirectory: options.workingDirectory)
        guard FileManager.default.fileExists(atPath: options.contentURL.path) else {
            throw UsageFailure(
                message: options.lang == .th ? "ไม่พบโฟลเดอร์ content: \(options.content)" : "no content folder at \(options.content)")
        }
        let reportURL = try report.map { try checkedReportFolder($0) }
        let checked = pipeline.check()
        var printer = DiagnosticPrinter(language: options.lang, colors: Terminal.colorsOnStderr)
        let (validation, lines) = ValidationReportInputs.make(
            checked, workingDirectory: options.workingDirectory, language: options.lang, folder: reportURL,
            templates: URL(fileURLWithPath: templates, relativeTo: options.workingDirectory))
        for (path, text) in lines { printer.remember(text, of: path) }
        // The report is made first: the JSON document and the status lines show its units.
        var consumers: [any DiagnosticConsumer] = [validation]
        let json = DiagnosticsJSON { validation.made?.units ?? [] }
        switch format {
        case .json: consumers.append(json)
        case .text: consumers.append(TerminalDiagnosticWriter(printer: printer))
        }
        var reportFailure: (any Error)?
        do {
            try pipeline.engine.emit(checked.diagnostics, to: consumers)
        } catch {
            reportFailure = error
        }
        if format == .text {
            let units = checked.validated.submissions.count + checked.validated.rejected.count
            let projects = checked.validated.submissions.reduce(0) { $0 + $1.projects.count }
            Terminal.err(
                Summary.checkLine(
                    language: options.lang, units: units, projects: projects, errors: checked.errors, warnings: checked.warnings,
                    seconds: Date().timeIntervalSince(start), colors: Terminal.colorsOnStderr) + "\n")
            Terminal.err(
                Summary.statusLines(language: options.lang, units: validation.made?.units ?? [], deadline: validation.made?.deadline))
        }
        if let report {
            if let reportFailure {
                Terminal.err(
                    (options.lang == .th ? "เขียน \(report)/ ไม่สำเร็จ: " : "could not write \(report)/: ") + "\(reportFailure)\n")
                throw ExitCode(2)
            }
            let pages = validation.written.count { $0.path.hasSuffix(".html") } - 1
            Terminal.err(
                options.lang == .th
                    ? "✓ เขียนผลการตรวจ \(pages) หน่วยงานลงใน \(report)/ (เปิด \(report)/index.html)\n"
                    : "✓ wrote the validation report of \(pages) units into \(report)/ (open \(report)/index.html)\n")
        }
        let failed = checked.errors > 0
        KeptUntilExit.keep(checked)
        if failed { throw ExitCode(1) }
    }

    /// The report folder, refused when it is or holds the content, is the working directory, or
    /// already holds files that are not an earlier report (the folder is replaced as a whole).
    func checkedReportFolder(_ path: String) throws -> URL {
        let url = URL(fileURLWithPath: path, relativeTo: options.workingDirectory).standardizedFileURL
        let content = options.contentURL.path
        let cwd = options.workingDirectory.standardizedFileURL.path
        let th = options.lang == .th
        if url.path == "/" || url.path == cwd || url.path == content || content.hasPrefix(url.path + "/")
            || url.path.hasPrefix(content + "/")
        {
            throw UsageFailure(
                message: th
                    ? "โฟลเดอร์ --report ต้องเป็นโฟลเดอร์แยกต่างหาก ไม่ใช่หรือครอบ/อยู่ใน content หรือโฟลเดอร์ปัจจุบัน: \(path)"
                    : "the --report folder must be a folder of its own, not the content folder, inside it or above it: \(path)")
        }
        let fm = FileManager.default
        let entries = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
        if !entries.isEmpty, !entries.contains(ValidationReport.markerFile) {
            throw UsageFailure(
                message: th
                    ? "โฟลเดอร์ \(path) มีไฟล์อื่นอยู่แล้ว และไม่ใช่ผลการตรวจครั้งก่อน: ใช้โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง"
                    : "\(path) already holds other files and is not an earlier report: use a new or empty folder")
        }
        return url
    }
}

/// A usage problem found after parsing the arguments (exit 2).
struct UsageFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
