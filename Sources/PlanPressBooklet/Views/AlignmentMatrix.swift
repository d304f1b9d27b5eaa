import PlanPressTemplates

/// A matrix of the site's alignment page in a section of part ๔.
struct AlignmentMatrixSection: Encodable, Sendable {
    let isMatrix = true
    var matrix: AlignmentMatrix
}

/// Projects and budget by row (a unit, an affiliation) and column (a strategy), as the site's
/// matrices show them.
struct AlignmentMatrix: Encodable, Sendable {
    var columns: [ItemLabel]
    var rows: [MatrixRow]
}

/// A row of a matrix.
struct MatrixRow: Encodable, Sendable {
    var label: String
    var cells: [MatrixCell]
}

/// A cell of a matrix, with the same audit key as the site's (`KEY.ROW.COLUMN`).
struct MatrixCell: Encodable, Sendable {
    var projects: String
    var allocated: String
    /// No project: the cell shows a dash.
    var empty: Bool
    var key: String
    var rawProjects: String
    var rawAllocated: String
}
