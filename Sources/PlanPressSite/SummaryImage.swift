import PlanPressAlign
import PlanPressCore
import PlanPressPresentation
import PlanPressPublish

/// `assets/summary.svg`: a 1200×630 card with the report's title and headline figures, for link
/// previews (Open Graph and Twitter cards) and for the README.
public enum SummaryImage {
    public static let path = "assets/summary.svg"

    public static func file(_ report: Report) -> OutputFile {
        let fmt = DisplayFormatter(digits: report.site.siteNumerals)
        let t = report.totals
        let figures: [(String, String)] = [
            ("หน่วยงาน", fmt.count(report.units.count)), ("โครงการ", fmt.count(t.projects)),
            ("งบประมาณ", fmt.millions(t.allocated)), ("ใช้จ่าย", fmt.millions(t.spent)),
        ]
        var s = SVGChart.open(
            id: "summary", width: 1200, height: 630, title: report.site.title,
            desc: figures.map { "\($0.0) \($0.1)" }.joined(separator: " "))
        s += "<rect width=\"1200\" height=\"630\" fill=\"#0b5cad\"/>"
        s += "<text x=\"60\" y=\"110\" fill=\"#ffffff\" font-size=\"34\">\(SVGChart.escape(report.site.office))</text>"
        s += "<text x=\"60\" y=\"190\" fill=\"#ffffff\" font-size=\"44\" font-weight=\"bold\">\(SVGChart.escape(report.site.title))</text>"
        for (i, f) in figures.enumerated() {
            let x = 60 + (i % 2) * 540
            let y = 320 + (i / 2) * 140
            s += "<text x=\"\(x)\" y=\"\(y)\" fill=\"#d6e6f7\" font-size=\"30\">\(SVGChart.escape(f.0))</text>"
            s += "<text x=\"\(x)\" y=\"\(y + 60)\" fill=\"#ffffff\" font-size=\"54\" font-weight=\"bold\">\(SVGChart.escape(f.1))</text>"
        }
        return OutputFile(path: path, text: s + "</svg>\n")
    }
}
