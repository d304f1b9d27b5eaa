/// A sheet's protection: locked cells cannot be edited, unlocked cells (`CellStyle.isUnlocked`)
/// can, and the actions marked allowed stay possible.
///
/// In the file each action is an attribute saying whether it is *protected*: `insertRows="0"`
/// means rows may be inserted. The properties here say what is allowed, the way round a person
/// thinks of it.
public struct SheetProtection: Sendable, Hashable {
    public var allowInsertRows = true
    public var allowDeleteRows = true
    public var allowFormatColumns = true
    public var allowFormatRows = true
    public var allowFormatCells = false
    public var allowInsertColumns = false
    public var allowDeleteColumns = false
    public var allowSort = false
    public var allowAutoFilter = false
    public var allowSelectLockedCells = true
    /// A password to unprotect with, stored as Excel's legacy 16-bit hash: it keeps a hurried
    /// hand from unprotecting, not anyone who wants to. Nil: unprotected with one click.
    public var password: String?

    /// Rows may be inserted and deleted and columns resized; nothing else but editing unlocked
    /// cells.
    public init(password: String? = nil) {
        self.password = password
    }

    /// Excel's legacy password hash (ECMA-376 Part 4, 14.7.1), as four hex digits.
    static func legacyHash(_ password: String) -> String {
        let bytes = Array(password.utf8.prefix(15))
        var hash: UInt16 = 0
        for b in bytes.reversed() {
            hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF)
            hash ^= UInt16(b)
        }
        hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF)
        hash ^= UInt16(bytes.count)
        hash ^= 0xCE4B
        let hex = String(hash, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - hex.count) + hex
    }
}
