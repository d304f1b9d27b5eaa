import PlanPressCore

/// Charts drawn as inline SVG by our own code: no JavaScript, printable, accessible through
/// `<title>` and `<desc>` (pages put the same figures in a table beside each chart).
///
/// Coordinates are integers or one-decimal numbers so the output is byte-identical everywhere.
public enum SVGChart {
    package static let palette = [
        "#0b5cad", "#1f7a3d", "#b36200", "#7a3db3", "#b3261e", "#00838f", "#5a6472", "#8a5a00", "#2e7d32", "#ad1457",
    ]
    package static let achievedColor = "#1f7a3d"
    package static let notAchievedColor = "#b3261e"
    package static let notMeasuredColor = "#9aa3ad"

    package static func escape(_ s: String) -> String {
        XMLText.escape(BidiIsolation.display(s))
    }

    package static func num(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    package static func open(id: String, width: Int, height: Int, title: String, desc: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="\(id)-t \(id)-d" font-family="Sarabun, 'Noto Sans Thai', 'TH Sarabun New', sans-serif" font-size="13"><title id="\(id)-t">\(escape(title))</title><desc id="\(id)-d">\(escape(desc))</desc>
        """
    }

    /// Horizontal bars, one per item, with the value written at the end of each bar.
    public static func bars(id: String, title: String, desc: String, items: [(label: String, value: Money, shown: String)]) -> String {
        let rowHeight = 26
        let labelWidth = 110
        let width = 640
        let barSpace = Double(width - labelWidth - 150)
        let height = max(1, items.count) * rowHeight + 10
        let maximum = max(1, items.map(\.value.satang).max() ?? 1)
        var s = open(id: id, width: width, height: height, title: title, desc: desc)
        for (i, item) in items.enumerated() {
            let y = 5 + i * rowHeight
            let w = barSpace * Double(item.value.satang) / Double(maximum)
            s += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 17)\" text-anchor=\"end\" fill=\"#1d2430\">\(escape(item.label))</text>"
            s +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(num(w))\" height=\"\(rowHeight - 8)\" fill=\"\(palette[i % palette.count])\"/>"
            s += "<text x=\"\(num(Double(labelWidth) + w + 6))\" y=\"\(y + 17)\" fill=\"#1d2430\">\(escape(item.shown))</text>"
        }
        return s + "</svg>"
    }

    /// Stacked horizontal bars of achieved / not achieved / not measured, as shares of 100%.
    public static func stackedBars(
        id: String, title: String, desc: String, items: [(label: String, achieved: Int, notAchieved: Int, notMeasured: Int)],
        legend: (String, String, String), digits: NumeralStyle = .arabic
    ) -> String {
        let rowHeight = 26
        let labelWidth = 110
        let width = 640
        let barSpace = Double(width - labelWidth - 20)
        let height = max(1, items.count) * rowHeight + 40
        var s = open(id: id, width: width, height: height, title: title, desc: desc)
        for (i, item) in items.enumerated() {
            let y = 5 + i * rowHeight
            let total = max(1, item.achieved + item.notAchieved + item.notMeasured)
            var x = Double(labelWidth)
            s += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 17)\" text-anchor=\"end\" fill=\"#1d2430\">\(escape(item.label))</text>"
            for (count, color) in [
                (item.achieved, achievedColor), (item.notAchieved, notAchievedColor), (item.notMeasured, notMeasuredColor),
            ] {
                let w = barSpace * Double(count) / Double(total)
                if count > 0 {
                    s += "<rect x=\"\(num(x))\" y=\"\(y + 3)\" width=\"\(num(w))\" height=\"\(rowHeight - 8)\" fill=\"\(color)\"/>"
                    if w > 24 {
                        s +=
                            "<text x=\"\(num(x + w / 2))\" y=\"\(y + 17)\" text-anchor=\"middle\" fill=\"#ffffff\">\(ThaiDigits.apply(digits, to: String(count)))</text>"
                    }
                }
                x += w
            }
        }
        let ly = height - 18
        var lx = labelWidth
        for (label, color) in [(legend.0, achievedColor), (legend.1, notAchievedColor), (legend.2, notMeasuredColor)] {
            s += "<rect x=\"\(lx)\" y=\"\(ly - 10)\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
            s += "<text x=\"\(lx + 16)\" y=\"\(ly)\" fill=\"#1d2430\">\(escape(label))</text>"
            lx += 150
        }
        return s + "</svg>"
    }

    /// A three-column Sankey diagram: flows from the left column to the middle and from the
    /// middle to the right. Node heights follow the larger of their in- and out-flows.
    public static func sankey(
        id: String, title: String, desc: String, columns: [[(id: String, label: String)]], flows: [(from: String, to: String, value: Int64)]
    ) -> String {
        let width = 760
        let nodeWidth = 14
        let gap = 8.0
        let usable = 420.0
        let total = max(1, columns.map { col in col.map { node in nodeValue(node.id, flows) }.reduce(0, +) }.max() ?? 1)
        let scale = usable / Double(total)
        let xs = [150, width / 2 - nodeWidth / 2, width - 170]
        var position: [String: (x: Int, y: Double, h: Double)] = [:]
        var height = 0.0
        for (c, col) in columns.enumerated() {
            var y = 10.0
            for node in col {
                let h = max(2, Double(nodeValue(node.id, flows)) * scale)
                position[node.id] = (xs[min(c, 2)], y, h)
                y += h + gap
            }
            height = max(height, y)
        }
        var s = open(id: id, width: width, height: Int(height) + 10, title: title, desc: desc)
        var outOffset: [String: Double] = [:]
        var inOffset: [String: Double] = [:]
        for (i, f) in flows.enumerated() {
            guard let a = position[f.from], let b = position[f.to] else { continue }
            let w = Double(f.value) * scale
            let y0 = a.y + (outOffset[f.from] ?? 0) + w / 2
            let y1 = b.y + (inOffset[f.to] ?? 0) + w / 2
            outOffset[f.from, default: 0] += w
            inOffset[f.to, default: 0] += w
            let x0 = Double(a.x + nodeWidth)
            let x1 = Double(b.x)
            let mid = (x0 + x1) / 2
            s +=
                "<path d=\"M\(num(x0)),\(num(y0)) C\(num(mid)),\(num(y0)) \(num(mid)),\(num(y1)) \(num(x1)),\(num(y1))\" fill=\"none\" stroke=\"\(palette[i % palette.count])\" stroke-opacity=\"0.35\" stroke-width=\"\(num(max(1, w)))\"/>"
        }
        for (c, col) in columns.enumerated() {
            for node in col {
                guard let p = position[node.id] else { continue }
                s += "<rect x=\"\(p.x)\" y=\"\(num(p.y))\" width=\"\(nodeWidth)\" height=\"\(num(p.h))\" fill=\"#1d2430\"/>"
                let anchor = c == 0 ? "end" : "start"
                let tx = c == 0 ? p.x - 6 : p.x + nodeWidth + 6
                s +=
                    "<text x=\"\(tx)\" y=\"\(num(p.y + p.h / 2 + 4))\" text-anchor=\"\(anchor)\" fill=\"#1d2430\">\(escape(node.label))</text>"
            }
        }
        return s + "</svg>"
    }

    package static func nodeValue(_ id: String, _ flows: [(from: String, to: String, value: Int64)]) -> Int64 {
        let out = flows.filter { $0.from == id }.map(\.value).reduce(0, +)
        let into = flows.filter { $0.to == id }.map(\.value).reduce(0, +)
        return max(out, into)
    }

    /// A small line chart of a strategic indicator: baseline and yearly targets as a dashed line,
    /// the year's value as a dot; with `history` (the values of earlier years), a solid line from
    /// the earlier years' values to the year's.
    public static func indicatorLine(
        id: String, title: String, desc: String, baseline: (year: Int, value: DecimalNumber)?, targets: [(year: Int, value: DecimalNumber)],
        value: (year: Int, value: DecimalNumber)?, history: [(year: Int, value: DecimalNumber)] = [], digits: NumeralStyle
    ) -> String {
        let width = 360
        let height = 170
        var points = targets.map { ($0.year, $0.value) }
        if let b = baseline { points.insert((b.year, b.value), at: 0) }
        let years = (points.map(\.0) + history.map(\.year) + (value.map { [$0.year] } ?? [])).sorted()
        guard let first = years.first, let last = years.last else { return "" }
        let values = points.map(\.1) + history.map(\.value) + (value.map { [$0.value] } ?? [])
        func d(_ v: DecimalNumber) -> Double { Double(v.significand) / pow10(v.scale) }
        let lo = min(0, values.map(d).min() ?? 0)
        let hi = max(1, values.map(d).max() ?? 1)
        let left = 40.0
        let right = Double(width) - 15
        let top = 15.0
        let bottom = Double(height) - 30
        func x(_ year: Int) -> Double {
            last == first ? (left + right) / 2 : left + (right - left) * Double(year - first) / Double(last - first)
        }
        func y(_ v: Double) -> Double { bottom - (bottom - top) * (v - lo) / (hi - lo) }
        var s = open(id: id, width: width, height: height, title: title, desc: desc)
        s += "<line x1=\"\(num(left))\" y1=\"\(num(bottom))\" x2=\"\(num(right))\" y2=\"\(num(bottom))\" stroke=\"#9aa3ad\"/>"
        let path = points.sorted { $0.0 < $1.0 }.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(num(x(p.0))),\(num(y(d(p.1))))" }
            .joined(separator: " ")
        if !path.isEmpty { s += "<path d=\"\(path)\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>" }
        for p in points {
            s += "<circle cx=\"\(num(x(p.0)))\" cy=\"\(num(y(d(p.1))))\" r=\"3\" fill=\"#0b5cad\"/>"
        }
        for year in Set(years).sorted() {
            s +=
                "<text x=\"\(num(x(year)))\" y=\"\(height - 10)\" text-anchor=\"middle\" fill=\"#5a6472\" font-size=\"11\">\(ThaiDigits.apply(digits, to: String(year)))</text>"
        }
        if !history.isEmpty {
            // The values reported year by year, the year's last: a solid line through them.
            let reported = (history + (value.map { [$0] } ?? [])).sorted { $0.year < $1.year }
            let line = reported.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(num(x(p.year))),\(num(y(d(p.value))))" }
                .joined(separator: " ")
            s += "<path d=\"\(line)\" fill=\"none\" stroke=\"#b36200\" stroke-width=\"2\"/>"
            for p in history {
                s += "<circle cx=\"\(num(x(p.year)))\" cy=\"\(num(y(d(p.value))))\" r=\"4\" fill=\"#b36200\"/>"
                s +=
                    "<text x=\"\(num(x(p.year)))\" y=\"\(num(y(d(p.value)) - 8))\" text-anchor=\"middle\" fill=\"#b36200\" font-size=\"11\">\(ThaiDigits.apply(digits, to: p.value.description))</text>"
            }
        }
        if let v = value {
            s += "<circle cx=\"\(num(x(v.year)))\" cy=\"\(num(y(d(v.value))))\" r=\"6\" fill=\"#b36200\"/>"
            s +=
                "<text x=\"\(num(x(v.year)))\" y=\"\(num(y(d(v.value)) - 10))\" text-anchor=\"middle\" fill=\"#b36200\">\(ThaiDigits.apply(digits, to: v.value.description))</text>"
        }
        return s + "</svg>"
    }

    package static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}
