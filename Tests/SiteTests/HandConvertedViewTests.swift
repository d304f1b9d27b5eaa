import Foundation
import PlanPressAlign
import PlanPressPresentation
import PlanPressTestSupport
import Testing

@testable import PlanPressSite
@testable import PlanPressTemplates

/// The views that convert themselves give exactly what the encoder gives: every project of the
/// sample and of the end-to-end fixture, and every page's frame, in both encodings the site uses.
@Suite struct HandConvertedViewTests {
    @Test func projectViewsAndFramesConvertAsTheEncoderDoes() throws {
        var compared = 0
        for report in [try Fixtures.report(), try Fixtures.report(Fixtures.base)] {
            let model = SiteModel(report: report)
            for encoding in [TemplateEncoding.display(), .display(dropEmptyText: true)] {
                for unit in report.units {
                    for project in unit.projects {
                        let view = model.projectView(unit, project)
                        #expect(view.templateValue(encoding).dump == view.encodedTemplateValue(encoding).dump, "\(project.project.id)")
                        compared += 1
                    }
                }
                for page in SiteRenderer.pages(report, model) {
                    let frame = SiteRenderer.frame(page, site: .text("s"), description: .text("d"), report: report)
                    #expect(frame.templateValue(encoding).dump == frame.encodedTemplateValue(encoding).dump, "\(page.path)")
                }
            }
        }
        #expect(compared > 200)
    }
}
