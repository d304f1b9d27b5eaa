import FlyingFox
import Foundation
import PlanPressCore

/// Answers the preview server's requests: the site's files, the live-reload script and style
/// sheet, and the build status.
///
/// HTML responses carry the live-reload tag (see ``LiveReloadInjector``); other files are sent as
/// they are on disk. A missing file gets the site's own `404.html` when the build wrote one.
public struct PreviewHandler: Sendable {
    /// The folder served at `/`.
    public var folder: SiteFolder
    /// The last build's status.
    public var state: BuildState
    /// How long a `status?since=N` request waits for a new build before answering anyway.
    public var pollTimeout: Duration

    public init(folder: SiteFolder, state: BuildState, pollTimeout: Duration = .seconds(20)) {
        self.folder = folder
        self.state = state
        self.pollTimeout = pollTimeout
    }

    /// The answer to `method target` with the request's `Host` header.
    ///
    /// Only requests addressed to a loopback name are answered (`127.0.0.1`, `localhost`, `[::1]`),
    /// so that a web page elsewhere cannot read the preview through a DNS name pointed at this machine.
    public func respond(method: String, target: String, host: String? = nil) async -> PreviewResponse {
        if let host, !Self.isLoopback(host: host) {
            return .text("403 forbidden: the preview answers only to 127.0.0.1 and localhost\n", status: 403)
        }
        guard method == "GET" || method == "HEAD" else {
            var response = PreviewResponse.text("405 method not allowed\n", status: 405)
            response.headers["Allow"] = "GET, HEAD"
            return response
        }
        let path = SiteFolder.rawPath(of: target)
        switch path {
        case LiveAssets.scriptRoute:
            return .bytes(Data(LiveAssets.script.utf8), type: ContentType.forPath(path))
        case LiveAssets.styleRoute:
            return .bytes(Data(LiveAssets.style.utf8), type: ContentType.forPath(path))
        case LiveAssets.statusRoute:
            let status: BuildStatus
            if let since = Self.query(target, "since").flatMap(Int.init) {
                status = await state.next(after: since, timeout: pollTimeout)
            } else {
                status = await state.status
            }
            return .bytes(status.json(), type: ContentType.forPath("status.json"))
        default:
            return await file(target)
        }
    }

    /// A file of the site, an index page, a redirect to a folder's slash, or the not-found page.
    func file(_ target: String) async -> PreviewResponse {
        switch folder.resolve(target) {
        case .file(let url):
            guard let data = try? Data(contentsOf: url) else { return await notFound() }
            return await page(data, path: url.path, status: 200)
        case .redirect(let location):
            var response = PreviewResponse.text("302 found: \(location)\n", status: 302)
            response.headers["Location"] = location
            return response
        case .notFound:
            return await notFound()
        case .forbidden:
            return .text("403 forbidden\n", status: 403)
        }
    }

    /// The site's `404.html` (written by every build) with status 404; a plain page until there is one.
    func notFound() async -> PreviewResponse {
        let custom = folder.root.appendingPathComponent(OutputPath.notFound)
        let data =
            (try? Data(contentsOf: custom))
            ?? Data(
                """
                <!doctype html>
                <html lang="th"><head><meta charset="utf-8"><title>404</title></head>
                <body><h1>404</h1><p>ไม่พบหน้าที่ต้องการ (not found)</p></body></html>

                """.utf8)
        return await page(data, path: OutputPath.notFound, status: 404)
    }

    /// File bytes as a response: HTML with the live-reload tag of the current build.
    func page(_ data: Data, path: String, status: Int) async -> PreviewResponse {
        guard ContentType.isHTML(path) else { return .bytes(data, type: ContentType.forPath(path), status: status) }
        let version = await state.status.version
        return .bytes(LiveReloadInjector.inject(into: data, version: version), type: ContentType.forPath(path), status: status)
    }

    /// Whether a `Host` header names this machine's loopback interface (any port).
    static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            name = String(name[...end])
        } else if let colon = name.firstIndex(of: ":") {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }

    /// The first value of a query parameter in a raw target.
    static func query(_ target: String, _ name: String) -> String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first == Substring(name) { return parts.count > 1 ? String(parts[1]).removingPercentEncoding : "" }
        }
        return nil
    }
}

extension PreviewHandler: HTTPHandler {
    /// FlyingFox's entry point: the request's method, raw target and `Host` header, answered by
    /// ``respond(method:target:host:)``; a `HEAD` answer keeps its length and drops its body.
    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer = await respond(method: request.method.rawValue, target: request.target.rawValue, host: request.headers[.host])
        var headers = HTTPHeaders()
        for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
        if request.method == .HEAD {
            headers[.contentLength] = String(answer.body.count)
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers)
        }
        return HTTPResponse(
            statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers, body: answer.body)
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Status"
        }
    }
}
