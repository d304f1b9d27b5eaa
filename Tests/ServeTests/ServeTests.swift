import Foundation
import PlanPressCore
import PlanPressServe
import PlanPressTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `planpress serve`: the preview server's pieces (path safety, content types, the live-reload
/// script only in HTML, the status JSON behind the error overlay, long polling, the file
/// watcher), then the real executable serving a copy of `Tests/Fixtures/e2e/base/`.
struct ServeTests {
    // MARK: A folder to serve

    /// A small published folder: pages, a style sheet, data, a sub-folder with an index, a
    /// Thai file name, a secret file beside the folder and a symbolic link pointing at it.
    static func makeSite(notFoundPage: Bool = true) throws -> (root: URL, outside: URL) {
        let base = try BinaryRunner.makeTemporaryDirectory("serve-site")
        let root = base.appendingPathComponent("output")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("units"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
        try write("index.html", "<!doctype html><html><head><title>t</title></head><body><p>หน้าแรก</p></body></html>\n")
        try write("units/index.html", "<html><BODY>units</BODY></html>")
        try write("units/ก.html", "<html><body>ก</body></html>")
        try write("nobody.html", "<p>no body tag</p>")
        try write("assets.css", "body { color: black; } /* </body> */")
        try write("app.js", "document.write('</body>');")
        try write("chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
        try write("data/report.json", "{\"body\":\"</body>\"}")
        if notFoundPage { try write("404.html", "<html><body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>") }
        let outside = base.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: outside)
        try fm.createSymbolicLink(at: root.appendingPathComponent("escape.txt"), withDestinationURL: outside)
        return (root, outside)
    }

    static func handler(_ root: URL, state: BuildState = BuildState()) -> PreviewHandler {
        PreviewHandler(folder: SiteFolder(root: root), state: state, pollTimeout: .seconds(20))
    }

    // MARK: Paths

    @Test("Targets resolve to files inside the folder; folders to their index.html, without a slash to a redirect")
    func resolvesInside() throws {
        let (root, _) = try Self.makeSite()
        let folder = SiteFolder(root: root)
        #expect(folder.resolve("/") == .file(root.appendingPathComponent("index.html")))
        #expect(folder.resolve("/index.html?q=%E0%B8%81#top") == .file(root.appendingPathComponent("index.html")))
        #expect(folder.resolve("/units/") == .file(root.appendingPathComponent("units/index.html")))
        #expect(folder.resolve("/units") == .redirect("/units/"))
        #expect(folder.resolve("/units?x=1") == .redirect("/units/"))
        #expect(folder.resolve("/units/%E0%B8%81.html") == .file(root.appendingPathComponent("units/ก.html")))
        #expect(folder.resolve("//units/./index.html") == .file(root.appendingPathComponent("units/index.html")))
        #expect(folder.resolve("/missing.html") == .notFound)
        #expect(folder.resolve("/data/") == .notFound, "a folder without an index is not listed")
    }

    @Test(
        "No target leads outside the folder, however `..` is spelled",
        arguments: [
            "/../secret.txt", "/units/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/units/..%2f..%2fsecret.txt",
            "/..%5csecret.txt", "/units%2f..%2f..%2fsecret.txt", "/index.html%00.txt", "/escape.txt", "secret.txt", "/%zz",
        ])
    func refusesEscapes(target: String) async throws {
        let (root, _) = try Self.makeSite()
        #expect(SiteFolder(root: root).resolve(target) == .forbidden, "\(target)")
        let response = await Self.handler(root).respond(method: "GET", target: target, host: "127.0.0.1:1313")
        #expect(response.status == 403, "\(target)")
        #expect(!String(decoding: response.body, as: UTF8.self).contains("secret"))
    }

    // MARK: Content types

    @Test(
        "Every kind of file a build writes gets its Content-Type",
        arguments: [
            ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
            ("assets/search.js", "text/javascript; charset=utf-8"), ("assets/favicon.svg", "image/svg+xml; charset=utf-8"),
            ("data/report.json", "application/json; charset=utf-8"), ("data/report.xml", "application/xml; charset=utf-8"),
            ("data/report.xsd", "application/xml; charset=utf-8"), ("data/report.xsl", "application/xslt+xml; charset=utf-8"),
            ("data/projects.csv", "text/csv; charset=utf-8"), ("print/booklet.pdf", "application/pdf"),
            ("print/fonts/Sarabun.woff2", "font/woff2"), ("print/fonts/Sarabun-Regular.ttf", "font/ttf"),
            ("assets/summary.png", "image/png"), ("print/fonts/OFL.txt", "text/plain; charset=utf-8"),
            ("feed.xml", "application/xml; charset=utf-8"), ("A/UPPER.HTML", "text/html; charset=utf-8"),
            ("evidence/scan.unknown", "application/octet-stream"), ("Makefile", "application/octet-stream"),
            (".hidden", "application/octet-stream"),
        ])
    func contentTypes(path: String, expected: String) {
        #expect(ContentType.forPath(path) == expected)
        #expect(ContentType.forPath("/" + path) == expected)
    }

    @Test("Served files carry their type and are never cached")
    func servedTypes() async throws {
        let (root, _) = try Self.makeSite()
        let handler = Self.handler(root)
        for (target, type) in [
            ("/assets.css", "text/css; charset=utf-8"), ("/app.js", "text/javascript; charset=utf-8"),
            ("/chart.svg", "image/svg+xml; charset=utf-8"), ("/data/report.json", "application/json; charset=utf-8"),
            ("/", "text/html; charset=utf-8"),
        ] {
            let response = await handler.respond(method: "GET", target: target, host: "localhost:1313")
            #expect(response.status == 200, "\(target)")
            #expect(response.contentType == type, "\(target)")
            #expect(response.headers["Cache-Control"] == "no-store", "\(target)")
        }
    }

    // MARK: The live-reload script

    @Test("The script goes into HTML responses only, before the last </body>, and never into the files")
    func injectsIntoHTMLOnly() async throws {
        let (root, _) = try Self.makeSite()
        let state = BuildState()
        await state.publish(.published(summary: "ok", language: .th))
        let handler = Self.handler(root, state: state)
        let tag = #"<script src="/__planpress/live.js?v=1"></script>"#

        let index = String(decoding: await handler.respond(method: "GET", target: "/", host: nil).body, as: UTF8.self)
        #expect(index == "<!doctype html><html><head><title>t</title></head><body><p>หน้าแรก</p>\(tag)</body></html>\n")
        let units = String(decoding: await handler.respond(method: "GET", target: "/units/", host: nil).body, as: UTF8.self)
        #expect(units == "<html><BODY>units\(tag)</BODY></html>", "matched without regard to case")
        let nobody = String(decoding: await handler.respond(method: "GET", target: "/nobody.html", host: nil).body, as: UTF8.self)
        #expect(nobody == "<p>no body tag</p>\(tag)", "appended when the page has no </body>")

        for (target, file) in [
            ("/assets.css", "assets.css"), ("/app.js", "app.js"), ("/chart.svg", "chart.svg"), ("/data/report.json", "data/report.json"),
        ] {
            let body = await handler.respond(method: "GET", target: target, host: nil).body
            #expect(body == (try Data(contentsOf: root.appendingPathComponent(file))), "\(target) is sent as it is on disk")
            #expect(!String(decoding: body, as: UTF8.self).contains("__planpress"), "\(target)")
        }
        #expect(!String(decoding: try Data(contentsOf: root.appendingPathComponent("index.html")), as: UTF8.self).contains("__planpress"))

        #expect(
            LiveReloadInjector.inject(into: Data("<body>a</body><body>b</body>".utf8), version: 7)
                == Data("<body>a</body><body>b\(LiveReloadInjector.tag(version: 7))</body>".utf8))
    }

    @Test("The script and the overlay's style sheet are served from the same origin, as the pages' CSP requires")
    func servesLiveAssets() async throws {
        let (root, _) = try Self.makeSite()
        let handler = Self.handler(root)
        let script = await handler.respond(method: "GET", target: "/__planpress/live.js?v=3", host: "127.0.0.1:1313")
        #expect(script.status == 200)
        #expect(script.contentType == "text/javascript; charset=utf-8")
        let js = String(decoding: script.body, as: UTF8.self)
        #expect(js.contains("/__planpress/status"))
        #expect(js.contains("location.reload()"))
        #expect(js.contains("/__planpress/overlay.css"))
        // The overlay is built as DOM with textContent (no HTML from messages) and styled by the sheet, not inline <style>.
        #expect(!js.contains("innerHTML"))
        #expect(!js.contains("<style"))
        let css = await handler.respond(method: "GET", target: "/__planpress/overlay.css", host: "127.0.0.1:1313")
        #expect(css.status == 200)
        #expect(css.contentType == "text/css; charset=utf-8")
        #expect(String(decoding: css.body, as: UTF8.self).contains(".planpress-overlay"))
    }

    // MARK: Not found, methods, hosts

    @Test("A missing page gets the site's 404.html with status 404 and the script; a plain page before any build")
    func notFound() async throws {
        let (root, _) = try Self.makeSite()
        let response = await Self.handler(root).respond(method: "GET", target: "/units/nope.html", host: nil)
        #expect(response.status == 404)
        #expect(response.contentType == "text/html; charset=utf-8")
        let page = String(decoding: response.body, as: UTF8.self)
        #expect(page.contains("ไม่พบหน้าที่ต้องการ"))
        #expect(page.contains("/__planpress/live.js"))

        let (bare, _) = try Self.makeSite(notFoundPage: false)
        let plain = await Self.handler(bare).respond(method: "GET", target: "/nope", host: nil)
        #expect(plain.status == 404)
        #expect(
            String(decoding: plain.body, as: UTF8.self).contains("/__planpress/live.js"),
            "so that the page reloads after the first good build")
    }

    @Test("Only GET and HEAD, and only to a loopback host name")
    func methodsAndHosts() async throws {
        let (root, _) = try Self.makeSite()
        let handler = Self.handler(root)
        let post = await handler.respond(method: "POST", target: "/", host: "127.0.0.1:1313")
        #expect(post.status == 405)
        #expect(post.headers["Allow"] == "GET, HEAD")
        for host in ["127.0.0.1:1313", "localhost:1313", "LOCALHOST", "[::1]:1313", "127.0.0.1"] {
            #expect(await handler.respond(method: "GET", target: "/", host: host).status == 200, "\(host)")
        }
        for host in ["evil.example", "evil.example:1313", "127.0.0.1.evil.example", "[::2]:1313"] {
            #expect(await handler.respond(method: "GET", target: "/", host: host).status == 403, "\(host)")
        }
    }

    // MARK: The status behind the overlay

    static func failedStatus() -> BuildStatus {
        let diagnostics = [
            Diagnostic(
                .unknownStrategy, at: SourceLocation(path: "content/units/beta-college.yaml", line: 12, column: 18),
                th: "ไม่มีรหัส \"SPE.S9.9\" ในกรอบแผน", en: "no code \"SPE.S9.9\" in the framework", hintTH: "รหัสที่ใกล้เคียงที่สุดคือ SPE.S1.1",
                hintEN: "the nearest code is SPE.S1.1"),
            Diagnostic(.emptyProjects, at: SourceLocation(path: "content/units/x.yaml", line: 3), th: "คำเตือน", en: "a warning"),
        ]
        return BuildStatus.failed(
            summary: "✗ ตรวจ 3 หน่วยงาน", diagnostics: diagnostics, language: .th,
            excerpt: { $0.location.line == 12 ? "12 |     strategies: [SPE.S9.9]\n   |                  ^" : nil })
    }

    @Test("A failed build's status lists its errors with file:line:col, code, Thai message, hint and quoted line")
    func overlayJSON() async throws {
        let (root, _) = try Self.makeSite()
        let state = BuildState()
        #expect(await state.publish(.published(summary: "ok", language: .th)) == 1)
        #expect(await state.publish(Self.failedStatus()) == 2)
        let response = await Self.handler(root, state: state).respond(method: "GET", target: "/__planpress/status", host: nil)
        #expect(response.status == 200)
        #expect(response.contentType == "application/json; charset=utf-8")
        let json = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
        #expect(json["version"] as? Int == 2)
        #expect(json["ok"] as? Bool == false)
        #expect(json["lang"] as? String == "th")
        #expect(json["title"] as? String == "สร้างรายงานไม่สำเร็จ: ข้อผิดพลาด 1 รายการ")
        #expect(json["omitted"] as? Int == 0)
        let items = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(items.count == 1, "warnings stay in the terminal")
        let item = try #require(items.first)
        #expect(item["location"] as? String == "content/units/beta-college.yaml:12:18")
        #expect(item["path"] as? String == "content/units/beta-college.yaml")
        #expect(item["line"] as? Int == 12)
        #expect(item["column"] as? Int == 18)
        #expect(item["code"] as? String == "PP401")
        #expect(item["severity"] as? String == "error")
        #expect(item["message"] as? String == "ไม่มีรหัส \"SPE.S9.9\" ในกรอบแผน")
        #expect(item["hint"] as? String == "รหัสที่ใกล้เคียงที่สุดคือ SPE.S1.1")
        #expect((item["excerpt"] as? String)?.contains("strategies: [SPE.S9.9]") == true)
        // Round trip, and the same status always gives the same bytes.
        #expect(try JSONDecoder().decode(BuildStatus.self, from: response.body) == (await state.status))
        #expect((await state.status).json() == response.body)
    }

    @Test("English status, and at most 100 errors sent to the browser")
    func overlayLimits() {
        let many = (1...130).map {
            Diagnostic(
                .unknownStrategy, at: SourceLocation(path: "content/units/u.yaml", line: $0, column: 1), th: "ผิด \($0)", en: "wrong \($0)")
        }
        let status = BuildStatus.failed(summary: "s", diagnostics: many, language: .en)
        #expect(status.title == "Build failed: 130 errors")
        #expect(status.diagnostics.count == BuildStatus.maxDiagnostics)
        #expect(status.omitted == 30)
        #expect(status.diagnostics.first?.message == "wrong 1")
        let failure = BuildStatus.failed(
            summary: "s", diagnostics: [], failure: LocalizedText(th: "เขียนไม่ได้", en: "could not write"), language: .th)
        #expect(failure.title == "สร้างรายงานไม่สำเร็จ")
        #expect(failure.failure == "เขียนไม่ได้")
        #expect(!failure.ok)
        #expect(BuildStatus.published(summary: "s", language: .en).ok)
    }

    // MARK: Long polling

    @Test("`status?since=N` answers as soon as a new build is published")
    func longPollWakes() async throws {
        let (root, _) = try Self.makeSite()
        let state = BuildState()
        await state.publish(.published(summary: "one", language: .th))
        // A timeout far beyond any scheduling delay: the whole suite runs in parallel on two
        // cores, and a busy thread pool once delayed this test past a 20 s timeout.
        let handler = PreviewHandler(folder: SiteFolder(root: root), state: state, pollTimeout: .seconds(600))
        let started = ContinuousClock.now
        async let answer = handler.respond(method: "GET", target: "/__planpress/status?since=1", host: nil)
        try await Task.sleep(for: .milliseconds(200))
        await state.publish(Self.failedStatus())
        let status = try JSONDecoder().decode(BuildStatus.self, from: (await answer).body)
        #expect(status.version == 2)
        #expect(!status.ok)
        #expect(ContinuousClock.now - started < .seconds(300), "woken by the build, not by the 600 s timeout")
        // An old version answers at once.
        let stale = await handler.respond(method: "GET", target: "/__planpress/status?since=1", host: nil)
        #expect(try JSONDecoder().decode(BuildStatus.self, from: stale.body).version == 2)
    }

    @Test("A long poll ends at its timeout, on cancellation and when the state closes")
    func longPollEnds() async throws {
        let state = BuildState()
        await state.publish(.published(summary: "one", language: .th))
        #expect(await state.next(after: 1, timeout: .milliseconds(50)).version == 1)

        let waiting = Task { await state.next(after: 1, timeout: .seconds(600)) }
        try await Task.sleep(for: .milliseconds(100))
        waiting.cancel()
        #expect(await waiting.value.version == 1)

        let closing = Task { await state.next(after: 1, timeout: .seconds(600)) }
        try await Task.sleep(for: .milliseconds(100))
        await state.close()
        #expect(await closing.value.version == 1)
        #expect(await state.next(after: 1, timeout: .seconds(600)).version == 1, "answers at once once closed")
    }

    // MARK: Watching files

    /// The calls a watcher made, in order.
    actor Calls {
        var list: [[String]] = []
        func add(_ paths: [String]) { list.append(paths) }
    }

    @Test("The watcher sees added, changed and removed files, not hidden files or backups")
    func watcherSnapshots() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("serve-watch")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("units"), withIntermediateDirectories: true)
        let a = dir.appendingPathComponent("units/a.yaml")
        try Data("a: 1\n".utf8).write(to: a)
        let watcher = FileWatcher(folders: [dir])
        let first = watcher.snapshot()
        #expect(Set(first.keys) == [a.path])

        try Data("a: 22\n".utf8).write(to: a)
        try Data("b".utf8).write(to: dir.appendingPathComponent("units/b.yaml"))
        try Data("swap".utf8).write(to: dir.appendingPathComponent("units/.a.yaml.swp"))
        try Data("backup".utf8).write(to: dir.appendingPathComponent("units/a.yaml~"))
        try fm.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: dir.appendingPathComponent(".git/index"))
        let second = watcher.snapshot()
        #expect(FileWatcher.changes(from: first, to: second) == [a.path, dir.appendingPathComponent("units/b.yaml").path])

        try fm.removeItem(at: a)
        #expect(FileWatcher.changes(from: second, to: watcher.snapshot()) == [a.path])
    }

    @Test("The watcher sees a year of content/history/ change, so serve rebuilds on it")
    func watcherSeesTheHistory() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("serve-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let year = dir.appendingPathComponent("history/2568/report.json")
        try FileManager.default.createDirectory(at: year.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: year)
        let watcher = FileWatcher(folders: [dir])
        let first = watcher.snapshot()
        #expect(Set(first.keys) == [year.path])
        try Data("{ }\n".utf8).write(to: year)
        #expect(FileWatcher.changes(from: first, to: watcher.snapshot()) == [year.path])
    }

    @Test("A burst of changes makes one call; a change during a call (a build) makes another afterwards")
    func watcherLoop() async throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("serve-watch-loop")
        let watcher = FileWatcher(folders: [dir], interval: .milliseconds(50), quiet: .milliseconds(500))
        let calls = Calls()
        let late = dir.appendingPathComponent("late.yaml")
        let start = watcher.snapshot()
        let task = Task {
            await watcher.watch(from: start) { changed in
                let first = await calls.list.isEmpty
                await calls.add(changed)
                // A file saved while the build runs.
                if first { try? Data("late".utf8).write(to: late) }
            }
        }
        for i in 0..<5 { try Data("unit \(i)".utf8).write(to: dir.appendingPathComponent("u\(i).yaml")) }
        // Generous: the end-to-end tests that run beside this one wait for the executable on the
        // threads that async tasks share, and on a loaded 2-core machine that held the watcher
        // back for over a minute. A passing run ends as soon as both calls are made.
        let deadline = ContinuousClock.now + .seconds(300)
        while await calls.list.count < 2 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        task.cancel()
        await task.value
        let list = await calls.list
        try #require(list.count >= 2)
        #expect(Set(list[0]).isSuperset(of: (0..<5).map { dir.appendingPathComponent("u\($0).yaml").path }), "\(list)")
        #expect(list[1] == [late.path], "\(list)")
    }

    // MARK: The real executable

    @Test("serve refuses a bad port and an output folder inside the watched folders")
    func usageErrors() throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("serve-usage")
        try FileManager.default.copyItem(at: Fixtures.base, to: dir.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Fixtures.templates, to: dir.appendingPathComponent("templates"))
        let port = try BinaryRunner.run(["serve", "--port", "70000"], in: dir, timeout: 60)
        #expect(port.status == 2, "\(port)")
        #expect(port.stderr.contains("65535"), "\(port)")
        let inside = try BinaryRunner.run(["serve", "--output", "content/site", "--lang", "en"], in: dir, timeout: 60)
        #expect(inside.status == 2, "\(inside)")
        #expect(inside.stderr.contains("must not be, contain or be inside"), "\(inside)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/site").path))
        // `build` checks the same folders (an output inside content is only refused by `serve`).
        for (args, message) in [
            (["build", "--output", "content"], "must not be or contain content or templates"),
            (["build", "--output", "."], "must not be or contain content or templates"),
            (["serve", "--output", "."], "must not be, contain or be inside"),
            (["build", "--templates", "nowhere"], "no templates folder at nowhere"),
            (["serve", "--content", "nowhere"], "no content folder at nowhere"),
        ] {
            let run = try BinaryRunner.run(args + ["--lang", "en"], in: dir, timeout: 60)
            #expect(run.status == 2, "\(args): \(run)")
            #expect(run.stderr.contains(message), "\(args): \(run)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["content", "templates"])
    }

    /// A running `planpress serve` and what it printed.
    final class Server: @unchecked Sendable {
        let process = Process()
        let stderrURL: URL

        init(in directory: URL, arguments: [String]) throws {
            guard let executable = BinaryRunner.executable else {
                throw BinaryRunner.Failure(description: "planpress not found: run `swift build` first or set PLANPRESS_BIN")
            }
            stderrURL = directory.appendingPathComponent("serve.stderr")
            _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
            process.executableURL = executable
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = directory
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = "1"
            env["TERM"] = "dumb"
            env["LC_ALL"] = "C.UTF-8"
            env.removeValue(forKey: "SOURCE_DATE_EPOCH")
            process.environment = env
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: stderrURL)
            try process.run()
        }

        var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

        /// The URL printed once the server listens.
        func waitForURL(timeout: Duration) async throws -> URL {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                let text = stderr
                if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                    return URL(string: String(text[range]))!
                }
                if !process.isRunning { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw BinaryRunner.Failure(description: "serve printed no URL:\n\(stderr)")
        }

        /// Stops the process if a test ended early.
        func kill() {
            if process.isRunning { process.terminate() }
        }
    }

    /// GET over loopback with no caching; the status and the body as text.
    static func get(_ url: URL) async throws -> (status: Int, text: String) {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 60)
        request.httpMethod = "GET"
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `url` until `accept` holds for its body, for at most `timeout`.
    static func poll(_ url: URL, timeout: Duration, until accept: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            if let (status, text) = try? await get(url), status == 200 {
                last = text
                if accept(text) { return text }
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw BinaryRunner.Failure(description: "\(url) never showed what was expected; last body:\n\(last.prefix(2000))")
    }

    @Test("planpress serve: serves a page, shows an edit, reports a broken file as overlay data, recovers, stops on SIGINT")
    func serveEndToEnd() async throws {
        let dir = try BinaryRunner.makeTemporaryDirectory("serve")
        let fm = FileManager.default
        try fm.copyItem(at: Fixtures.base, to: dir.appendingPathComponent("content"))
        try fm.copyItem(at: Fixtures.templates, to: dir.appendingPathComponent("templates"))
        let unitFile = dir.appendingPathComponent("content/units/beta-college.yaml")
        let original = try String(contentsOf: unitFile, encoding: .utf8)
        try #require(original.contains("name: โครงการทวิศึกษา\n") && original.contains("strategies: [SPE.S2.1]"))

        // Port 0: the system picks a free port and serve prints it, so parallel runs never collide.
        let server = try Server(in: dir, arguments: ["--port", "0"])
        defer { server.kill() }
        let base = try await server.waitForURL(timeout: .seconds(300))
        let page = base.appendingPathComponent("units/beta-college.html")

        // The first build is served, with the live-reload script; the file on disk has none.
        let first = try await Self.get(page)
        #expect(first.status == 200, "\(server.stderr)")
        #expect(first.text.contains("โครงการทวิศึกษา"))
        #expect(first.text.contains("/__planpress/live.js?v=1"))
        let onDisk = try String(contentsOf: dir.appendingPathComponent("output/units/beta-college.html"), encoding: .utf8)
        #expect(!onDisk.contains("__planpress"))
        #expect(server.stderr.contains("กำลังแสดงที่ http://127.0.0.1:"))
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("output/print/booklet.pdf").path), "serve builds without the PDF")

        // An edited project name shows up in the served page.
        try original.replacingOccurrences(of: "name: โครงการทวิศึกษา\n", with: "name: โครงการทวิศึกษาแก้ไขแล้ว\n")
            .write(to: unitFile, atomically: false, encoding: .utf8)
        let edited = try await Self.poll(page, timeout: .seconds(90)) { $0.contains("โครงการทวิศึกษาแก้ไขแล้ว") }
        #expect(edited.contains("/__planpress/live.js?v="))
        let afterEdit = try JSONDecoder().decode(
            BuildStatus.self, from: Data(try await Self.get(base.appendingPathComponent("__planpress/status")).text.utf8))
        #expect(afterEdit.ok)
        #expect(afterEdit.version >= 2)

        // A broken file: the status carries the error for the overlay; the last good pages stay.
        try original.replacingOccurrences(of: "name: โครงการทวิศึกษา\n", with: "name: โครงการทวิศึกษาแก้ไขแล้ว\n")
            .replacingOccurrences(of: "strategies: [SPE.S2.1]", with: "strategies: [SPE.S9.9]")
            .write(to: unitFile, atomically: false, encoding: .utf8)
        let statusURL = base.appendingPathComponent("__planpress/status")
        let brokenText = try await Self.poll(statusURL, timeout: .seconds(90)) { $0.contains("\"ok\":false") }
        let broken = try JSONDecoder().decode(BuildStatus.self, from: Data(brokenText.utf8))
        #expect(broken.lang == "th")
        #expect(broken.title.contains("สร้างรายงานไม่สำเร็จ"))
        let error = try #require(broken.diagnostics.first, "\(brokenText)")
        #expect(error.code == "PP401")
        #expect(error.path == "content/units/beta-college.yaml")
        #expect(error.line == 12)
        #expect(error.location.hasPrefix("content/units/beta-college.yaml:12:"))
        #expect(error.message.contains("SPE.S9.9"))
        #expect(error.excerpt?.contains("strategies: [SPE.S9.9]") == true)
        #expect(try await Self.get(page).text.contains("โครงการทวิศึกษาแก้ไขแล้ว"), "output/ keeps the last good build")
        #expect(server.stderr.contains("PP401"), "the terminal prints the diagnostic too")

        // Fixed again: the status recovers (the script then hides the overlay and reloads).
        try original.write(to: unitFile, atomically: false, encoding: .utf8)
        let recovered = try await Self.poll(statusURL, timeout: .seconds(90)) { $0.contains("\"ok\":true") }
        #expect(try JSONDecoder().decode(BuildStatus.self, from: Data(recovered.utf8)).version > broken.version)
        _ = try await Self.poll(page, timeout: .seconds(30)) { !$0.contains("แก้ไขแล้ว") && $0.contains("โครงการทวิศึกษา") }

        // Ctrl+C stops it cleanly and promptly.
        server.process.interrupt()
        let deadline = ContinuousClock.now + .seconds(30)
        while server.process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.process.isRunning, "serve did not stop within 30 s of SIGINT")
        server.kill()
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
        #expect(server.stderr.contains("หยุดแล้ว"))
    }
}
