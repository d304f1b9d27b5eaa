@testable import PlanPressAlign
@testable import PlanPressData
@testable import PlanPressXML

// The first, plain forms of code that has a faster form in the sources: the tests compare the
// two on many inputs. They live here, not in the sources, because nothing but the tests calls them.

extension ReportXML {
    /// `document` serialised by libxml2, as it first was: the tests' reference for `XMLWriter`.
    static func referenceDocument(_ report: Report) -> [UInt8] {
        XMLEngine.shared.serialize(
            tree(report, data: DataAnalysis(AlignmentAnalysis(report))), namespace: ReportXSD.namespace, instructions: instructions)
    }
}
