import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `planpress serve`: FlyingFox listening on 127.0.0.1 only, answering with a
/// ``PreviewHandler``.
public struct PreviewServer: Sendable {
    private let server: HTTPServer

    /// A server for `handler` on `127.0.0.1:port`; port 0 lets the system pick a free one.
    /// Long-polls wait at most the handler's poll timeout, well inside the per-request limit.
    public init(handler: PreviewHandler, port: UInt16) throws {
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 120, logger: .disabled, handler: handler)
    }

    /// Listens and serves until the task is cancelled; calls `onListening` with the port once
    /// connections are accepted. Throws when the port cannot be bound (already in use, say).
    public func run(onListening: @escaping @Sendable (UInt16) async -> Void) async throws {
        let server = self.server
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening(timeout: 60)
                if case .ip4(_, let port) = await server.listeningAddress { await onListening(port) }
            }
            // The first error (the port cannot be bound) ends the wait for listening too.
            while try await group.next() != nil {}
        }
    }
}
