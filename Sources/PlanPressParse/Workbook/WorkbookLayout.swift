import PlanPressCore

/// How a workbook holds a document tree: which sheet holds which part, and which column (or, on
/// a record sheet, which row) holds which field. The reader and the writer of unit workbooks both
/// follow one layout, so a workbook written out reads back as the document it was made from.
///
/// The layout is data: the submission format's layout is made in PlanPressValidate from its field
/// catalogue, so the workbook's headers say what the skeleton and the schema say.
public struct WorkbookLayout: Sendable {
    /// The sheets holding the document, in tab order.
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// One sheet of the layout.
    public struct Sheet: Sendable {
        /// The tab's name (Thai, at most 31 characters).
        public var name: String
        /// What the sheet holds.
        public var shape: Shape
        /// The fields, in column order (a table) or row order (a record).
        public var fields: [Field]
        /// Whether a table without rows is an empty list (`projects: []`) rather than no list.
        public var emptyIsList: Bool

        public init(name: String, shape: Shape, emptyIsList: Bool = false, fields: [Field]) {
            self.name = name
            self.shape = shape
            self.fields = fields
            self.emptyIsList = emptyIsList
        }
    }

    /// What a sheet holds.
    public enum Shape: Sendable, Equatable {
        /// Label | value rows, a field each, its path from the document's root (`unit.name`).
        case record
        /// A header row, then a row per item of the list at `path` (`projects`), each field's path
        /// from the item. With `parent`, the list belongs to the items of another table's list, and
        /// the `parent` column holds the id of the item each row belongs to.
        case table(path: String, parent: Parent?)
    }

    /// A table whose rows belong to the items of another list: `indicators` of `projects`, found
    /// by the project's `id`.
    public struct Parent: Sendable, Equatable {
        /// The parent list's path (`projects`).
        public var list: String
        /// The parent item's key that the rows name (`id`).
        public var key: String
        /// The column's header.
        public var header: LocalizedText

        public init(list: String, key: String, header: LocalizedText) {
            self.list = list
            self.key = key
            self.header = header
        }
    }

    /// One field: its place in the tree, its header and how its cell is read and written.
    public struct Field: Sendable {
        /// The field's path from the row's item (table) or from the root (record): `budget.allocated`.
        public var path: String
        /// The header (table) or the label (record); either language is read back.
        public var header: LocalizedText
        public var kind: Kind
        /// Whether the format requires it (the header is marked, and the writer says so).
        public var required: Bool
        /// What to write, shown as the cell's input prompt.
        public var help: LocalizedText
        /// The column's width, in characters.
        public var width: Int

        public init(
            _ path: String, _ header: LocalizedText, _ kind: Kind, required: Bool = false, help: LocalizedText = .init(th: "", en: ""),
            width: Int = 16
        ) {
            self.path = path
            self.header = header
            self.kind = kind
            self.required = required
            self.help = help
            self.width = width
        }
    }

    /// How a field's cell is read (into scalars of the tree) and written.
    public enum Kind: Sendable, Equatable {
        /// One line of text.
        case text
        /// Text of several lines (Markdown): the cell's text as it is.
        case paragraph
        /// A list of texts, one per line of the cell.
        case lines
        /// A number (a count, a target, a value).
        case number
        /// Baht, with two decimals.
        case money
        /// A date: a date cell, or text (`2569-10-20`, `20 ต.ค. 2569`).
        case date
        /// A list of codes: this column and the others with the same path, one code or several
        /// (separated by commas, spaces or lines) per cell. `list` names the codes offered.
        case codes(list: String)
        /// One code: `list` names the codes offered.
        case code(list: String)
        /// One of a few values, shown by their Thai names.
        case choice([Choice])
        /// A map of names to counts, one `name: count` per line (the beneficiaries other than the
        /// ones with a column of their own).
        case counts
    }

    /// A value of a `choice` field: the code the tree holds and the name the cell shows.
    public struct Choice: Sendable, Equatable {
        public var code: String
        public var label: String

        public init(_ code: String, _ label: String) {
            self.code = code
            self.label = label
        }
    }

    /// Between a code and its name in a dropdown's item (`SPE.S3 – ยุทธศาสตร์ที่ 3`); a cell read
    /// back keeps the code before it.
    public static let codeNameSeparator = " – "

    /// The sheet named `name`.
    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }
}
