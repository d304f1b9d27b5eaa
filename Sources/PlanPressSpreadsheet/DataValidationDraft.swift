/// A drop-down list on a range of cells: the unit picks a value from a list, given inline or as
/// a range of another sheet.
public struct DataValidationDraft: Sendable, Hashable {
    /// Where the list's values come from.
    public enum Source: Sendable, Hashable {
        /// The values themselves (written `"a,b,c"`: together at most 255 characters, and no
        /// value may hold a comma, as Excel requires).
        case values([String])
        /// A formula giving the values, such as `'รายการ'!$A$2:$A$40` or a defined name.
        case formula(String)
    }

    /// A title (at most 32 characters) and a message (at most 255), as Excel allows.
    public struct Message: Sendable, Hashable {
        public var title: String
        public var text: String

        public init(title: String, text: String) {
            self.title = title
            self.text = text
        }
    }

    /// The cells it applies to, such as `F2:F1000`.
    public var ranges: [CellRange]
    public var source: Source
    /// True when a cell may be left empty.
    public var allowBlank: Bool
    /// Shown when a cell of the range is selected.
    public var prompt: Message?
    /// Shown when a value not in the list is typed; the value is refused.
    public var error: Message?
    /// True: a value outside the list is refused (`stop`); false: the program warns and lets the
    /// value stand (`warning`), for cells that may hold several codes.
    public var isStrict = true

    public init(ranges: [CellRange], source: Source, allowBlank: Bool = true, prompt: Message? = nil, error: Message? = nil) {
        self.ranges = ranges
        self.source = source
        self.allowBlank = allowBlank
        self.prompt = prompt
        self.error = error
    }
}
