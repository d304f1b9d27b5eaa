import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl+C (SIGINT) and SIGTERM as an async wait, so that `serve` can stop its server and watcher
/// in order instead of dying mid-write. A second signal while stopping ends the process at once.
final class StopSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Int32>

    /// Takes over SIGINT and SIGTERM from the default action (which would end the process).
    init() {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        let queue = DispatchQueue(label: "planpress.signals")
        var count = 0
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                // The handlers run one at a time on `queue`, which guards `count`.
                count += 1
                if count > 1 { _exit(128 + number) }
                continuation.yield(number)
            }
            source.resume()
            return source
        }
    }

    /// Returns the first signal received (SIGINT or SIGTERM); returns at once on cancellation.
    func wait() async -> Int32? {
        for await number in stream { return number }
        return nil
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
