import PlanPressCore

extension SVGChart {
    /// One series of `yearBars`: its name in the legend, its colour, and per year its amount with
    /// the text written above the bar (nil for a year without a figure: no bar, `–`).
    public struct YearSeries: Sendable {
        public var label: String
        public var color: String
        public var values: [(amount: Money, shown: String)?]

        public init(label: String, color: String, values: [(amount: Money, shown: String)?]) {
            self.label = label
            self.color = color
            self.values = values
        }
    }

    /// Vertical bars grouped by year (a bar per series in each year's group), oldest year first,
    /// each with its figure written above it and the years below; the legend names the series.
    /// `years` are the labels under the groups (BE years in the channel's digits); `current` is
    /// the index of the report's year, whose label is set in bold.
    public static func yearBars(id: String, title: String, desc: String, years: [String], current: Int?, series: [YearSeries]) -> String {
        let groupWidth = 110
        let left = 16
        let width = max(320, left * 2 + years.count * groupWidth)
        let top = 22.0
        let bottom = 150.0
        let height = 200
        let maximum = max(1, series.flatMap { $0.values.compactMap { $0?.amount.satang } }.max() ?? 1)
        let barWidth = min(40.0, Double(groupWidth - 20) / Double(max(1, series.count)))
        var s = open(id: id, width: width, height: height, title: title, desc: desc)
        s += "<line x1=\"\(left)\" y1=\"\(num(bottom))\" x2=\"\(width - left)\" y2=\"\(num(bottom))\" stroke=\"#9aa3ad\"/>"
        for (i, year) in years.enumerated() {
            let groupLeft = Double(left + i * groupWidth) + (Double(groupWidth) - barWidth * Double(series.count)) / 2
            for (k, line) in series.enumerated() {
                let x = groupLeft + barWidth * Double(k)
                let centre = num(x + barWidth / 2)
                guard i < line.values.count, let point = line.values[i] else {
                    s += "<text x=\"\(centre)\" y=\"\(num(bottom - 4))\" text-anchor=\"middle\" fill=\"#5a6472\" font-size=\"11\">–</text>"
                    continue
                }
                let h = max(point.amount.satang > 0 ? 1 : 0, (bottom - top) * Double(max(0, point.amount.satang)) / Double(maximum))
                s +=
                    "<rect x=\"\(num(x + 2))\" y=\"\(num(bottom - h))\" width=\"\(num(barWidth - 4))\" height=\"\(num(h))\" fill=\"\(line.color)\"/>"
                s +=
                    "<text x=\"\(centre)\" y=\"\(num(bottom - h - 4))\" text-anchor=\"middle\" fill=\"#1d2430\" font-size=\"11\">\(escape(point.shown))</text>"
            }
            let weight = i == current ? " font-weight=\"700\"" : ""
            s +=
                "<text x=\"\(left + i * groupWidth + groupWidth / 2)\" y=\"\(num(bottom + 16))\" text-anchor=\"middle\" fill=\"#1d2430\"\(weight)>\(escape(year))</text>"
        }
        var lx = left
        for line in series {
            s += "<rect x=\"\(lx)\" y=\"\(height - 20)\" width=\"12\" height=\"12\" fill=\"\(line.color)\"/>"
            s += "<text x=\"\(lx + 16)\" y=\"\(height - 10)\" fill=\"#1d2430\">\(escape(line.label))</text>"
            lx += 150
        }
        return s + "</svg>"
    }
}
