import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressPublish
import PlanPressValidate

#if canImport(Glibc)
    import Glibc
#endif

/// The PDF engine: WeasyPrint's command `weasyprint`, run as a separate process when it is on
/// `PATH` (or named by `PLANPRESS_PDF_ENGINE`; `PLANPRESS_PDF_ENGINE=none` turns the PDF off).
///
/// The PDF is a function of the HTML: WeasyPrint writes no clock time and no random identifier
/// when `SOURCE_DATE_EPOCH` is set, which this engine always does (from the report's date).
public struct PDFEngine: Sendable {
    /// The executable.
    public var executable: URL

    /// `weasyprint` (the command's name, for messages).
    public var name: String { executable.lastPathComponent }

    public init(executable: URL) {
        self.executable = executable
    }

    /// The engine named by `PLANPRESS_PDF_ENGINE`, else `weasyprint` on `PATH`, else nil.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFEngine? {
        let fm = FileManager.default
        if let named = environment["PLANPRESS_PDF_ENGINE"], !named.isEmpty {
            if isDisabled(named) { return nil }
            if named.contains("/") { return fm.isExecutableFile(atPath: named) ? PDFEngine(executable: URL(fileURLWithPath: named)) : nil }
            return search(named, path: environment["PATH"])
        }
        return search("weasyprint", path: environment["PATH"])
    }

    static func isDisabled(_ value: String) -> Bool { ["none", "off", "0", "false", "no"].contains(value.lowercased()) }

    static func search(_ command: String, path: String?) -> PDFEngine? {
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(command)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return PDFEngine(executable: candidate)
            }
        }
        return nil
    }

    /// What to say, once, when the build made no PDF.
    public static func missingNotice(environment: [String: String]) -> LocalizedText {
        if let named = environment["PLANPRESS_PDF_ENGINE"], isDisabled(named) {
            return LocalizedText(
                th: "  ไม่ได้สร้าง print/booklet.pdf (PLANPRESS_PDF_ENGINE=\(named)); พิมพ์ print/booklet.html จากเบราว์เซอร์ได้",
                en: "  print/booklet.pdf not made (PLANPRESS_PDF_ENGINE=\(named)); print/booklet.html prints from a browser")
        }
        return LocalizedText(
            th: "  ไม่ได้สร้าง print/booklet.pdf เพราะไม่พบโปรแกรม weasyprint: ติดตั้งด้วย `apt-get install weasyprint` "
                + "(หรือ `pip install weasyprint`) แล้วสั่ง build อีกครั้ง ระหว่างนี้เปิด print/booklet.html ในเบราว์เซอร์แล้วสั่งพิมพ์ได้",
            en: "  print/booklet.pdf not made: no weasyprint found. Install it with `apt-get install weasyprint` "
                + "(or `pip install weasyprint`) and build again; meanwhile print/booklet.html prints from a browser")
    }

    /// The engine failed: its exit status and the end of what it said.
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        public var output: String
        public var description: String {
            "the PDF engine failed (exit \(status)): \(output)\n(set PLANPRESS_PDF_ENGINE=none to build without the PDF)"
        }
    }

    /// Writes `files` into a scratch folder beside `scratchBeside`, runs the engine on `html` and
    /// returns the PDF as the output file `pdf`. The scratch folder is removed in every case.
    public func render(
        _ files: [OutputFile], html: String, pdf: String, stylesheet: URL?, scratchBeside folder: URL, sourceDateEpoch: Int64
    ) throws -> OutputFile {
        let fm = FileManager.default
        let parent = folder.standardizedFileURL.deletingLastPathComponent()
        let prefix = ".\(folder.lastPathComponent).pdf-"
        Self.removeStale(in: parent, prefix: prefix)
        let scratch = parent.appendingPathComponent(prefix + String(ProcessInfo.processInfo.processIdentifier))
        try? fm.removeItem(at: scratch)
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        let token = Interrupts.removeOnInterrupt(scratch.path)
        defer {
            try? fm.removeItem(at: scratch)
            Interrupts.forget(token)
        }
        for file in files {
            let url = scratch.appendingPathComponent(file.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        let log = scratch.appendingPathComponent("engine.log")
        var arguments = ["--quiet"]
        if let stylesheet, fm.fileExists(atPath: stylesheet.path) { arguments += ["--stylesheet", stylesheet.path] }
        arguments += [scratch.appendingPathComponent(html).path, scratch.appendingPathComponent(pdf).path]
        var environment = ProcessInfo.processInfo.environment
        let limits = Limits(environment: environment)
        environment["SOURCE_DATE_EPOCH"] = String(sourceDateEpoch)
        // The engine's font and line-breaking choices follow the locale (an uninstalled th_TH
        // locale gave a PDF with other font subsets): one fixed locale keeps the PDF the same on
        // every machine. The page's own lang="th" still selects Thai shaping and line breaks.
        for key in environment.keys where key.hasPrefix("LC_") { environment[key] = nil }
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        // Through a small watchdog: it applies the limits, and if this process dies (even by
        // SIGKILL) the engine is stopped instead of running on alone.
        let status = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", Self.watchdog, "planpress-pdf", String(ProcessInfo.processInfo.processIdentifier), scratch.path,
                String(limits.seconds * 5), String(limits.megabytes * 1024), executable.path,
            ] + arguments, environment: environment, outputPath: log.path)
        var said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        if status == Self.timedOut {
            said += "\nstopped after \(limits.seconds) s, the PDF engine's time limit (PLANPRESS_PDF_SECONDS)"
        }
        let pdfURL = scratch.appendingPathComponent(pdf)
        guard status == 0, let data = try? Data(contentsOf: pdfURL), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure(status: status, output: String(said.suffix(2000)))
        }
        return OutputFile(path: pdf, bytes: [UInt8](data))
    }

    /// The engine's limits: `PLANPRESS_PDF_SECONDS` (default 600) of wall time and
    /// `PLANPRESS_PDF_MEGABYTES` (default 4096) of address space.
    public struct Limits: Sendable {
        public var seconds: Int
        public var megabytes: Int

        public static let defaultSeconds = 600
        public static let defaultMegabytes = 4096

        public init(environment: [String: String]) {
            seconds = environment["PLANPRESS_PDF_SECONDS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? Self.defaultSeconds
            megabytes =
                environment["PLANPRESS_PDF_MEGABYTES"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? Self.defaultMegabytes
        }
    }

    /// The watchdog's status when the engine ran out of time.
    static let timedOut: Int32 = 124

    /// `sh -c` script: in the folder `$2`, with at most `$4` KB of address space, runs the rest
    /// and stops it when the process `$1` is gone or after `$3` ticks of 0.2 s (status 124).
    /// The shell ignores SIGINT and SIGQUIT in a job it starts with `&`; GNU env's
    /// `--default-signal` gives the engine back their default action.
    static let watchdog = """
        parent=$1; cd "$2" || exit 1; ticks=$3; ulimit -v "$4" 2>/dev/null; shift 4
        if env --default-signal=INT true 2>/dev/null; then set -- env --default-signal=INT,QUIT "$@"; fi
        "$@" & child=$!
        while kill -0 "$child" 2>/dev/null; do
          if ! kill -0 "$parent" 2>/dev/null; then kill "$child" 2>/dev/null; exit 143; fi
          ticks=$((ticks - 1))
          if [ "$ticks" -le 0 ]; then kill "$child" 2>/dev/null; sleep 0.5; kill -9 "$child" 2>/dev/null; exit 124; fi
          sleep 0.2
        done
        wait "$child"
        """

    /// Removes scratch folders that builds which were killed left beside the output folder.
    static func removeStale(in parent: URL, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }

    /// `SOURCE_DATE_EPOCH` if set, else midnight UTC of the report's date, else 0.
    public static func sourceDateEpoch(_ report: Report, environment: [String: String]) -> Int64 {
        if let s = environment["SOURCE_DATE_EPOCH"], let v = Int64(s) { return v }
        guard let d = report.reportDate else { return 0 }
        // Days from civil (H. Hinnant), the inverse of CalendarDate(unixSeconds:).
        let y = Int64(d.month <= 2 ? d.year - 1 : d.year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(d.month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(d.day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return (era * 146_097 + doe - 719_468) * 86_400
    }

    /// The number of pages of a PDF, read from its page tree when it is stored uncompressed.
    public static func pageCount(_ bytes: [UInt8]) -> Int? {
        let text = String(decoding: bytes, as: UTF8.self)
        let pages = text.matches(of: /\/Type\s*\/Page[^s]/).count
        return pages > 0 ? pages : nil
    }
}
