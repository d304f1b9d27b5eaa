/// One code's figures over the years (the province's, a unit's, a plan item's): the table of a
/// row per year with the change from the previous year present, the chart of its budget by year,
/// and which years it is in.
struct YearsView: Encodable {
    var table: HistoryTable
    var chart: String
    /// `Presence`'s Thai label.
    var presence: String
}
