import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an interrupted command must undo: the process groups of the children it started and the
/// folders it is writing beside `output/`. On SIGINT or SIGTERM (once `install` is called) every
/// child group is ended, every folder removed, and the process exits with 128 + the signal
/// (130 or 143, by the command line's `end`), so an interrupted build leaves `output/` as it
/// was and nothing running.
public enum Interrupts {
    private struct State {
        var groups = Set<pid_t>()
        var paths: [Int: String] = [:]
        var nextToken = 0
        var stopping = false
        var installed: [any DispatchSourceSignal] = []
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var state = State()

    /// How long the children have to end after SIGTERM before SIGKILL.
    public static let grace: Double = 2

    /// Takes over SIGINT and SIGTERM for the rest of the process (idempotent); after the
    /// clean-up, `end` is called with the signal's number and ends the process.
    public static func install(end: @escaping @Sendable (Int32) -> Never) {
        lock.withLock {
            guard state.installed.isEmpty else { return }
            let queue = DispatchQueue(label: "planpress.interrupts")
            state.installed = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { stop(number, end: end) }
                source.resume()
                return source
            }
        }
    }

    /// Removes `path` (a file or folder tree) if the process is interrupted before `forget`.
    @discardableResult
    public static func removeOnInterrupt(_ path: String) -> Int {
        lock.withLock {
            state.nextToken += 1
            state.paths[state.nextToken] = path
            return state.nextToken
        }
    }

    /// No longer removes the path of `token`.
    public static func forget(_ token: Int) {
        _ = lock.withLock { state.paths.removeValue(forKey: token) }
    }

    /// Ends the process group `group` (a child started as its own group's leader) on interrupt.
    public static func watchGroup(_ group: pid_t) {
        _ = lock.withLock { state.groups.insert(group) }
    }

    public static func forgetGroup(_ group: pid_t) {
        _ = lock.withLock { state.groups.remove(group) }
    }

    /// Parks the calling thread for good when the process is being stopped: a thread whose child
    /// was just ended must not go on to report the child's failure and exit first.
    public static func parkIfStopping() {
        guard lock.withLock({ state.stopping }) else { return }
        while true { pause() }
    }

    /// SIGTERM to every child group, SIGKILL to those alive after `grace`, every registered path
    /// removed, then `end(number)`.
    static func stop(_ number: Int32, end: (Int32) -> Never) -> Never {
        let (groups, paths) = lock.withLock {
            state.stopping = true
            return (state.groups, Array(state.paths.values))
        }
        for group in groups { kill(-group, SIGTERM) }
        let deadline = Date().addingTimeInterval(grace)
        // A group is gone once its last member has been reaped; the thread that started the child
        // reaps it, so polling suffices.
        while groups.contains(where: { kill(-$0, 0) == 0 }), Date() < deadline { usleep(20_000) }
        for group in groups where kill(-group, 0) == 0 { kill(-group, SIGKILL) }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        end(number)
    }
}
