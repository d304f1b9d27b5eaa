/// The most an `XLSXReader` reads of a workbook before it stops with an error: a unit's workbook
/// is untrusted input, and each limit keeps a hostile file (a zip bomb, a million rows, a huge
/// cell) to a bounded time and memory. The defaults are far above what a plan's workbook holds.
public struct XLSXLimits: Sendable, Hashable {
    /// The size of the .xlsx file itself. Default 50 MB.
    public var maxFileBytes: Int = 50_000_000
    /// Entries in the zip (parts, folders). Default 1,000; a workbook has a few dozen.
    public var maxEntries: Int = 1_000
    /// The uncompressed size of one entry, declared and actual. Default 30 MB.
    public var maxEntryBytes: Int = 30_000_000
    /// The uncompressed size of every entry read, together. Default 50 MB.
    public var maxTotalBytes: Int = 50_000_000
    /// The largest ratio of uncompressed to compressed size, for entries larger than
    /// `compressionRatioThreshold`. Default 100 (XML compresses about 10:1; a bomb, 1000:1).
    public var maxCompressionRatio: Int = 100
    /// The uncompressed size from which `maxCompressionRatio` applies. Default 1 MB.
    public var compressionRatioThreshold: Int = 1_000_000
    /// Sheets in the workbook. Default 250.
    public var maxSheets: Int = 250
    /// The highest row number read in one sheet. Default 100,000.
    public var maxRows: Int = 100_000
    /// Non-empty cells read in the whole workbook. Default 2,000,000.
    public var maxCells: Int = 2_000_000
    /// The characters (UTF-16 code units, as Excel counts) of one cell. Default 32,767, Excel's
    /// own limit.
    public var maxCellCharacters: Int = 32_767
    /// Entries of the shared strings table. Default 1,000,000.
    public var maxSharedStrings: Int = 1_000_000

    /// The defaults.
    public init() {}

    /// The defaults.
    public static let standard = XLSXLimits()
}
