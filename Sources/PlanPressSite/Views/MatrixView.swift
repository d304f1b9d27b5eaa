/// A matrix (units or affiliations by plan item) with every cell marked for the audit as
/// `KEY.ROW.COLUMN.projects` / `.allocated`.
struct MatrixView: Encodable {
    var columns: [Column]
    var rows: [Row]

    /// A plan item heading a column.
    struct Column: Encodable {
        var code: String
        var label: String
        var href: String
    }

    /// A row's label and its cells, one per column.
    struct Row: Encodable {
        var label: String
        var cells: [Cell]
    }

    /// The projects of a row that serve a column's item, and their budget.
    struct Cell: Encodable {
        var projects: String
        var allocated: String
        var empty: Bool
        /// The audit's key of the cell.
        var key: String
        var rawProjects: String
        var rawAllocated: String
    }
}
