import Foundation
import Testing

@testable import PlanPressCore
@testable import PlanPressServe

/// One engine applies `--strict` and hands the same diagnostics to every consumer.
@Suite struct DiagnosticEngineTests {
    final class Recorder: DiagnosticConsumer {
        var received: [[Diagnostic]] = []
        var finished = 0
        var failure: (any Error)?

        init(failing failure: (any Error)? = nil) {
            self.failure = failure
        }

        func receive(_ diagnostics: [Diagnostic]) { received.append(diagnostics) }
        func finish() throws {
            finished += 1
            if let failure { throw failure }
        }
    }

    struct Refused: Error {}

    static let list = [
        Diagnostic(.spentOverAllocated, at: SourceLocation(path: "b.yaml", line: 3, column: 1), th: "ก", en: "a"),
        Diagnostic(.unknownStrategy, at: SourceLocation(path: "a.yaml", line: 9, column: 2), th: "ข", en: "b"),
    ]

    @Test func warningsStayWarningsWithoutStrict() {
        let engine = DiagnosticEngine(strict: false)
        #expect(engine.apply(Self.list).map(\.severity) == [.warning, .error])
    }

    @Test func strictMakesEveryWarningAnError() {
        let engine = DiagnosticEngine(strict: true)
        #expect(engine.apply(Self.list).map(\.severity) == [.error, .error])
        #expect(engine.apply(Self.list[0]).severity == .error)
    }

    @Test func everyConsumerGetsTheSameSortedListAndFinishes() throws {
        let first = Recorder()
        let second = Recorder()
        let overlay = OverlayDiagnostics(language: .en)
        try DiagnosticEngine(strict: true).emit(Self.list, to: [first, second, overlay])
        #expect(first.received.map { $0.map(\.location.path) } == [["a.yaml", "b.yaml"]])
        #expect(first.received.flatMap { $0 } == second.received.flatMap { $0 })
        #expect(first.received.flatMap { $0 }.allSatisfy { $0.severity == .error })
        #expect(first.finished == 1 && second.finished == 1)
        // The overlay shows errors only: under --strict the warning is one.
        #expect(overlay.errors == 2 && overlay.shown.map(\.code) == ["PP401", "PP505"])
    }

    @Test func aConsumerThatFailsDoesNotStopTheOthers() {
        let failing = Recorder(failing: Refused())
        let after = Recorder()
        #expect(throws: Refused.self) { try DiagnosticEngine(strict: false).emit(Self.list, to: [failing, after]) }
        #expect(after.finished == 1 && after.received.count == 1)
    }
}
