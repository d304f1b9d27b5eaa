/// What a cell holds, as the workbook stored it. A formula's cell holds the value the program
/// that saved it computed (its cached value), or `formulaWithoutValue` when none was saved.
public enum CellValue: Sendable, Hashable {
    /// Text (shared, inline, or a formula's text result), never empty.
    case text(String)
    /// A number as written in the XML (`420000`, `0.61`, `1.5E-3`): no rounding through `Double`.
    /// A date is a number too (a serial day; see `Cell.isDateFormatted` and `DateSystem`).
    case number(String)
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
    /// A formula whose result was not saved (a file written by a program that does not compute,
    /// or saved without recalculating): the caller cannot know the value.
    case formulaWithoutValue
}
