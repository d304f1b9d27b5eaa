/// A table of figures over the years compared: a row per year of one code (the province, a unit,
/// a plan item), or a row per code with a column per year; absent years shown as `–`, and the
/// change from the previous year present.
struct HistoryTable: Encodable {
    /// The `id` a chart's `data-table` names.
    var tableID: String
    var caption: String
    /// The first header cell (`ปีงบประมาณ`, `หน่วยงาน`), then the others.
    var corner: String
    var columns: [String]
    var rows: [Row]

    /// A row: its header cell (linked where the code has a page now), what is said of it, and
    /// its cells.
    struct Row: Encodable {
        var rowLabel: String
        var rowHref: String
        var rowLinked: Bool
        /// Which years the code is in (`Presence`'s Thai label), when not in every year.
        var rowNote: String
        var rowHasNote: Bool
        /// The report's own year (its figures are marked elsewhere on the page).
        var isCurrent: Bool
        var cells: [Cell]
    }

    /// A cell: its marked figures (a figure, or the three counts of indicator results), `–` for a
    /// year the code was not in, or empty (a change the row does not give).
    struct Cell: Encodable {
        var parts: [YearFigure]
        var absent: Bool
    }
}
