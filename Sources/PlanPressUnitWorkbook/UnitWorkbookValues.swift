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

    /// One row of a table: the parent's id (a project's rows), a value per field, and where in
    /// the document each cell's value and the row's item came from.
    struct Row {
        var parent: String?
        var cells: [Value]
        var sources: [[SourceLocation]] = []
        var item: [SourceLocation] = []
    }

    /// The record sheet's values by field path.
    var record: [String: Value] = [:]
    /// Where each record value came from, by field path.
    var recordSources: [String: [SourceLocation]] = [:]
    /// Each table's rows by its list's path.
    var tables: [String: [Row]] = [:]

    init(document: Node, layout: WorkbookLayout) throws(UnitWorkbookError) {
        if let (path, at) = Self.uncovered(document, layout).first {
            throw .shape(at, "\(path) has no place in the workbook")
        }
        for sheet in layout.sheets {
            switch sheet.shape {
            case .record:
                for field in sheet.fields {
                    if let node = Self.node(document, field.path) {
                        record[field.path] = try Self.value(node, field)
                        recordSources[field.path] = Self.locations(document, field.path)
                    }
                }
            case .table(let path, let parent):
                var rows: [Row] = []
                func row(_ item: Node, parent: String?, key: SourceLocation?) throws(UnitWorkbookError) -> Row {
                    Row(
                        parent: parent, cells: try Self.cells(item, sheet.fields),
                        sources: Self.sources(item, sheet.fields), item: [item.location] + (key.map { [$0] } ?? []))
                }
                if let parent {
                    for item in Self.items(Self.node(document, parent.list)) {
                        let id = Self.node(item, parent.key)?.scalar?.text
                        let key = Self.entry(item, path)?.keyLocation
                        for child in Self.items(Self.node(item, path)) { rows.append(try row(child, parent: id, key: key)) }
                    }
                } else {
                    let key = Self.entry(document, path)?.keyLocation
                    for item in Self.items(Self.node(document, path)) { rows.append(try row(item, parent: nil, key: key)) }
                }
                tables[path] = rows
            }
        }
    }

    /// The fields of `document` that the layout has no cell for (a key the format does not
    /// have), with their places: a workbook could not hold them, so converting would lose them.
    static func uncovered(_ document: Node, _ layout: WorkbookLayout) -> [(String, SourceLocation)] {
        var known: Set<String> = []
        for sheet in layout.sheets {
            switch sheet.shape {
            case .record: known.formUnion(sheet.fields.map(\.path))
            case .table(let path, let parent):
                let prefix = parent.map { "\($0.list)[].\(path)[]." } ?? "\(path)[]."
                known.formUnion(sheet.fields.map { prefix + $0.path })
                known.insert(String(prefix.dropLast()))
                if let parent { known.insert("\(parent.list)[].\(path)") } else { known.insert(path) }
            }
        }
        var out: [(String, SourceLocation)] = []
        func walk(_ node: Node, _ path: String) {
            switch node.value {
            case .scalar: break
            case .sequence(let items): for item in items { walk(item, path + "[]") }
            case .mapping(let entries):
                for entry in entries {
                    let child = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                    // Any name under beneficiaries has its place: a column, or the others' cell.
                    if path.hasSuffix(".beneficiaries") { continue }
                    let isList =
                        known.contains(child) || known.contains(child + "[]")
                        || known.contains { $0.hasPrefix(child + ".") || $0.hasPrefix(child + "[].") }
                    if !isList {
                        out.append((child, entry.keyLocation))
                        continue
                    }
                    walk(entry.value, child)
                }
            }
        }
        walk(document, "")
        return out
    }

    /// Where each cell of a row came from. A list of codes spread over several columns gives each
    /// column its item (the last, the rest); the key and the list itself go to the first.
    static func sources(_ item: Node, _ fields: [WorkbookLayout.Field]) -> [[SourceLocation]] {
        var used: [String: Int] = [:]
        return fields.map { field in
            guard case .codes = field.kind, let entry = entry(item, field.path) else { return locations(item, field.path) }
            let columns = fields.filter { $0.path == field.path }.count
            let n = used[field.path, default: 0]
            used[field.path] = n + 1
            guard case .sequence(let items) = entry.value.value else { return n == 0 ? locations(item, field.path) : [] }
            var out = n == 0 ? [entry.keyLocation, entry.value.location] : []
            if n < items.count { out += n == columns - 1 ? items[n...].map(\.location) : [items[n].location] }
            return out
        }
    }

    /// The places in the document of the value at `path`: the key, the value, and each item of a list.
    static func locations(_ root: Node, _ path: String) -> [SourceLocation] {
        guard let entry = entry(root, path) else { return [] }
        var out = [entry.keyLocation, entry.value.location]
        if case .sequence(let items) = entry.value.value { out += items.map(\.location) }
        if case .mapping(let entries) = entry.value.value { out += entries.flatMap { [$0.keyLocation, $0.value.location] } }
        return out
    }

    /// The entry at a dotted path of mappings.
    static func entry(_ root: Node, _ path: String) -> Entry? {
        var current: Node? = root
        var found: Entry?
        for key in path.split(separator: ".") {
            guard case .mapping(let entries)? = current?.value else { return nil }
            found = entries.first { $0.key == key }
            current = found?.value
        }
        return found
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
        entry(root, path)?.value
    }
}
