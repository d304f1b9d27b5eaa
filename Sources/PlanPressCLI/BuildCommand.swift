import ArgumentParser
import Foundation
import PlanPressBuild
import PlanPressCore

/// `planpress build`: check, then render every channel and publish `output/` atomically.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then write the website and open data to output/.",
        discussion: """
            Reads content/ and templates/, and replaces output/ only when everything succeeded:
            with any error nothing is published and output/ stays exactly as it was.
            Examples:
              planpress build
              planpress build --partial     publish the valid units; list the rejected ones
              planpress build --strict      treat warnings as errors
            Then copy output/ to the web server. A build remembers what it published (in
            .planpress-cache/): when nothing changed it leaves output/ alone, and files whose bytes
            did not change keep their date, so rsync copies only what changed.
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "folder"))
    var templates: String = "templates"

    @Option(name: .long, help: ArgumentHelp("The folder to write the report into (replaced as a whole).", valueName: "folder"))
    var output: String = "output"

    @Flag(name: .long, help: "Publish the units without errors; list rejected and missing units on the status page.")
    var partial = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Build everything anew, without the cache in .planpress-cache/ (which is then not updated).")
    var fresh = false

    @Flag(name: .long, help: "Print how long each stage took (reading, aligning, each channel, publishing).")
    var timings = false

    func run() async throws {
        let start = Date()
        // Ctrl+C or SIGTERM: end the PDF engine, remove the staging and scratch folders, exit 130/143.
        Interrupts.install { _exit(128 + $0) }
        let lang = options.lang
        let colors = Terminal.colorsOnStderr
        let cwd = options.workingDirectory
        let folders = try BuildFolders(options: options, templates: templates, output: output)

        let builder = Builder(
            contentURL: folders.content, templatesURL: folders.templates, outputURL: folders.output, workingDirectory: cwd,
            strict: strict,
            partial: partial, cacheFolder: fresh ? nil : cwd.appendingPathComponent(BuildCommand.cacheFolderName))
        let outcome = await builder.run()
        try? builder.engine.emit(
            outcome.diagnostics, to: [TerminalDiagnosticWriter(printer: DiagnosticPrinter(language: lang, colors: colors))])
        if let failure = outcome.failure {
            Terminal.err(failure.message[lang] + "\n")
            throw ExitCode(2)
        }
        guard let published = outcome.published else {
            Terminal.err(
                Summary.checkLine(
                    language: lang, units: outcome.units, projects: outcome.projects, errors: outcome.errors, warnings: outcome.warnings,
                    seconds: outcome.seconds, colors: colors) + "\n")
            Terminal.err(
                lang == .th
                    ? "ไม่ได้เผยแพร่: \(output)/ ยังเป็นฉบับเดิม\(outcome.hasGlobalErrors ? "" : " (ใช้ --partial เพื่อเผยแพร่เฉพาะหน่วยงานที่ผ่าน)")\n"
                    : "nothing published: \(output)/ is unchanged\(outcome.hasGlobalErrors ? "" : " (use --partial to publish the valid units)")\n"
            )
            throw ExitCode(1)
        }
        Terminal.err(
            Summary.buildLine(
                language: lang, units: published.units, projects: published.projects, pages: published.pages, files: published.files,
                bytes: published.bytes, warnings: outcome.warnings, output: output, seconds: Date().timeIntervalSince(start), colors: colors
            )
                + "\n")
        Terminal.err(Summary.writtenLine(published, language: lang) + "\n")
        if timings { Terminal.err(Summary.stagesLine(outcome.stages, language: lang) + "\n") }
        if let bookletNotice = published.bookletNotice { Terminal.err(bookletNotice[lang] + "\n") }
        if !published.rejected.isEmpty {
            let rejected = published.rejected.joined(separator: ", ")
            Terminal.err(lang == .th ? "  ไม่ได้รวมหน่วยงานที่มีข้อผิดพลาด: \(rejected)\n" : "  left out, with errors: \(rejected)\n")
        }
        if !published.missing.isEmpty {
            let missing = published.missing.joined(separator: ", ")
            Terminal.err(lang == .th ? "  ยังไม่ส่งรายงาน: \(missing)\n" : "  no submission yet: \(missing)\n")
        }
    }

    /// Where `build` keeps what it needs to rebuild quickly (ignored by git).
    static let cacheFolderName = ".planpress-cache"
}
