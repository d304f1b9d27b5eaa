/// The few looks a written cell can have. Locked cells cannot be edited once the sheet is
/// protected (`SheetProtection`); the `input` styles are unlocked, for the cells a unit fills in.
public enum CellStyle: Int, Sendable, Hashable, CaseIterable {
    /// Excel's default: general format, locked.
    case plain
    /// A column heading: bold, shaded, wrapped, centred vertically, thin border; locked.
    case header
    /// A value the unit may not change: lightly shaded, locked.
    case readOnly
    /// A cell the unit fills in: general format, unlocked.
    case input
    /// An amount, `#,##0.00`, locked.
    case money
    /// An amount the unit fills in, `#,##0.00`, unlocked.
    case moneyInput
    /// A date, `d/m/yyyy`, locked.
    case date
    /// A date the unit fills in, `d/m/yyyy`, unlocked.
    case dateInput
    /// Long text the unit fills in: wrapped, aligned to the top, unlocked.
    case wrappedInput

    /// The index of its format in `styles.xml`'s `cellXfs`: the cases in order.
    var formatIndex: Int { rawValue }

    /// True when the cell stays editable on a protected sheet.
    public var isUnlocked: Bool {
        switch self {
        case .input, .moneyInput, .dateInput, .wrappedInput: return true
        case .plain, .header, .readOnly, .money, .date: return false
        }
    }

    /// True when its number format shows a date.
    public var isDate: Bool { self == .date || self == .dateInput }
}
