import Foundation

/// An answer of the preview server, independent of the HTTP library that sends it.
public struct PreviewResponse: Sendable, Equatable {
    /// The status code: 200, 302, 403, 404, 405.
    public var status: Int
    /// Header names as sent (`Content-Type`).
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The `Content-Type` header, if any.
    public var contentType: String? { headers["Content-Type"] }

    /// A response with a body of the given type; nothing is cached, since every build may change it.
    static func bytes(_ body: Data, type: String, status: Int = 200) -> PreviewResponse {
        PreviewResponse(status: status, headers: ["Content-Type": type, "Cache-Control": "no-store"], body: body)
    }

    /// A short plain-text answer.
    static func text(_ text: String, status: Int) -> PreviewResponse {
        bytes(Data(text.utf8), type: "text/plain; charset=utf-8", status: status)
    }
}
