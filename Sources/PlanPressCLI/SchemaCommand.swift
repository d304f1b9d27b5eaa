import ArgumentParser
import Foundation
import PlanPressCore
import PlanPressValidate

/// `planpress schema`: prints the JSON Schema of the submission format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the unit submission format.",
        discussion: """
            For editors' completion and checking while a unit types its file, and for other tools.
            The schema checks the structure (fields, types, number and date forms, allowed values);
            codes of the plan, affiliations and evidence files are checked by planpress check.
            `planpress new unit` writes it to content/unit-report.schema.json for the skeleton's
            yaml-language-server modeline.
            Examples:
              planpress schema > unit-report.schema.json
              planpress schema --lang en
            """
    )

    @Option(name: .long, help: ArgumentHelp("Language of the descriptions: th (Thai) or en (English).", valueName: "th|en"))
    var lang: Language = .th

    func run() throws {
        Terminal.out(Self.text(language: lang))
    }

    /// The schema as the JSON text `planpress schema` prints.
    static func text(language: Language) -> String {
        String(decoding: json(SubmissionSchema.document(language: language)).serialized(), as: UTF8.self)
    }

    static func json(_ value: SubmissionSchema.Value) -> JSONValue {
        switch value {
        case .string(let s): return .string(s)
        case .integer(let n): return .number(String(n))
        case .bool(let b): return .bool(b)
        case .array(let items): return .array(items.map(json))
        case .object(let pairs): return .object(pairs.map { ($0.key, json($0.value)) })
        }
    }
}
