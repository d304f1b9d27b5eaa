import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressHistory

extension Fixtures {
    /// Two earlier years of the end-to-end fixture (2567, 2568), written by hand in the form of
    /// reports made before the history and the grades were added: `two-years/history/`.
    public static let twoYears = packageRoot.appendingPathComponent("Tests/Fixtures/history/two-years")

    /// `report` beside the years of `folder/history/`, read and matched as a build does; a
    /// history with any diagnostic is unusable.
    public static func trends(_ report: Report, history folder: URL = twoYears) throws -> Trends {
        let reader = HistoryReader(contentURL: folder, displayBase: folder, engine: DiagnosticEngine(strict: false))
        let (history, diagnostics) = reader.read(site: report.site)
        guard diagnostics.isEmpty else { throw Unusable(description: "\(folder.path): \(diagnostics.prefix(5))") }
        return Trends(history: history, report: report)
    }
}
