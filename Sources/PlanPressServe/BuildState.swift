import PlanPressCore

/// The status of the last build, shared between the rebuild loop (which publishes) and the
/// preview server (whose status endpoint long-polls for the next version).
public actor BuildState {
    /// The last published status; version 0 until the first build.
    public private(set) var status: BuildStatus

    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    /// Waiters released before they had suspended (a timeout or a cancellation racing the wait).
    private var released: Set<Int> = []
    private var nextWaiter = 0
    private var closed = false

    public init(language: Language = .th) {
        status = BuildStatus(ok: true, lang: language.rawValue, title: "", summary: "")
    }

    /// Publishes the status of a build that just finished, under the next version number, and
    /// wakes every request waiting for it. Returns the version.
    @discardableResult
    public func publish(_ new: BuildStatus) -> Int {
        var new = new
        new.version = status.version + 1
        status = new
        wakeAll()
        return new.version
    }

    /// The status once its version differs from `version`, or the current status after
    /// `timeout`, on cancellation, or once the state is closed, whichever comes first.
    public func next(after version: Int, timeout: Duration) async -> BuildStatus {
        guard status.version == version, !closed else { return status }
        let id = nextWaiter
        nextWaiter += 1
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.suspend(id, at: version) }
            group.addTask {
                // Cancellation ends the sleep early; either way the waiter is let go.
                try? await Task.sleep(for: timeout)
                await self.release(id)
            }
            await group.next()
            group.cancelAll()
        }
        released.remove(id)
        return status
    }

    /// Lets every waiting request answer now and every later one answer at once (the server is stopping).
    public func close() {
        closed = true
        wakeAll()
    }

    private func suspend(_ id: Int, at version: Int) async {
        // A build may have been published since `next` looked.
        if released.remove(id) != nil || closed || status.version != version { return }
        await withCheckedContinuation { waiters[id] = $0 }
    }

    private func release(_ id: Int) {
        if let waiter = waiters.removeValue(forKey: id) {
            waiter.resume()
        } else {
            released.insert(id)
        }
    }

    private func wakeAll() {
        let all = waiters
        waiters = [:]
        for waiter in all.values { waiter.resume() }
    }
}
