import PlanPressCore

/// One cell to write: its value and its style.
public struct CellDraft: Sendable, Hashable {
    public var value: Value
    public var style: CellStyle

    /// What a written cell holds.
    public enum Value: Sendable, Hashable {
        /// Nothing (the cell may still have a style, such as an empty input cell).
        case empty
        case text(String)
        /// A number as decimal text (`420000`, `-0.61`, `1.5E-3`), written as given.
        case number(String)
        case bool(Bool)
        /// A day, written as its serial number in the 1900 date system (the style should show a
        /// date: `.date` or `.dateInput`).
        case date(CalendarDate)
        /// A formula (with or without the leading `=`) and, when known, the value it gives, so
        /// that a reader that does not compute sees it (Excel recomputes on opening anyway).
        case formula(String, cached: FormulaResult?)
    }

    /// A formula's saved value.
    public enum FormulaResult: Sendable, Hashable {
        case text(String)
        case number(String)
        case bool(Bool)
    }

    public init(_ value: Value, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// An empty cell.
    public static let empty = CellDraft(.empty)

    /// Text in `style`.
    public static func text(_ text: String, style: CellStyle = .plain) -> CellDraft { CellDraft(.text(text), style: style) }

    /// A number in `style`.
    public static func number(_ text: String, style: CellStyle = .plain) -> CellDraft { CellDraft(.number(text), style: style) }

    /// A date, shown `d/m/yyyy` unless another style is given.
    public static func date(_ date: CalendarDate, style: CellStyle = .date) -> CellDraft { CellDraft(.date(date), style: style) }
}
