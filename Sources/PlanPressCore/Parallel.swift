import Dispatch
import Foundation

/// Work spread over the machine's cores with results kept in input order, so a parallel build
/// writes exactly what a serial one would.
public enum Parallel {
    /// How many workers to use: the active cores, or `PLANPRESS_THREADS` when set (1 = serial).
    public static let workers: Int = {
        if let raw = ProcessInfo.processInfo.environment["PLANPRESS_THREADS"], let n = Int(raw), n >= 1 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// `items.map(transform)`, computed on all cores; the order of the result is the order of `items`.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if workers == 1 || items.count < 2 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        // Small chunks balance units of very different sizes; each index is written exactly once.
        let chunk = max(1, items.count / (workers * 8))
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(items.count, (c + 1) * chunk) {
                results.set(i, transform(items[i]))
            }
        }
        return results.values.map { $0! }
    }

    /// `transform(0..<count)` computed on all cores and handed to `consume` in index order, a
    /// window of `window` results at a time: only a window's results are held at once (the
    /// parts of a 300 MB document are appended to it and let go as they come, instead of all
    /// of them made first and then joined).
    public static func stream<R: Sendable>(
        count: Int, window: Int, _ transform: @Sendable (Int) -> R, consume: (consuming R) -> Void
    ) {
        var start = 0
        while start < count {
            let end = min(count, start + max(1, window))
            for result in map(Array(start..<end), transform) { consume(result) }
            start = end
        }
    }

    /// `0..<count` cut into runs of at least 16 (about 32 per core), each turned into one result
    /// by `transform` on every core and handed to `consume` in order, a few per core at a time:
    /// a long list written a part at a time (a booklet's projects, a report's units).
    public static func stream<R: Sendable>(
        runsOf count: Int, _ transform: @Sendable (Range<Int>) -> R, consume: (consuming R) -> Void
    ) {
        let run = max(16, count / (workers * 32))
        stream(
            count: (count + run - 1) / run, window: workers * 4, { r in transform((r * run)..<min(count, (r + 1) * run)) },
            consume: consume)
    }
}

/// One slot per index, each written by one worker only.
private final class ResultSlots<R>: @unchecked Sendable {
    var values: [R?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        // Different indices never alias, but Array's copy-on-write check is not thread-safe.
        lock.lock()
        values[i] = value
        lock.unlock()
    }
}
