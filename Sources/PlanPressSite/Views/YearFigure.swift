/// A figure of the years compared: an earlier year's figure, marked for the audit
/// (`history.2568.total.projects`), a change from the previous year present, marked too
/// (`change.total.projects`), or this year's figure (marked elsewhere on its page), as shown and in
/// its plain form.
struct YearFigure: Encodable {
    /// What stands before the figure: `+` before a rise (a fall's `-` is in `shown`), ` / `
    /// between the counts of indicators in one cell, else nothing.
    var before: String
    /// Whether the figure is marked under `key`.
    var marked: Bool
    var key: String
    var raw: String
    var shown: String
    /// What follows it: the year a change is from, when that is not the year just before.
    var after: String
}
