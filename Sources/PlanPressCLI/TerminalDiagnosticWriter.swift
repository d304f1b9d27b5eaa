import PlanPressCore

/// The terminal's consumer: each diagnostic as `DiagnosticPrinter` formats it, written to
/// standard error in blocks (not one write per diagnostic: a national check has thousands).
final class TerminalDiagnosticWriter: DiagnosticConsumer {
    private(set) var printer: DiagnosticPrinter
    private var block = ""

    init(printer: DiagnosticPrinter) {
        self.printer = printer
    }

    func receive(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            block += printer.format(d)
            if block.utf8.count >= 1 << 16 { flush() }
        }
    }

    func finish() {
        flush()
    }

    private func flush() {
        Terminal.err(block)
        block = ""
    }
}
