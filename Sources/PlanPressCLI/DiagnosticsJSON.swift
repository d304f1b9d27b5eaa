import PlanPressCore
import PlanPressValidationReport

/// `--format json`'s consumer: the diagnostics as a versioned document for editors and other
/// tools, with every unit's submission status, written to standard output.
final class DiagnosticsJSON: DiagnosticConsumer {
    /// Every unit's status, asked for when the document is written (the validation report's
    /// consumer makes them from the same diagnostics first).
    let units: () -> [ValidationReport.Unit]
    private var received: [Diagnostic] = []

    init(units: @escaping () -> [ValidationReport.Unit]) {
        self.units = units
    }

    func receive(_ diagnostics: [Diagnostic]) {
        received += diagnostics
    }

    func finish() {
        Terminal.out(String(decoding: Self.document(received, units: units()).serialized(), as: UTF8.self))
    }

    static let format = "planpress/diagnostics/1"

    static func document(_ list: [Diagnostic], units: [ValidationReport.Unit] = []) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("errors", .number(String(list.count { $0.severity == .error }))),
            ("warnings", .number(String(list.count { $0.severity == .warning }))),
            (
                "diagnostics",
                .array(
                    list.map { d in
                        .object([
                            ("code", .string(d.code.rawValue)), ("severity", .string(d.severity.rawValue)),
                            ("path", .string(d.location.path)), ("line", .number(String(d.location.line))),
                            ("column", .number(String(d.location.column))),
                            // A workbook's sheet and cell (`F12`); null in a text file.
                            ("sheet", d.location.sheet.map { .string($0) } ?? .null),
                            ("cell", d.location.cell.map { .string($0) } ?? .null),
                            ("message", .object([("th", .string(d.message.th)), ("en", .string(d.message.en))])),
                            ("hint", d.hint.map { .object([("th", .string($0.th)), ("en", .string($0.en))]) } ?? .null),
                        ])
                    })
            ),
            (
                "units",
                .array(
                    units.map { u in
                        .object([
                            ("id", .string(u.id)), ("name", .string(u.name)), ("state", .string(u.state.rawValue)),
                            ("paths", .array(u.files.map { .string($0.path) })),
                            ("errors", .number(String(u.errors))), ("warnings", .number(String(u.warnings))),
                            ("submitted_on", .string(u.submittedOn?.iso)), ("late", .bool(u.late)), ("expected", .bool(u.expected)),
                        ])
                    })
            ),
        ])
    }
}
