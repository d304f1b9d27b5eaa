import PlanPressCore

/// Bar charts for the booklet, drawn from figures that are already formatted.
///
/// Labels and values are HTML text, so Thai is shaped and broken by the same engine as the rest of
/// the page; each bar is a small inline SVG (which prints in colour from every browser, unlike a
/// CSS background). A bar's length is its value over the largest value of the chart, and the value
/// is printed at its end, so the chart also reads in black and white.
struct BookletChart {
    /// One series: its name in the legend and its colour (dark to light, so that the series stay
    /// apart on a black-and-white copy).
    struct Series {
        var name: String
        var color: String

        static let dark = "#1f4e79"
        static let light = "#9dc3e6"
        static let warm = "#c55a11"
    }

    /// One row: a label above one bar per series (grouped) or one bar made of the series (stacked).
    struct Row {
        var label: String
        /// Values per series, in the chart's unit (satang, a count…).
        var values: [Int64]
        /// The text printed for each value.
        var texts: [String]
    }

    var title: String
    var series: [Series]
    var rows: [Row]
    var stacked = false

    /// The longest bar, as a share of the line; the rest holds the value.
    static let span = 72.0

    /// The chart as HTML, or an empty string when there is nothing to draw.
    func html() -> String {
        guard !rows.isEmpty else { return "" }
        let maxValue: Int64 =
            stacked
            ? rows.map { $0.values.reduce(0, +) }.max() ?? 0
            : rows.flatMap(\.values).max() ?? 0
        func share(_ v: Int64) -> Double {
            guard maxValue > 0 else { return 0 }
            return Double(v) / Double(maxValue) * Self.span
        }
        var s = "<div class=\"bars\" role=\"img\" aria-label=\"\(Self.escape(title))\">"
        if series.count > 1 {
            s += "<p class=\"legend\">"
            for item in series {
                s += "<span class=\"key\">\(Self.swatch(item.color)) \(Self.escape(item.name))</span> "
            }
            s += "</p>"
        }
        for row in rows {
            s += "<div class=\"bar-row\"><p class=\"bar-label\">\(Self.escape(row.label))</p>"
            if stacked {
                let total = row.values.reduce(0, +)
                s += "<p class=\"bar-line\">"
                if total > 0 {
                    // One SVG whose parts are the series, scaled to the row's share of the line.
                    var x = 0.0
                    var rects = ""
                    for (i, v) in row.values.enumerated() where v > 0 {
                        let w = Double(v) / Double(total) * 1000
                        rects += "<rect x=\"\(Self.fmt(x))\" width=\"\(Self.fmt(w))\" height=\"10\" fill=\"\(series[i].color)\"/>"
                        x += w
                    }
                    s += Self.bar(width: share(total), content: rects)
                }
                s += " <span class=\"bar-value\">\(Self.escape(row.texts.joined(separator: " / ")))</span></p>"
            } else {
                for (i, v) in row.values.enumerated() {
                    s += "<p class=\"bar-line\">"
                    if v > 0 {
                        s += Self.bar(width: share(v), content: "<rect width=\"1000\" height=\"10\" fill=\"\(series[i].color)\"/>")
                    }
                    s += " <span class=\"bar-value\">\(Self.escape(row.texts[i]))</span></p>"
                }
            }
            s += "</div>"
        }
        return s + "</div>"
    }

    static func bar(width: Double, content: String) -> String {
        "<svg class=\"bar\" style=\"width:\(fmt(max(width, 0.3)))%\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\(content)</svg>"
    }

    static func swatch(_ color: String) -> String {
        "<svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"\(color)\"/></svg>"
    }

    /// Numbers with at most two decimals, written the same way on every machine.
    static func fmt(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let whole = hundredths / 100
        let frac = abs(hundredths % 100)
        if frac == 0 { return String(whole) }
        return frac % 10 == 0 ? "\(whole).\(frac / 10)" : "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    static func escape(_ s: String) -> String {
        XMLText.escape(s)
    }
}
