import ArgumentParser
import Foundation
import PlanPressBuild
import PlanPressCore
import PlanPressServe

/// `planpress serve`: build, serve `output/` on 127.0.0.1, rebuild on every change of the content
/// or templates, reload the open pages, and show a failed build's errors over the page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, show the report in a browser, and rebuild whenever content/ or templates/ change.",
        discussion: """
            Builds as `planpress build` does (without the booklet PDF) into output/,
            serves it at http://127.0.0.1:1313/ (this computer only) and watches
            content/ and templates/: every saved change rebuilds the report and the
            open pages reload by themselves. When a build has errors, output/ stays
            as it was and the browser shows the errors over the page (file:line:column,
            code, what to fix) until the file is fixed.
            Examples:
              planpress serve               then open http://127.0.0.1:1313/
              planpress serve --port 8080   another port (0 picks a free one)
              planpress serve --partial     show the valid units while others have errors
              planpress serve --lang en     messages in English
            Stop with Ctrl+C: output/ keeps the last good build, as `build` writes it.
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "folder"))
    var templates: String = "templates"

    @Option(name: .long, help: ArgumentHelp("The folder to write the report into (replaced as a whole).", valueName: "folder"))
    var output: String = "output"

    @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1 to serve on (0 picks a free one).", valueName: "number"))
    var port: Int = 1313

    @Flag(name: .long, help: "Publish the units without errors; list rejected and missing units on the status page.")
    var partial = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        let lang = options.lang
        let cwd = options.workingDirectory
        let folders = try BuildFolders(options: options, templates: templates, output: output, watched: true)
        let (contentURL, templatesURL, outputURL) = (folders.content, folders.templates, folders.output)
        guard let portNumber = UInt16(exactly: port) else {
            throw UsageFailure(message: lang == .th ? "พอร์ตต้องอยู่ระหว่าง 0 ถึง 65535: \(port)" : "the port must be from 0 to 65535: \(port)")
        }

        // Ctrl+C from here on stops in order: the build in progress finishes, the server closes.
        let signals = StopSignals()
        var environment = ProcessInfo.processInfo.environment
        environment["PLANPRESS_PDF_ENGINE"] = "none"
        let rebuild = Rebuild(
            builder: Builder(
                contentURL: contentURL, templatesURL: templatesURL, outputURL: outputURL, workingDirectory: cwd, strict: strict,
                partial: partial, environment: environment, cacheFolder: cwd.appendingPathComponent(BuildCommand.cacheFolderName)),
            state: BuildState(language: lang), language: lang, colors: Terminal.colorsOnStderr, output: output, cwd: cwd)

        let server = try PreviewServer(
            handler: PreviewHandler(folder: SiteFolder(root: outputURL), state: rebuild.state), port: portNumber)
        let watcher = FileWatcher(folders: [contentURL, templatesURL])
        let (listening, listened) = AsyncStream<UInt16>.makeStream()
        let contentName = options.content
        let templatesName = templates
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                // The port first, so that one already in use fails at once instead of after a build.
                group.addTask {
                    defer { listened.finish() }
                    try await server.run { port in listened.yield(port) }
                }
                group.addTask { _ = await signals.wait() }
                var ports = listening.makeAsyncIterator()
                guard let port = await ports.next() else {
                    // The server ended before listening: `next` rethrows why.
                    _ = try await group.next()
                    group.cancelAll()
                    return
                }
                let before = watcher.snapshot()
                await rebuild.run(changed: [], first: true)
                Terminal.err(
                    lang == .th
                        ? "กำลังแสดงที่ http://127.0.0.1:\(port)/ (กด Ctrl+C เพื่อหยุด)\n  เฝ้าดู \(contentName)/ และ \(templatesName)/: บันทึกไฟล์แล้วจะสร้างใหม่และโหลดหน้าใหม่เอง\n"
                        : "serving at http://127.0.0.1:\(port)/ (press Ctrl+C to stop)\n  watching \(contentName)/ and \(templatesName)/: each save rebuilds and reloads the pages\n"
                )
                group.addTask { await watcher.watch(from: before) { changed in await rebuild.run(changed: changed, first: false) } }
                // The first to end is the signal (the server and the watcher run until cancelled).
                _ = try await group.next()
                group.cancelAll()
                await rebuild.state.close()
            }
        } catch is CancellationError {
        } catch {
            throw UsageFailure(
                message: lang == .th
                    ? "เปิดพอร์ต \(port) บน 127.0.0.1 ไม่ได้ (โปรแกรมอื่นอาจใช้อยู่ ลอง --port อื่น): \(error)"
                    : "could not serve on 127.0.0.1:\(port) (another program may be using it; try another --port): \(error)")
        }
        Terminal.err(lang == .th ? "หยุดแล้ว: \(output)/ เป็นฉบับที่สร้างสำเร็จล่าสุด\n" : "stopped: \(output)/ holds the last good build\n")
    }

    /// One build of `serve`, run again on every change: prints what `build` prints and
    /// publishes the outcome to the browser through the build state.
    struct Rebuild: Sendable {
        var builder: Builder
        var state: BuildState
        var language: Language
        var colors: Bool
        var output: String
        var cwd: URL

        func run(changed: [String], first: Bool) async {
            let lang = language
            if !changed.isEmpty {
                let base = cwd.path.hasSuffix("/") ? cwd.path : cwd.path + "/"
                let names = changed.map { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 }
                let more = names.count > 3 ? (lang == .th ? " และอีก \(names.count - 3) ไฟล์" : " and \(names.count - 3) more") : ""
                Terminal.err(
                    (lang == .th ? "\nเปลี่ยนแปลง: " : "\nchanged: ") + names.prefix(3).joined(separator: ", ") + more
                        + (lang == .th ? " — สร้างใหม่\n" : ": rebuilding\n"))
            }
            let outcome = await builder.run()
            let checked = outcome
            // The terminal prints every diagnostic as `build` does; the overlay keeps the errors
            // for the browser, in case nothing is published.
            var plain = DiagnosticPrinter(language: lang, colors: false)
            let overlay = OverlayDiagnostics(language: lang) { Self.excerpt($0, printer: &plain) }
            try? builder.engine.emit(
                checked.diagnostics, to: [TerminalDiagnosticWriter(printer: DiagnosticPrinter(language: lang, colors: colors)), overlay])

            if let failure = outcome.failure {
                Terminal.err(failure.message[lang] + "\n")
                await state.publish(.failed(summary: failure.message[lang], overlay: overlay, failure: failure.message, language: lang))
                return
            }
            guard let published = outcome.published else {
                func line(_ colors: Bool) -> String {
                    Summary.checkLine(
                        language: lang, units: outcome.units, projects: outcome.projects, errors: checked.errors,
                        warnings: checked.warnings, seconds: outcome.seconds, colors: colors)
                }
                let kept = lang == .th ? "ไม่ได้เผยแพร่: \(output)/ ยังเป็นฉบับเดิม" : "nothing published: \(output)/ is unchanged"
                Terminal.err(
                    line(colors) + "\n" + kept + (lang == .th ? " (ข้อผิดพลาดแสดงในเบราว์เซอร์ด้วย)\n" : " (the browser shows the errors too)\n")
                )
                await state.publish(.failed(summary: line(false) + " · " + kept, overlay: overlay, language: lang))
                return
            }
            func line(_ colors: Bool) -> String {
                Summary.buildLine(
                    language: lang, units: published.units, projects: published.projects, pages: published.pages,
                    files: published.files, bytes: published.bytes, warnings: checked.warnings, output: output,
                    seconds: outcome.seconds, colors: colors)
            }
            Terminal.err(line(colors) + "\n")
            // The PDF is off while serving; say so once, not at every rebuild.
            if first, let notice = published.bookletNotice { Terminal.err(notice[lang] + "\n") }
            if !published.rejected.isEmpty {
                let rejected = published.rejected.joined(separator: ", ")
                Terminal.err(lang == .th ? "  ไม่ได้รวมหน่วยงานที่มีข้อผิดพลาด: \(rejected)\n" : "  left out, with errors: \(rejected)\n")
            }
            await state.publish(.published(summary: line(false), language: lang))
        }

        /// The diagnostic's source line with a caret under its column, as the terminal quotes it.
        static func excerpt(_ d: Diagnostic, printer: inout DiagnosticPrinter) -> String? {
            if d.location.sheet != nil {
                // A workbook's row, its cell marked, as the terminal quotes it.
                return printer.workbook(of: d.location.path)?.row(at: d.location).map { printer.quote($0) }
            }
            guard d.location.line > 0 else { return nil }
            let all = printer.lines(of: d.location.path)
            guard d.location.line <= all.count else { return nil }
            let text = String(all[d.location.line - 1])
            let number = String(d.location.line)
            var out = "\(number) | \(text)"
            if d.location.column > 0 {
                let prefix = text.unicodeScalars.prefix(d.location.column - 1)
                    .map { $0 == "\t" ? "\t" : (printer.isCombining($0) ? "" : " ") }.joined()
                out += "\n\(String(repeating: " ", count: number.count)) | \(prefix)^"
            }
            return out
        }
    }
}
