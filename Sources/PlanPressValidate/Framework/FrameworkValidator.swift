import PlanPressCore
import PlanPressParse

/// Checks the plan files (`planpress/plan/1`) one by one, then the rules that span them:
/// unique ids and codes, and `supports` pointing only to plans of a smaller rank.
public enum FrameworkValidator {
    public static let format = "planpress/plan/1"
    static let planKeys = ["format", "id", "name", "name_en", "rank", "period", "items", "rating_bands"]
    static let itemKeys = ["code", "name", "name_en", "supports", "items", "indicators"]
    static let indicatorKeys = [
        "code", "name", "unit", "direction", "baseline", "targets", "aggregation", "per", "reported_by",
    ]

    public static func validate(_ documents: [LoadedDocument]) -> (PlanFramework, [Diagnostic]) {
        var plans: [Plan] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            let (plan, d) = readPlan(document)
            diagnostics += d
            if let plan { plans.append(plan) }
        }
        diagnostics += crossCheck(plans)
        return (PlanFramework(plans: plans), diagnostics)
    }

    static func isValidPlanID(_ id: String) -> Bool {
        let b = Array(id.utf8)
        guard (1...10).contains(b.count), (0x41...0x5A).contains(b[0]) else { return false }
        return b.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
    }

    static func isValidCode(_ code: String) -> Bool {
        let b = Array(code.utf8)
        // The first character is a letter or digit, so a code can never be `.` or `..` in a path.
        guard (1...40).contains(b.count), (0x41...0x5A).contains(b[0]) || (0x61...0x7A).contains(b[0]) || (0x30...0x39).contains(b[0])
        else { return false }
        return b.allSatisfy {
            (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0)
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
        }
    }

    /// `rating_bands:` as a scale, nil (and reported) when a band cannot be read or the bands do
    /// not grade every percentage once (PP718).
    static func readRatingBands(_ node: Node, _ r: FieldReader) -> RatingScale? {
        guard let list = r.list(node, field: "rating_bands") else { return nil }
        var bands: [(RatingBand, SourceLocation)] = []
        var readable = true
        for (i, n) in list.enumerated() {
            let field = "rating_bands[\(i + 1)]"
            guard let f = r.map(n, field: field, known: ["from", "label", "label_en"]) else {
                readable = false
                continue
            }
            let fromNode = r.required(f, "from")
            let from = fromNode.flatMap { r.number($0, field: "\(field).from", allowPercent: true) }
            let label = r.requiredText(f, "label")
            let labelEN = r.optionalText(f, "label_en")
            guard let from, let label, let fromNode else {
                readable = false
                continue
            }
            bands.append((RatingBand(from: from, label: label, labelEN: labelEN), fromNode.location))
        }
        guard readable else { return nil }
        guard (2...RatingScale.maximumBands).contains(bands.count) else {
            r.report(RatingBandsInvalid.count(bands.count, at: node.location))
            return nil
        }
        var valid = true
        for i in bands.indices.dropFirst() where bands[i].0.from >= bands[i - 1].0.from {
            r.report(RatingBandsInvalid.notDescending(bands[i].0.from, above: bands[i - 1].0.from, at: bands[i].1))
            valid = false
        }
        if let (last, location) = bands.last, last.from.significand != 0 {
            r.report(RatingBandsInvalid.lastNotZero(last.from, at: location))
            valid = false
        }
        return valid ? RatingScale(bands: bands.map(\.0), isWritten: true) : nil
    }

    static func readPlan(_ document: LoadedDocument) -> (Plan?, [Diagnostic]) {
        guard let root = document.root else { return (nil, document.diagnostics) }
        let r = FieldReader(path: document.path)
        for d in document.diagnostics { r.report(d) }
        guard let f = r.map(root, field: "", known: planKeys) else { return (nil, r.diagnostics) }
        if let n = r.required(f, "format"), let d = WrongFormat.check(n, expected: format) {
            r.report(d)
        }
        var id: String?
        if let n = r.required(f, "id"), let t = r.text(n, field: "id") {
            if isValidPlanID(t) {
                id = t
            } else {
                r.report(BadPlanID.planID(t, at: n.location))
            }
        }
        let name = r.requiredText(f, "name")
        let nameEN = r.optionalText(f, "name_en")
        let rank = r.required(f, "rank").flatMap { r.integer($0, field: "rank") }
        var from: Int?
        var to: Int?
        if let n = f.value("period"), let pf = r.map(n, field: "period", known: ["from", "to"]) {
            from = pf.value("from").flatMap { r.integer($0, field: "period.from") }
            to = pf.value("to").flatMap { r.integer($0, field: "period.to") }
        }
        let ratingScale = f.value("rating_bands").flatMap { readRatingBands($0, r) } ?? .standard
        var items: [PlanItem] = []
        if let id, let n = r.required(f, "items"), let list = r.list(n, field: "items") {
            // Items nest; an explicit stack keeps the walk iterative.
            items = list.enumerated().compactMap { i, node in readItem(node, field: "items[\(i + 1)]", planID: id, parent: nil, depth: 1, r)
            }
        }
        // A plan with errors is still returned, so the cross-plan rules check it too; any error
        // here stops the build all the same.
        guard let id, let name, let rank else { return (nil, r.diagnostics) }
        return (
            Plan(
                id: id, name: name, nameEN: nameEN, rank: rank, periodFrom: from, periodTo: to, items: items, path: document.path,
                ratingScale: ratingScale),
            r.diagnostics
        )
    }

    static func readItem(_ node: Node, field: String, planID: String, parent: String?, depth: Int, _ r: FieldReader) -> PlanItem? {
        guard let f = r.map(node, field: field, known: itemKeys) else { return nil }
        var code: String?
        if let n = r.required(f, "code"), let t = r.text(n, field: "\(field).code") {
            if isValidCode(t) {
                code = t
            } else {
                r.report(BadPlanID.itemCode(t, at: n.location))
            }
        }
        let name = r.requiredText(f, "name")
        let supports = f.value("supports").map { r.codes($0, field: "\(field).supports") } ?? []
        var children: [PlanItem] = []
        if let code, let n = f.value("items"), let list = r.list(n, field: "\(field).items") {
            children = list.enumerated().compactMap { i, c in
                readItem(c, field: "\(field).items[\(i + 1)]", planID: planID, parent: code, depth: depth + 1, r)
            }
        }
        var indicators: [StrategicIndicator] = []
        if let code, let n = f.value("indicators"), let list = r.list(n, field: "\(field).indicators") {
            for (i, c) in list.enumerated() {
                if let ind = readIndicator(c, field: "\(field).indicators[\(i + 1)]", itemCode: code, r) { indicators.append(ind) }
            }
        }
        guard let code, let name else { return nil }
        return PlanItem(
            code: code, name: name, nameEN: r.optionalText(f, "name_en"), planID: planID, parent: parent, depth: depth,
            supports: supports, items: children, indicators: indicators, location: node.location)
    }

    static func readIndicator(_ node: Node, field: String, itemCode: String, _ r: FieldReader) -> StrategicIndicator? {
        guard let f = r.map(node, field: field, known: indicatorKeys) else { return nil }
        let codeNode = r.required(f, "code")
        let code = codeNode.flatMap { r.text($0, field: "\(field).code") }
        let name = r.requiredText(f, "name")
        let unit = r.optionalText(f, "unit")
        let percent = SubmissionValidator.isPercent(unit)
        let direction = f.value("direction").flatMap { r.enumeration($0, field: "\(field).direction", as: Direction.self) } ?? .increase
        var baselineYear: Int?
        var baselineValue: DecimalNumber?
        if let n = f.value("baseline"), let bf = r.map(n, field: "\(field).baseline", known: ["year", "value"]) {
            baselineYear = r.required(bf, "year").flatMap { r.integer($0, field: "\(field).baseline.year") }
            baselineValue = r.required(bf, "value").flatMap { r.number($0, field: "\(field).baseline.value", allowPercent: percent) }
        }
        var targets: [(year: Int, value: DecimalNumber)] = []
        if let n = f.value("targets") {
            if case .mapping(let entries) = n.value {
                for e in entries {
                    guard let year = Int(ThaiDigits.arabic(e.key)), (2500...2700).contains(year) else {
                        r.report(TargetYear.diagnostic(e.key, at: e.keyLocation))
                        continue
                    }
                    if let v = r.number(e.value, field: "\(field).targets.\(e.key)", allowPercent: percent) {
                        targets.append((year, v))
                    }
                }
                targets.sort { $0.year < $1.year }
            } else {
                r.wrongType(n, field: "\(field).targets", expected: .targets)
            }
        }
        let aggregationNode = f.value("aggregation")
        let aggregation = aggregationNode.flatMap { r.enumeration($0, field: "\(field).aggregation", as: Aggregation.self) }
        let perNode = f.value("per")
        let per = perNode.flatMap { r.number($0, field: "\(field).per", allowPercent: false) }
        let reporterNode = f.value("reported_by")
        let reportedBy = reporterNode.flatMap { n in r.text(n, field: "\(field).reported_by").map { LocatedCode($0, at: n.location) } }
        guard let code, let name else { return nil }
        if !isValidCode(code), let codeNode {
            r.report(BadPlanID.indicatorCode(code, at: codeNode.location))
            return nil
        }
        // An unreadable aggregation was reported above; the fields that go with it are checked
        // against a readable one only.
        if aggregationNode == nil || aggregation != nil {
            let written = aggregation?.rawValue
            if aggregation == .single, reportedBy == nil {
                r.report(AggregationFields.singleWithoutReporter(code, at: aggregationNode?.location ?? node.location))
            }
            if aggregation != .single, let reporterNode {
                r.report(
                    AggregationFields.misplaced("reported_by", code: code, aggregation: written, needs: "single", at: reporterNode.location)
                )
            }
            if aggregation != .ratio, let perNode {
                r.report(AggregationFields.misplaced("per", code: code, aggregation: written, needs: "ratio", at: perNode.location))
            }
        }
        return StrategicIndicator(
            code: code, name: name, unit: unit, direction: direction, baselineYear: baselineYear, baselineValue: baselineValue,
            targets: targets, itemCode: itemCode, aggregation: aggregation, per: per, reportedBy: reportedBy, location: node.location)
    }

    static func crossCheck(_ plans: [Plan]) -> [Diagnostic] {
        var diagnostics = DuplicatePlanID.check(plans)
        var rankOf: [String: Int] = [:]
        var seenItems: [String: SourceLocation] = [:]
        var seenIndicators: [String: String] = [:]
        let items = plans.flatMap { plan in plan.flattenedItems.map { (plan, $0) } }
        for (plan, item) in items {
            if let first = seenItems[item.code] {
                diagnostics.append(DuplicateItemCode.diagnostic(item, first: first))
            } else {
                seenItems[item.code] = item.location
                rankOf[item.code] = plan.rank
            }
            for ind in item.indicators {
                if let first = seenIndicators[ind.code] {
                    diagnostics.append(DuplicateIndicatorCode.usedByIndicator(ind.code, firstItem: first, at: item.location))
                } else if seenItems[ind.code] != nil && seenItems[ind.code] != item.location {
                    diagnostics.append(DuplicateIndicatorCode.usedByItem(ind.code, at: item.location))
                } else {
                    seenIndicators[ind.code] = item.code
                }
            }
        }
        let allCodes = Array(seenItems.keys).sorted()
        for (plan, item) in items {
            for s in item.supports {
                guard let rank = rankOf[s.code] else {
                    diagnostics.append(SupportsUnknown.diagnostic(s, allCodes: allCodes))
                    continue
                }
                if let d = SupportsRank.check(item, rank: plan.rank, supports: s, of: rank) {
                    diagnostics.append(d)
                }
            }
        }
        return diagnostics
    }
}
