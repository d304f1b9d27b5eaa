import PlanPressCore
import PlanPressParse
import PlanPressValidate

/// A document's values placed as the layout places them: the inverse of `WorkbookDocumentReader`,
/// so that a workbook written from a document reads back as that document.
struct UnitWorkbookValues {
    /// What one cell holds.
    enum Value: Equatable {
        case empty
        case text(String)
        case number(String)
        case date(CalendarDate)
    }

    /// One row of a table: the parent's id (a project's rows) and a value per field.
    struct Row {
        var parent: String?
        var cells: [Value]
    }

    /// The record sheet's values by field path.
    var record: [String: Value] = [:]
    /// Each table's rows by its list's path.
    var tables: [String: [Row]] = [:]

    init(document: Node, layout: WorkbookLayout) throws(UnitWorkbookError) {
        for sheet in layout.sheets {
            switch sheet.shape {
            case .record:
                for field in sheet.fields {
                    if let node = Self.node(document, field.path) { record[field.path] = try Self.value(node, field) }
                }
            case .table(let path, let parent):
                var rows: [Row] = []
                if let parent {
                    for item in Self.items(Self.node(document, parent.list)) {
                        let id = Self.node(item, parent.key)?.scalar?.text
                        for child in Self.items(Self.node(item, path)) {
                            rows.append(Row(parent: id, cells: try Self.cells(child, sheet.fields)))
                        }
                    }
                } else {
                    for item in Self.items(Self.node(document, path)) { rows.append(Row(cells: try Self.cells(item, sheet.fields))) }
                }
                tables[path] = rows
            }
        }
    }

    /// A table row's cells. Fields sharing a path (the strategy columns) share its list: one item
    /// per column, and the last column holds the rest, separated by commas.
    static func cells(_ item: Node, _ fields: [WorkbookLayout.Field]) throws(UnitWorkbookError) -> [Value] {
        var out: [Value] = []
        var used: [String: Int] = [:]
        for field in fields {
            guard let node = node(item, field.path) else {
                out.append(.empty)
                continue
            }
            switch field.kind {
            case .codes:
                let columns = fields.filter { $0.path == field.path }.count
                let n = used[field.path, default: 0]
                used[field.path] = n + 1
                let codes = try texts(node)
                if n >= codes.count {
                    out.append(.empty)
                } else if n == columns - 1 {
                    out.append(.text(codes[n...].joined(separator: ", ")))
                } else {
                    out.append(.text(codes[n]))
                }
            case .counts:
                // The names without a column of their own.
                let own = Set(
                    fields.map(\.path).filter { $0.hasPrefix(field.path + ".") }.map { String($0.dropFirst(field.path.count + 1)) })
                guard case .mapping(let entries) = node.value else { throw .shape(node.location, "beneficiaries is not a map") }
                let lines = entries.filter { !own.contains($0.key) }.map { "\($0.key): \($0.value.scalar?.text ?? "")" }
                out.append(lines.isEmpty ? .empty : .text(lines.joined(separator: "\n")))
            default:
                out.append(try value(node, field))
            }
        }
        return out
    }

    /// One field's cell.
    static func value(_ node: Node, _ field: WorkbookLayout.Field) throws(UnitWorkbookError) -> Value {
        if node.isNull { return .empty }
        switch field.kind {
        case .lines:
            return .text(try texts(node).joined(separator: "\n"))
        case .codes:
            return .text(try texts(node).joined(separator: ", "))
        default: break
        }
        guard let s = node.scalar else { throw .shape(node.location, "\(field.path) holds a list or a map, where a value belongs") }
        switch field.kind {
        case .choice(let choices):
            if let c = choices.first(where: { $0.code == s.text }) { return .text(c.label) }
            return .text(s.text)
        case .date:
            if let date = isoBuddhistEra(s.text) { return .date(date) }
            return .text(s.text)
        case .number, .money:
            return s.isString || Double(s.text) == nil ? .text(s.text) : .number(s.text)
        default:
            return s.isString || Double(s.text) == nil ? .text(s.text) : .number(s.text)
        }
    }

    /// `2569-10-20` (a Buddhist Era year, as the reader writes dates back) as a calendar date.
    static func isoBuddhistEra(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), y >= 2400
        else { return nil }
        return CalendarDate(beYear: y, month: m, day: d)
    }

    static func texts(_ node: Node) throws(UnitWorkbookError) -> [String] {
        switch node.value {
        case .scalar(let s): return [s.text]
        case .sequence(let items):
            var out: [String] = []
            for item in items {
                guard let s = item.scalar else { throw .shape(item.location, "a list item that is not a value") }
                out.append(s.text)
            }
            return out
        case .mapping: throw .shape(node.location, "a map where a list belongs")
        }
    }

    static func items(_ node: Node?) -> [Node] {
        if case .sequence(let items)? = node?.value { return items }
        return []
    }

    /// The node at a dotted path of mappings.
    static func node(_ root: Node, _ path: String) -> Node? {
        var current: Node? = root
        for key in path.split(separator: ".") {
            guard case .mapping(let entries)? = current?.value else { return nil }
            current = entries.first { $0.key == key }?.value
        }
        return current
    }
}
