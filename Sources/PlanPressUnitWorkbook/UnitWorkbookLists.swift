import PlanPressCore
import PlanPressParse
import PlanPressSpreadsheet
import PlanPressValidate

/// The sheet of lists the dropdowns offer (`รายการ`): one column per list, a header, then the
/// items; a code's item is `code – name`, and a cell read back keeps the code.
struct UnitWorkbookLists {
    static let sheetName = "รายการ"

    /// One column of the sheet.
    struct Column {
        var key: String
        var header: String
        var items: [String]
    }

    var columns: [Column]

    init(site: SiteConfig?, framework: PlanFramework) {
        func coded(_ code: String, _ name: String) -> String { code + WorkbookLayout.codeNameSeparator + name }
        let primary = site.flatMap { framework.plan($0.primaryPlan) } ?? framework.plans.first
        let strategies = primary?.flattenedItems.map { coded($0.code, $0.name) } ?? []
        let others = framework.plans.filter { $0.id != primary?.id }.flatMap { $0.flattenedItems.map { coded($0.code, $0.name) } }
        let indicators = framework.allIndicators.map { coded($0.code, $0.name) }
        columns = [
            Column(key: "status", header: "สถานะโครงการ", items: UnitWorkbookLayout.statusChoices.map(\.label)),
            Column(key: "source", header: "แหล่งงบประมาณ", items: UnitWorkbookLayout.sourceChoices.map(\.label)),
            Column(key: "kind", header: "ชนิดตัวชี้วัด", items: UnitWorkbookLayout.kindChoices.map(\.label)),
            Column(key: "direction", header: "ทิศทาง", items: UnitWorkbookLayout.directionChoices.map(\.label)),
            Column(key: "achieved", header: "ผลว่าบรรลุหรือไม่", items: UnitWorkbookLayout.achievedChoices.map(\.label)),
            Column(
                key: UnitWorkbookLayout.affiliationCodes, header: "สังกัด",
                items: site?.affiliations.map { coded($0.code, $0.name) } ?? []),
            Column(key: UnitWorkbookLayout.districtCodes, header: "อำเภอ", items: site?.districts.map { coded($0.code, $0.name) } ?? []),
            Column(key: UnitWorkbookLayout.strategyCodes, header: "รหัสยุทธศาสตร์ของแผนจังหวัด", items: strategies),
            Column(key: "plans", header: "รหัสแผนอื่น", items: strategies + others),
            Column(key: UnitWorkbookLayout.indicatorCodes, header: "รหัสตัวชี้วัดของแผน", items: indicators),
        ]
    }

    /// The range of a list's items, as a data validation names it (`'รายการ'!$H$2:$H$40`); nil
    /// for an empty list.
    func range(_ key: String) -> String? {
        guard let index = columns.firstIndex(where: { $0.key == key }), !columns[index].items.isEmpty else { return nil }
        let letter = SourceLocation.columnName(index + 1)
        return "'\(Self.sheetName)'!$\(letter)$2:$\(letter)$\(columns[index].items.count + 1)"
    }

    /// The list a choice field offers.
    static func key(for choices: [WorkbookLayout.Choice]) -> String {
        switch choices {
        case UnitWorkbookLayout.statusChoices: return "status"
        case UnitWorkbookLayout.sourceChoices: return "source"
        case UnitWorkbookLayout.kindChoices: return "kind"
        case UnitWorkbookLayout.directionChoices: return "direction"
        default: return "achieved"
        }
    }

    var sheet: SheetDraft {
        let height = columns.map(\.items.count).max() ?? 0
        var rows: [[CellDraft]] = [columns.map { .text($0.header, style: .header) }]
        for i in 0..<height {
            rows.append(columns.map { i < $0.items.count ? .text($0.items[i], style: .readOnly) : .empty })
        }
        var widths: [Int: Double] = [:]
        for (i, c) in columns.enumerated() { widths[i + 1] = Double(min(60, max(16, (c.items.map(\.count).max() ?? 0) + 2))) }
        return SheetDraft(name: Self.sheetName, rows: rows, columnWidths: widths, frozenRows: 1, protection: SheetProtection())
    }
}
