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

/// The booklet grades project indicators: the summary counts them by band, each row gives the
/// percentage of its target and its grade.
@Suite struct BookletRatingTests {
    @Test func theSummaryCountsByBandAndARowCarriesItsGrade() throws {
        let report = try Fixtures.report(Fixtures.base)
        let model = BookletModel(report: report)
        // base/: 103.57, 125 and 100 are ดีเยี่ยม, 80 is ดี; four have no grade. Thai print digits.
        let summary = model.summary(BookletOutline())
        #expect(summary.bands.map(\.count.text) == ["๓", "๑", "๐", "๐", "๐"] && summary.unrated == "๔")
        // Each count marked for the audit with its band's index.
        #expect(summary.bands.map(\.count.key) == (0..<5).map { "total.indicators.band.\($0)" })
        #expect(summary.bands.map(\.count.value) == ["3", "1", "0", "0", "0"])
        #expect(summary.bands.map(\.share) == ["๗๕.๐๐", "๒๕.๐๐", "๐.๐๐", "๐.๐๐", "๐.๐๐"])
        #expect(summary.bands.last?.range == "ต่ำกว่า ๕๐")
        let p02 = try #require(report.allProjects.first { $0.project.id == "P02" })
        let rows = model.projectDetail(p02, number: "๓.๑").indicators
        #expect(rows.map(\.rating) == ["ดี", ""] && rows.map(\.percent) == ["๘๐.๐๐", "–"] && rows.map(\.hasRating) == [true, false])
    }
}
