import ArgumentParser
import Foundation
import PlanPressCore
import PlanPressRender

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

    func run() async throws {
        let start = Date()
        let pipeline = Pipeline(content: options.contentURL, strict: strict, workingDirectory: options.workingDirectory)
        guard FileManager.default.fileExists(atPath: options.contentURL.path) else {
            throw UsageFailure(
                message: options.lang == .th ? "ไม่พบโฟลเดอร์ content: \(options.content)" : "no content folder at \(options.content)")
        }
        let checked = pipeline.check()
        switch format {
        case .json:
            Terminal.out(String(decoding: DiagnosticsJSON.document(checked.diagnostics).serialized(), as: UTF8.self))
        case .text:
            var printer = DiagnosticPrinter(language: options.lang, colors: Terminal.colorsOnStderr)
            for d in checked.diagnostics { Terminal.err(printer.format(d)) }
            let units = checked.validated.submissions.count + checked.validated.rejected.count
            let projects = checked.validated.submissions.reduce(0) { $0 + $1.projects.count }
            Terminal.err(
                Summary.checkLine(
                    language: options.lang, units: units, projects: projects, errors: checked.errors, warnings: checked.warnings,
                    seconds: Date().timeIntervalSince(start), colors: Terminal.colorsOnStderr) + "\n")
        }
        if checked.errors > 0 { throw ExitCode(1) }
    }
}

/// A usage problem found after parsing the arguments (exit 2).
struct UsageFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// `--format json`: the diagnostics as a versioned document for editors and other tools.
enum DiagnosticsJSON {
    static let format = "planpress/diagnostics/1"

    static func document(_ list: [Diagnostic]) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("errors", .number(String(list.count { $0.severity == .error }))),
            ("warnings", .number(String(list.count { $0.severity == .warning }))),
            (
                "diagnostics",
                .array(
                    list.map { d in
                        .object([
                            ("code", .string(d.code.rawValue)), ("severity", .string(d.severity.rawValue)),
                            ("path", .string(d.location.path)), ("line", .number(String(d.location.line))),
                            ("column", .number(String(d.location.column))),
                            ("message", .object([("th", .string(d.message.th)), ("en", .string(d.message.en))])),
                            ("hint", d.hint.map { .object([("th", .string($0.th)), ("en", .string($0.en))]) } ?? .null),
                        ])
                    })
            ),
        ])
    }
}
