import Foundation

/// Work started now on a thread of its own and waited for later: a long serial job (the data
/// channel, whose XML validation is one libxml2 call) runs beside the stages that keep every
/// core busy, instead of after them.
public final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts `work` at once on a new thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the job and returns its value or throws its error.
    public func value() throws -> Value {
        done.wait()
        // The semaphore orders the write before this read; signal again for any later caller.
        defer { done.signal() }
        return try result!.get()
    }
}
