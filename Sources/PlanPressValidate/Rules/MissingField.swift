import PlanPressCore
import PlanPressParse

/// PP202: a required field is absent, null or blank. `FieldReader.required` finds it while reading
/// a map; the unit report's `projects` list has a message of its own.
package enum MissingField: DiagnosticRule {
    package static let code = DiagnosticCode.missingField
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "ขาดฟิลด์ที่ต้องกรอก", en: "missing required field")

    /// `name` (the field's full name; `key` as written in its map) is missing at `location`.
    /// `what` describes the field, `help` is the field guide's line about it.
    static func diagnostic(
        _ name: String, key: String, what: LocalizedText?, help: LocalizedText?, at location: SourceLocation
    ) -> Diagnostic {
        make(
            at: location,
            th: "ขาดฟิลด์ที่ต้องกรอก \"\(name)\"\(what.map { " (\($0.th))" } ?? "")",
            en: "missing required field \"\(name)\"\(what.map { " (\($0.en))" } ?? "")",
            hintTH: "เพิ่มบรรทัด \(key): …" + (help.map { " (\($0.th))" } ?? ""),
            hintEN: "add a line \(key): …" + (help.map { " (\($0.en))" } ?? ""))
    }

    /// The unit report has no `projects` list.
    static func projects(at location: SourceLocation) -> Diagnostic {
        make(
            at: location,
            th: "ขาดฟิลด์ที่ต้องกรอก \"projects\" (รายการโครงการ)", en: "missing required field \"projects\" (the list of projects)",
            hintTH: "เพิ่ม projects: แล้วตามด้วยรายการโครงการ (ถ้าไม่มีโครงการ เขียน projects: [])",
            hintEN: "add projects: followed by the projects (write projects: [] when there are none)")
    }
}
