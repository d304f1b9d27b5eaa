import PlanPressCore
import PlanPressParse

/// The layout of the unit workbook (`planpress new unit --format xlsx`): which sheet, column and
/// row hold each field of `planpress/unit-report/1`. Headers and prompts come from the field
/// catalogue (`SkeletonField`), so the workbook, the skeleton and the schema say the same.
public enum UnitWorkbookLayout {
    public typealias Field = WorkbookLayout.Field
    public typealias Choice = WorkbookLayout.Choice

    /// The sheets' names.
    public static let unitSheet = "หน่วยงาน"
    public static let projectsSheet = "โครงการ"
    public static let indicatorsSheet = "ตัวชี้วัดโครงการ"
    public static let evidenceSheet = "หลักฐาน"
    public static let resultsSheet = "ผลตัวชี้วัดของแผน"
    /// The names of the code lists the dropdowns offer (sheet `รายการ` of the written workbook).
    public static let strategyCodes = "strategies"
    public static let indicatorCodes = "indicators"
    public static let affiliationCodes = "affiliations"
    public static let districtCodes = "districts"
    /// How many columns the written workbook gives `strategies` and `also_supports`, each with its
    /// dropdown; a cell may also hold several codes, separated by commas.
    public static let strategyColumns = 3
    public static let alsoSupportsColumns = 2

    public static let statusChoices = ProjectStatus.allCases.map { Choice($0.rawValue, $0.thai) }
    public static let sourceChoices = BudgetSource.allCases.map { Choice($0.rawValue, $0.thai) }
    public static let kindChoices = [Choice("quantitative", "เชิงปริมาณ"), Choice("qualitative", "เชิงคุณภาพ")]
    public static let directionChoices = [Choice("increase", "ยิ่งมากยิ่งดี"), Choice("decrease", "ยิ่งน้อยยิ่งดี")]
    public static let achievedChoices = [Choice("true", "บรรลุ"), Choice("false", "ไม่บรรลุ")]

    /// A field whose header and prompt are the catalogue's for `catalogue` (the path with `[]`).
    static func field(
        _ path: String, _ catalogue: String, _ kind: WorkbookLayout.Kind, width: Int = 16, suffix: String = "",
        header: LocalizedText? = nil
    ) -> Field {
        let entry = SkeletonField.named(catalogue)
        let label = header ?? entry?.label ?? LocalizedText(th: path, en: path)
        // Of several columns for one list, the first is the one to fill.
        let required = (entry?.required ?? false) && (suffix.isEmpty || suffix == " 1")
        return Field(
            path, LocalizedText(th: label.th + suffix, en: label.en + suffix), kind, required: required,
            help: entry?.help ?? LocalizedText(th: "", en: ""), width: width)
    }

    /// The layout.
    public static let layout = WorkbookLayout(sheets: [
        .init(
            name: unitSheet, shape: .record,
            fields: [
                field("format", "format", .text),
                field("fiscal_year", "fiscal_year", .number),
                field("unit.id", "unit.id", .text),
                field("unit.name", "unit.name", .text),
                field("unit.short_name", "unit.short_name", .text),
                field("unit.affiliation", "unit.affiliation", .code(list: affiliationCodes)),
                field("unit.district", "unit.district", .code(list: districtCodes)),
                field("unit.contact.name", "unit.contact.name", .text),
                field("unit.contact.position", "unit.contact.position", .text),
                field("unit.contact.phone", "unit.contact.phone", .text),
                field("unit.contact.email", "unit.contact.email", .text),
                field("submitted_on", "submitted_on", .date),
                field("approved_by.name", "approved_by.name", .text),
                field("approved_by.position", "approved_by.position", .text),
                field("summary", "summary", .paragraph),
            ]),
        .init(
            name: projectsSheet, shape: .table(path: "projects", parent: nil), emptyIsList: true,
            fields: [
                field("id", "projects[].id", .text, width: 12),
                field("name", "projects[].name", .text, width: 40),
            ]
                + (1...strategyColumns).map {
                    field("strategies", "projects[].strategies", .codes(list: strategyCodes), width: 18, suffix: " \($0)")
                }
                + (1...alsoSupportsColumns).map {
                    field("also_supports", "projects[].also_supports", .codes(list: strategyCodes), width: 18, suffix: " \($0)")
                }
                + [
                    field("status", "projects[].status", .choice(statusChoices), width: 20),
                    field("period.start", "projects[].period.start", .date, width: 14),
                    field("period.end", "projects[].period.end", .date, width: 14),
                    field("lead", "projects[].lead", .text, width: 24),
                    field("budget.allocated", "projects[].budget.allocated", .money, width: 18),
                    field("budget.spent", "projects[].budget.spent", .money, width: 18),
                    field("budget.source", "projects[].budget.source", .choice(sourceChoices), width: 22),
                    field("objectives", "projects[].objectives", .lines, width: 40),
                    field("beneficiaries.students", "projects[].beneficiaries.students", .number, width: 12),
                    field("beneficiaries.teachers", "projects[].beneficiaries.teachers", .number, width: 12),
                    field("beneficiaries.schools", "projects[].beneficiaries.schools", .number, width: 12),
                    field(
                        "beneficiaries.people", "projects[].beneficiaries.people", .number, width: 12,
                        header: LocalizedText(th: "จำนวนประชาชน", en: "number of people")),
                    field(
                        "beneficiaries", "projects[].beneficiaries", .counts, width: 24,
                        header: LocalizedText(th: "ผู้ได้รับประโยชน์อื่น (ชื่อ: จำนวน)", en: "other beneficiaries (name: count)")),
                    field("results", "projects[].results", .paragraph, width: 48),
                    field("problems", "projects[].problems", .lines, width: 36),
                    field("suggestions", "projects[].suggestions", .lines, width: 36),
                ]),
        .init(
            name: indicatorsSheet, shape: .table(path: "indicators", parent: projectParent),
            fields: [
                field("name", "projects[].indicators[].name", .text, width: 40),
                field("kind", "projects[].indicators[].kind", .choice(kindChoices), width: 14),
                field("unit", "projects[].indicators[].unit", .text, width: 12),
                field("target", "projects[].indicators[].target", .text, width: 14),
                field("actual", "projects[].indicators[].actual", .text, width: 14),
                field("direction", "projects[].indicators[].direction", .choice(directionChoices), width: 16),
                field("achieved", "projects[].indicators[].achieved", .choice(achievedChoices), width: 14),
                field("contributes_to", "projects[].indicators[].contributes_to", .code(list: indicatorCodes), width: 18),
            ]),
        .init(
            name: evidenceSheet, shape: .table(path: "evidence", parent: projectParent),
            fields: [
                field("title", "projects[].evidence[].title", .text, width: 36),
                field("url", "projects[].evidence[].url", .text, width: 40),
                field("file", "projects[].evidence[].file", .text, width: 30),
            ]),
        .init(
            name: resultsSheet, shape: .table(path: "indicator_results", parent: nil),
            fields: [
                field("code", "indicator_results[].code", .code(list: indicatorCodes), width: 18),
                field("value", "indicator_results[].value", .number, width: 14),
                field("numerator", "indicator_results[].numerator", .number, width: 14),
                field("denominator", "indicator_results[].denominator", .number, width: 14),
                field("note", "indicator_results[].note", .text, width: 40),
                field("as_of", "indicator_results[].as_of", .date, width: 14),
            ]),
    ])

    /// The column of the project rows' tables that names their project.
    static let projectParent = WorkbookLayout.Parent(
        list: "projects", key: "id",
        header: SkeletonField.named("projects[].id")?.label ?? LocalizedText(th: "รหัสโครงการ", en: "project id"))
}
