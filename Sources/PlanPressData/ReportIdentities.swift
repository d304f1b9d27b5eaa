/// The keys and keyrefs of `report.xsd`'s root element, checked over a document validated in parts
/// (`ReportXMLParts`): libxml2 checks them in one serial pass over the whole document, because
/// every plan item's `aligned` list refers to projects of every unit.
///
/// Each constraint is the schema's, selector for selector (paths from the root: `unit` at depth
/// 1 in the head and in a `unitBatch` alike). The check is never weaker than the schema's: every
/// key field must be there and unique, every reference must name a key exactly (all the fields
/// are `xs:string` types without whitespace folding, so their values are their text). A part that
/// holds what the head alone may hold (an item inside a unit) is reported too, so that the
/// caller validates the whole document instead of trusting this check.
struct ReportIdentities: Sendable {
    /// What an element is to the constraints, from its name and its ancestors'.
    enum Role: Sendable {
        case planID, itemCode, indicatorCode, unitID, projectKey
        /// `site/@primaryPlan`.
        case primaryPlanRef
        /// `.//item/supports/code` and `unit/project/{strategies,alsoSupports,alignedCodes}/code`.
        case itemRef
        /// `unit/project/indicator/contributesTo`.
        case indicatorRef
        /// `unit/indicatorResult/@code`.
        case indicatorResultRef
        /// `.//item/aligned/@ref` and `.//strategicIndicator/contribution/@ref`.
        case projectRef
        /// `.//strategicIndicator/reported/@unit` and `.//strategicIndicator/contributor/@unit`.
        case unitRef

        /// The attribute that holds the value; nil when it is the element's text.
        var attribute: String? {
            switch self {
            case .planID, .unitID: "id"
            case .itemCode, .indicatorCode, .indicatorResultRef: "code"
            case .projectKey: "key"
            case .primaryPlanRef: "primaryPlan"
            case .projectRef: "ref"
            case .unitRef: "unit"
            case .itemRef, .indicatorRef: nil
            }
        }
    }

    /// The role of an element named `name` at `depth` (the root is 0) under `ancestors` (nearest
    /// last); nil when no constraint selects it.
    static func role<Ancestors: BidirectionalCollection<String>>(_ name: String, depth: Int, ancestors: Ancestors) -> Role? {
        let parent = ancestors.last
        func chain(_ names: String...) -> Bool {
            // `unit/…/name` from the root: the ancestors below the root are exactly `names`.
            depth == names.count + 1 && ancestors.dropFirst().elementsEqual(names)
        }
        switch name {
        case "plan": return depth == 1 ? .planID : nil
        case "site": return depth == 1 ? .primaryPlanRef : nil
        case "item": return depth >= 1 ? .itemCode : nil
        case "strategicIndicator": return depth >= 1 ? .indicatorCode : nil
        case "unit": return depth == 1 ? .unitID : nil
        case "project": return chain("unit") ? .projectKey : nil
        case "indicatorResult": return chain("unit") ? .indicatorResultRef : nil
        case "contributesTo": return chain("unit", "project", "indicator") ? .indicatorRef : nil
        case "aligned": return parent == "item" ? .projectRef : nil
        case "contribution", "reported", "contributor":
            guard parent == "strategicIndicator" else { return nil }
            return name == "contribution" ? .projectRef : .unitRef
        case "code":
            if parent == "supports", ancestors.dropLast().last == "item" { return .itemRef }
            if chain("unit", "project", "strategies") || chain("unit", "project", "alsoSupports")
                || chain("unit", "project", "alignedCodes")
            {
                return .itemRef
            }
            return nil
        default: return nil
        }
    }

    /// A value that must name a key.
    struct Reference: Hashable, Sendable {
        var role: Role
        var value: String
    }

    /// What one part (the head or a batch of units) holds: its keys, in order, and the values it
    /// refers to (each once: a unit names the same codes again and again).
    struct Part: Sendable {
        /// The part is a `unitBatch` (else the head), where only unit ids and project keys are keys.
        var inUnitBatch = false
        var keys: [(Role, String)] = []
        var references: Set<Reference> = []
        /// A key without its field, or a head-only key inside a unit batch.
        var problems: [String] = []

        /// Records the value of an element whose role is `role` (nil: the field is missing).
        mutating func record(_ role: Role, _ value: String?) {
            switch role {
            case .planID, .itemCode, .indicatorCode, .unitID, .projectKey:
                guard let value else { return problems.append("a \(role) key without its field") }
                if inUnitBatch, role != .unitID, role != .projectKey {
                    problems.append("a \(role) key inside a unit")
                }
                keys.append((role, value))
            default:
                if let value { references.insert(Reference(role: role, value: value)) }
            }
        }
    }

    private var planIDs: Set<String> = []
    private var itemCodes: Set<String> = []
    private var indicatorCodes: Set<String> = []
    private var unitIDs: Set<String> = []
    private var projectKeys: Set<String> = []
    private var references: Set<Reference> = []
    private(set) var problems: [String] = []

    /// Adds a part's keys (a repeated one is a problem) and keeps its references for `check`.
    mutating func add(_ part: Part) {
        problems += part.problems
        for (role, value) in part.keys {
            let fresh: Bool
            switch role {
            case .planID: fresh = planIDs.insert(value).inserted
            case .itemCode: fresh = itemCodes.insert(value).inserted
            case .indicatorCode: fresh = indicatorCodes.insert(value).inserted
            case .unitID: fresh = unitIDs.insert(value).inserted
            default: fresh = projectKeys.insert(value).inserted
            }
            if !fresh { problems.append("\(role) \(value) is repeated") }
        }
        references.formUnion(part.references)
    }

    /// The problems of every part added, and every reference to a key that no part holds.
    func check() -> [String] {
        var unknown: [String] = []
        for reference in references {
            let value = reference.value
            let known: Bool
            switch reference.role {
            case .primaryPlanRef: known = planIDs.contains(value)
            case .itemRef: known = itemCodes.contains(value)
            case .indicatorRef, .indicatorResultRef: known = indicatorCodes.contains(value)
            case .projectRef: known = projectKeys.contains(value)
            default: known = unitIDs.contains(value)
            }
            if !known { unknown.append("\(reference.role) \(value) refers to no key") }
        }
        // A set has no order; the problems do.
        return problems + unknown.sorted()
    }
}
