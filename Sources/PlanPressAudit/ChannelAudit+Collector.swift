import Foundation
import PlanPressPublish

extension ChannelAudit {
    /// Collects what each file the audit reads states, as a `StagingFolder` stages it: a file made
    /// whole is read at once, on the thread that made it; a streamed one (`report.xml`,
    /// `report.json`) when the audit asks (`statements`), after the pages are made: read back
    /// at once, a quarter-gigabyte file would add to the build's peak of memory.
    public final class Collector: StagedFileObserver, @unchecked Sendable {
        public let reader: Reader
        private let lock = NSLock()
        private var statementsByPath: [String: Statement] = [:]
        private var pending: [StagedContent] = []

        public init(_ reader: Reader) {
            self.reader = reader
        }

        public func staged(_ file: StagedContent) {
            guard ChannelAudit.reads(file.path) else { return }
            guard file.bytes != nil else { return lock.withLock { pending.append(file) } }
            if let statement = reader.statement(file) { lock.withLock { statementsByPath[file.path] = statement } }
        }

        /// What the files staged so far state, by path (streamed files are read from disk now, one
        /// at a time).
        public var statements: [String: Statement] {
            let streamed = lock.withLock {
                defer { pending = [] }
                return pending
            }
            for file in streamed {
                if let statement = reader.statement(file) { lock.withLock { statementsByPath[file.path] = statement } }
            }
            return lock.withLock { statementsByPath }
        }
    }

    /// Throws `Failed` naming every figure that differs in what the collected files state.
    public static func verify(_ collector: Collector) throws {
        try verify(collector.reader, statements: collector.statements)
    }
}
