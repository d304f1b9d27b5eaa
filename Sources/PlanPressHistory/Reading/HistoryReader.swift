import Foundation
import PlanPressCore
import PlanPressValidate

/// Reads `content/history/`: one folder per earlier year, named by its BE fiscal year, holding
/// that year's published `report.json`. Every entry is accounted for: a year's report read, or a
/// located diagnostic (an error for anything that may hold a year, a warning for a stray file).
public struct HistoryReader: Sendable {
    /// The folder under `content/`.
    public static let folderName = "history"
    /// The file each year's folder holds.
    public static let reportName = "report.json"
    /// The largest `report.json` read: 64 MiB. A province's report is far below it (the sample,
    /// 14 units, is 0.6 MB; 250 units of 16 projects, a region, about 27 MB); the national corpus's
    /// 2,500 units, 273 MB, is refused (README, "History").
    public static let maximumBytes = 64 * 1024 * 1024

    public var contentURL: URL
    public var displayBase: URL
    public var engine: DiagnosticEngine
    public var maximumBytes: Int

    public init(contentURL: URL, displayBase: URL, engine: DiagnosticEngine, maximumBytes: Int = Self.maximumBytes) {
        self.contentURL = contentURL.standardizedFileURL
        self.displayBase = displayBase.standardizedFileURL
        self.engine = engine
        self.maximumBytes = maximumBytes
    }

    /// Every year of the history, checked against site.yaml's fiscal year and province; without
    /// a site (its own errors stop the build) nothing can be checked, and nothing is read.
    public func read(site: SiteConfig?) -> (History, [Diagnostic]) {
        let folder = contentURL.appendingPathComponent(Self.folderName)
        let files = ContentValidator(contentURL: contentURL, displayBase: displayBase, engine: engine)
        guard let site, files.isDirectory(folder) else { return (History(), []) }
        var diagnostics: [Diagnostic] = []
        var years: [(year: Int, url: URL)] = []
        for url in files.sortedChildren(folder) {
            let name = url.lastPathComponent
            let path = files.display(url)
            if files.isDirectory(url) {
                guard let year = Self.year(name) else {
                    diagnostics.append(HistoryFolder.notAYear(name, path: path))
                    continue
                }
                guard year < site.fiscalYear else {
                    diagnostics.append(HistoryFolder.notEarlier(year, fiscalYear: site.fiscalYear, path: path))
                    continue
                }
                years.append((year, url))
            } else if name.uppercased().hasPrefix("README") {
                continue
            } else if url.pathExtension.lowercased() == "json" {
                diagnostics.append(HistoryFolder.outsideYearFolder(path: path))
            } else {
                diagnostics.append(HistoryStrayFile.diagnostic(path: path))
            }
        }
        let maximumBytes = self.maximumBytes
        let read = Parallel.map(years) { entry -> (HistoryYear?, [Diagnostic]) in
            let url = entry.url.appendingPathComponent(Self.reportName)
            let path = files.display(url)
            guard FileManager.default.fileExists(atPath: url.path) else {
                return (nil, [HistoryUnreadable.missing(year: entry.year, path: files.display(entry.url))])
            }
            // A file over the limit is refused before it is read.
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            if size > maximumBytes {
                return (nil, [HistoryUnreadable.tooLarge(byteCount: size, limit: maximumBytes, path: path)])
            }
            guard let bytes = Self.bytes(url) else { return (nil, [HistoryUnreadable.unreadable(path: path)]) }
            let reader = HistoryReportReader(year: entry.year, path: path, province: site.province, maximumBytes: maximumBytes)
            return reader.read(bytes)
        }
        for (_, d) in read { diagnostics += d }
        return (History(years: read.compactMap(\.0)), engine.apply(Diagnostic.sorted(diagnostics)))
    }

    /// The file's bytes; the `Data` they were read into is gone when this returns, so a large
    /// report is held once while it is parsed.
    static func bytes(_ url: URL) -> [UInt8]? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return [UInt8](data)
    }

    /// The BE year a folder's name is: four ASCII digits in 2500–2700.
    static func year(_ name: String) -> Int? {
        guard name.utf8.count == 4, name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(name), (2500...2700).contains(year)
        else { return nil }
        return year
    }
}
