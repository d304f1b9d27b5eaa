import PlanPressXML

/// Records, while a part of `report.xml` is validated, the fields of `report.xsd`'s root keys and
/// keyrefs (`ReportIdentities`), and where the head's placeholder `unit` stands among the
/// elements read.
struct ReportIdentityRecorder: XMLFieldRecorder, Sendable {
    /// What is read; `part.inUnitBatch` is false for the head, whose `unit` is the units' placeholder.
    var part: ReportIdentities.Part
    /// How many elements read came before the placeholder `unit` (the head's part).
    var elementsBeforeUnit: Int?

    init(inUnitBatch: Bool) {
        part = ReportIdentities.Part(inUnitBatch: inUnitBatch)
    }

    mutating func field<Ancestors: BidirectionalCollection<String>>(
        _ name: String, depth: Int, ancestors: Ancestors, elementsRead: Int
    ) -> (ReportIdentities.Role, attribute: String?)? {
        if depth == 1, name == "unit", !part.inUnitBatch {
            if elementsBeforeUnit == nil { elementsBeforeUnit = elementsRead }
            return nil
        }
        guard let role = ReportIdentities.role(name, depth: depth, ancestors: ancestors) else { return nil }
        return (role, role.attribute)
    }

    mutating func record(_ field: ReportIdentities.Role, _ value: String?) {
        part.record(field, value)
    }

    mutating func unclosedField() {
        part.problems.append("a field's element is not closed")
    }
}
