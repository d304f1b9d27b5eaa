import PlanPressAlign
import PlanPressCore
import PlanPressHistory
import PlanPressPublish

/// The comparer: what each channel states against the figures as they were computed.
extension ChannelAudit {
    /// Compares every channel present in `files` with the figures `reader` holds.
    public static func check(_ reader: Reader, files: [OutputFile]) -> [Mismatch] {
        var statements: [String: Statement] = [:]
        for file in files where statements[file.path] == nil {
            if let statement = reader.statement(file) { statements[file.path] = statement }
        }
        return check(reader, statements: statements)
    }

    /// Compares what every channel's files state (by path) with the figures `reader` holds.
    public static func check(_ reader: Reader, statements: [String: Statement]) -> [Mismatch] {
        let figures = reader.figures
        let indicators = reader.indicators
        var mismatches: [Mismatch] = []
        func compare(_ channel: String, _ stated: [String: String], required: (String) -> Bool) {
            for (key, expected) in figures.values {
                let found = stated[key]
                if found == nil && !required(key) { continue }
                if found != expected { mismatches.append(Mismatch(channel: channel, key: key, expected: expected, found: found)) }
            }
        }
        let all: (String) -> Bool = { _ in true }
        if let csv = statements[OutputPath.projectsCSV] {
            compare(OutputPath.projectsCSV, csv.stated, required: { !$0.hasPrefix("strategy.") })
        }
        let alignment = figures.alignment
        let gapKeys = alignment.planKeys.map { $0.replacingOccurrences(of: ".several", with: ".gaps") }
        if let csv = statements[OutputPath.alignmentCSV] {
            compare(OutputPath.alignmentCSV, csv.stated, required: { $0.hasPrefix("strategy.") })
            mismatches += compareAlignment(OutputPath.alignmentCSV, csv.stated, alignment, required: alignment.itemKeys + gapKeys)
        }
        for channel in [OutputPath.reportJSON, OutputPath.reportXML] {
            guard let data = statements[channel] else { continue }
            compare(channel, data.stated, required: all)
            mismatches += compareAlignment(
                channel, data.stated, alignment, required: alignment.itemKeys + alignment.planKeys + gapKeys)
            mismatches += compareIndicators(channel, data.stated, indicators, required: indicators.keys + indicators.grades)
        }
        if let csv = statements[OutputPath.strategicIndicatorsCSV] {
            mismatches += compareIndicators(
                OutputPath.strategicIndicatorsCSV, csv.stated, indicators, required: indicators.summary + indicators.grades)
        }
        mismatches += checkAlignmentPages(alignment, indicators, statements: statements)
        if let html = statements[OutputPath.home] {
            compare(
                OutputPath.home, html.stated,
                required: { key in
                    key.hasPrefix("total.") || key.hasSuffix(".projects") || key.hasSuffix(".allocated") || key.hasSuffix(".spent")
                })
            mismatches += html.shown.map {
                Mismatch(channel: OutputPath.home + " (as shown)", key: $0.key, expected: $0.value, found: $0.shown)
            }
        }
        if let html = statements[OutputPath.bookletHTML] {
            compare(OutputPath.bookletHTML, html.stated, required: { $0.hasPrefix("total.") })
            // Part ๔'s matrices: every cell with projects, as on the site's analysis page.
            let cells = alignment.values.filter { $0.key.hasPrefix("matrix.") && $0.key.hasSuffix(".projects") && $0.value != "0" }
                .keys.flatMap { [$0, String($0.dropLast(".projects".count)) + ".allocated"] }.sorted()
            mismatches += compareAlignment(OutputPath.bookletHTML, html.stated, alignment, required: cells)
            // Part ๔: every strategic indicator's value, units, grade and contributing entries.
            mismatches += compareIndicators(OutputPath.bookletHTML, html.stated, indicators, required: indicators.keys + indicators.grades)
            mismatches += html.shown.map {
                Mismatch(channel: OutputPath.bookletHTML + " (as shown)", key: $0.key, expected: $0.value, found: $0.shown)
            }
        }
        mismatches += checkHistoryAndBands(reader, statements: statements)
        mismatches += checkRatingLabels(indicators, statements: statements)
        return mismatches
    }

    /// A page that marks a grade shows its band's label (Thai, or the English one the plan gives).
    static func checkRatingLabels(_ indicators: IndicatorFigures, statements: [String: Statement]) -> [Mismatch] {
        var out: [Mismatch] = []
        for path in statements.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let labels = statements[path]?.labels else { continue }
            for (key, shown) in labels.sorted(by: { $0.key < $1.key }) {
                let code = String(key.dropFirst(IndicatorFigures.prefix.count).dropLast(ratingSuffix.count))
                guard let value = indicators.values[key], let band = Int(value), let scale = indicators.scales[code],
                    band < scale.bands.count
                else { continue }
                let accepted = [scale.bands[band].label] + (scale.bands[band].labelEN.map { [$0] } ?? [])
                if !accepted.contains(shown.trimmingCharacters(in: .whitespaces)) {
                    out.append(Mismatch(channel: "\(path) (as shown)", key: key, expected: accepted[0], found: shown))
                }
            }
        }
        return out
    }

    /// The years before, this year's change from them and the graded project indicators by band,
    /// in every channel that states them: each stated key must be the report's, and the data files,
    /// `trends.csv` and the booklet must state theirs (`report.json` and `report.xml` every year's
    /// figures and change when there is an earlier year and every count by band; `trends.csv`
    /// every year's figures; the booklet and the site's home page the totals' years and change and
    /// the totals by band).
    static func checkHistoryAndBands(_ reader: Reader, statements: [String: Statement]) -> [Mismatch] {
        let history = reader.history
        let bands = reader.figures.bands
        var out: [Mismatch] = []
        for path in statements.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let stated = statements[path]?.stated else { continue }
            let requiredHistory: [String]
            let requiredBands: [String]
            switch path {
            case OutputPath.reportJSON, OutputPath.reportXML:
                requiredHistory = reader.hasHistory ? history.dataKeys : []
                requiredBands = bands.keys
            case OutputPath.trendsCSV:
                requiredHistory = history.figureKeys
                requiredBands = []
            case OutputPath.bookletHTML, OutputPath.home:
                requiredHistory = history.totalKeys
                requiredBands = bands.totalKeys
            default:
                requiredHistory = []
                requiredBands = []
            }
            out += compareKeys(path, stated, history.values, prefixes: HistoryFigures.prefixes, required: requiredHistory)
            // The alignment pages' item keys are held to the alignment figures, bands among them.
            let alignmentPage = OutputPath.isAlignmentPage(path)
            out += compareKeys(
                path, stated, bands.values, required: requiredBands,
                stating: { BandFigures.isBandKey($0) && !(alignmentPage && $0.hasPrefix("item.")) })
        }
        return out
    }

    /// Compares what a channel states of the alignment figures: every `required` key, and any other
    /// alignment key it states (a figure the report does not have is a mismatch too).
    static func compareAlignment(_ channel: String, _ stated: [String: String], _ alignment: AlignmentFigures, required: [String])
        -> [Mismatch]
    {
        compareKeys(channel, stated, alignment.values, prefixes: AlignmentFigures.prefixes, required: required)
    }

    /// Compares what a channel states of the strategic indicators' figures: every `required` key,
    /// and any other `indicator.` key it states.
    static func compareIndicators(_ channel: String, _ stated: [String: String], _ indicators: IndicatorFigures, required: [String])
        -> [Mismatch]
    {
        compareKeys(channel, stated, indicators.values, prefixes: [IndicatorFigures.prefix], required: required)
    }

    /// Every `required` key of `values` as `stated`, and any other stated key with one of
    /// `prefixes` (a figure `values` does not have is a mismatch too).
    static func compareKeys(
        _ channel: String, _ stated: [String: String], _ values: [String: String], prefixes: [String], required: [String]
    ) -> [Mismatch] {
        compareKeys(channel, stated, values, required: required, stating: { key in prefixes.contains { key.hasPrefix($0) } })
    }

    /// Every `required` key of `values` as `stated`, and any other stated key that `isOurs` (a
    /// figure `values` does not have is a mismatch too).
    static func compareKeys(
        _ channel: String, _ stated: [String: String], _ values: [String: String], required: [String],
        stating isOurs: (String) -> Bool
    ) -> [Mismatch] {
        var out: [Mismatch] = []
        var seen = Set<String>()
        for key in required where seen.insert(key).inserted {
            let expected = values[key] ?? "?"
            if stated[key] != expected { out.append(Mismatch(channel: channel, key: key, expected: expected, found: stated[key])) }
        }
        for key in stated.keys.sorted() where !seen.contains(key) && isOurs(key) {
            if let expected = values[key] {
                if stated[key] != expected { out.append(Mismatch(channel: channel, key: key, expected: expected, found: stated[key])) }
            } else {
                out.append(Mismatch(channel: channel, key: key, expected: "no such figure", found: stated[key]))
            }
        }
        return out
    }

    /// The site's alignment section: `alignment.html`, `plans/*.html`, `items/*.html`. Each page must
    /// mark the figures it shows (and show what it marks), its strategic indicators' among them;
    /// when the analysis page is published, every plan and item page must be too.
    static func checkAlignmentPages(_ alignment: AlignmentFigures, _ indicators: IndicatorFigures, statements: [String: Statement])
        -> [Mismatch]
    {
        var out: [Mismatch] = []
        let required = Dictionary(alignment.pages.map { ($0.path, $0.keys) }, uniquingKeysWith: { a, _ in a })
        if statements[OutputPath.alignment] != nil {
            for page in alignment.pages where statements[page.path] == nil {
                out.append(Mismatch(channel: page.path, key: "(page)", expected: "published", found: nil))
            }
        }
        let paths = statements.keys.filter(OutputPath.isAlignmentPage)
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for path in paths {
            guard let page = statements[path] else { continue }
            out += compareAlignment(path, page.stated, alignment, required: required[path] ?? [])
            out += compareIndicators(path, page.stated, indicators, required: indicators.pages[path] ?? [])
            out += page.shown.map { Mismatch(channel: "\(path) (as shown)", key: $0.key, expected: $0.value, found: $0.shown) }
        }
        return out
    }
}
