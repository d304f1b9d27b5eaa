/// Whether a sheet's tab shows (`state` in `workbook.xml`).
public enum SheetVisibility: String, Sendable, Hashable {
    case visible
    /// Hidden, and shown again from Excel's menu.
    case hidden
    /// Hidden, and shown again only from code.
    case veryHidden
}
