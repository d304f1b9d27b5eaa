import Foundation

/// Wall time per stage, for `build --timings`.
package struct StageClock {
    private(set) var stages: [Builder.Stage] = []
    private var last = Date()

    /// Runs `work` and records its time under `name`.
    package mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let result = try work()
        lap(name)
        return result
    }

    /// Records the time since the last stage under `name`.
    package mutating func lap(_ name: String) {
        let now = Date()
        stages.append(Builder.Stage(name: name, seconds: now.timeIntervalSince(last)))
        last = now
    }
}
