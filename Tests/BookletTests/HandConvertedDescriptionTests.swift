import Foundation
import PlanPressPresentation
import PlanPressTestSupport
import Testing

@testable import PlanPressBooklet
@testable import PlanPressTemplates

/// Part ๓'s project descriptions convert themselves as the encoder would: every project of the
/// sample and of the end-to-end fixture.
@Suite struct HandConvertedDescriptionTests {
    @Test func projectDescriptionsConvertAsTheEncoderDoes() throws {
        var compared = 0
        for report in [try Fixtures.report(), try Fixtures.report(Fixtures.base)] {
            let model = BookletModel(report: report)
            let encoding = TemplateEncoding.display(dropEmptyText: true)
            for (i, project) in report.allProjects.enumerated() {
                let view = model.projectDetail(project, number: "๓.\(i)")
                #expect(view.templateValue(encoding).dump == view.encodedTemplateValue(encoding).dump, "\(project.project.id)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }
}
