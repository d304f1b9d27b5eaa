/// A workbook as read by `XLSXReader`: its sheets in the order of their tabs, and the date system
/// its serial dates count in.
public struct Workbook: Sendable, Hashable {
    public var sheets: [Sheet]
    public var dateSystem: DateSystem

    public init(sheets: [Sheet], dateSystem: DateSystem = .from1900) {
        self.sheets = sheets
        self.dateSystem = dateSystem
    }

    /// The sheet named `name` (as Excel compares names: ignoring case), or nil.
    public func sheet(named name: String) -> Sheet? {
        let key = name.lowercased()
        return sheets.first { $0.name.lowercased() == key }
    }
}
