import Foundation
import PlanPressCore
import PlanPressParse

/// Checks one unit submission against the format, the site configuration and the framework.
public struct SubmissionValidator: Sendable {
    public static let format = "planpress/unit-report/1"
    public static let maximumProjects = 2000

    public var fiscalYear: Int?
    public var affiliations: Set<String>
    public var districts: Set<String>
    public var index: FrameworkIndex
    /// The site configuration's path as shown to users, named in messages about its lists.
    public var sitePath: String

    // The keys of every map of the format, in the spec's order. The JSON Schema
    // (`SubmissionSchema`) is built from these same lists, so the two never drift.
    public static let topKeys = [
        "format", "fiscal_year", "unit", "submitted_on", "approved_by", "summary", "projects", "indicator_results",
    ]
    public static let unitKeys = ["id", "name", "short_name", "affiliation", "district", "contact"]
    public static let contactKeys = ["name", "position", "phone", "email"]
    public static let personKeys = ["name", "position"]
    public static let projectKeys = [
        "id", "name", "strategies", "also_supports", "status", "period", "lead", "budget", "objectives",
        "indicators", "beneficiaries", "results", "problems", "suggestions", "evidence",
    ]
    public static let periodKeys = ["start", "end"]
    public static let budgetKeys = ["allocated", "spent", "source"]
    public static let indicatorKeys = ["name", "kind", "unit", "target", "actual", "direction", "achieved", "contributes_to"]
    public static let evidenceKeys = ["title", "url", "file"]
    public static let indicatorResultKeys = ["code", "value", "numerator", "denominator", "note", "as_of"]

    public init(site: SiteConfig?, index: FrameworkIndex) {
        fiscalYear = site?.fiscalYear
        affiliations = Set(site?.affiliations.map(\.code) ?? [])
        districts = Set(site?.districts.map(\.code) ?? [])
        self.index = index
        sitePath = site?.path ?? "content/site.yaml"
    }

    /// Validates a parsed document. `expectedID` is the file or folder name the unit id should match;
    /// `evidenceRoot` is the folder evidence files are resolved in. A file that still holds the
    /// skeleton's placeholders gets one PP210 per placeholder and is not accepted.
    public func validate(
        _ document: LoadedDocument, expectedID: String, evidenceRoot: URL, isFolderForm: Bool
    ) -> (Submission?, [Diagnostic]) {
        let (submission, diagnostics) = validateFields(
            document, expectedID: expectedID, evidenceRoot: evidenceRoot, isFolderForm: isFolderForm)
        guard let root = document.root else { return (submission, diagnostics) }
        let placeholders = SkeletonPlaceholder.find(in: root, text: document.source?.text)
        guard !placeholders.isEmpty else { return (submission, diagnostics) }
        return (nil, SkeletonPlaceholder.merge(placeholders, values: SkeletonPlaceholder.valueLocations(in: root), into: diagnostics))
    }

    func validateFields(
        _ document: LoadedDocument, expectedID: String, evidenceRoot: URL, isFolderForm: Bool
    ) -> (Submission?, [Diagnostic]) {
        // A workbook has no source text: its parts are XML in UTF-8.
        guard let root = document.root, document.source != nil || document.workbook != nil else { return (nil, document.diagnostics) }
        let r = FieldReader(path: document.path)
        r.guide = { path in
            SkeletonField.named(path).map { LocalizedText(th: "\($0.label.th): \($0.help.th)", en: "\($0.label.en): \($0.help.en)") }
        }
        for d in document.diagnostics { r.report(d) }
        guard let top = r.map(root, field: "", known: Self.topKeys) else { return (nil, r.diagnostics) }

        if let f = r.required(top, "format"), let d = WrongFormat.check(f, expected: Self.format, namingFound: true) {
            r.report(d)
        }
        let year = r.required(top, "fiscal_year").flatMap { checkFiscalYear($0, r) }
        let unit = r.required(top, "unit").flatMap { readUnit($0, r, expectedID: expectedID) }
        let submittedOn = top.value("submitted_on").flatMap { r.date($0, field: "submitted_on") }
        var approvedBy: Person?
        if let a = top.value("approved_by"), let f = r.map(a, field: "approved_by", known: Self.personKeys) {
            approvedBy = Person(name: r.optionalText(f, "name"), position: r.optionalText(f, "position"))
        }
        let summary = r.optionalText(top, "summary")

        var projects: [Project] = []
        if let p = top.entry("projects"), !p.value.isNull {
            if let items = r.list(p.value, field: "projects") {
                if items.isEmpty {
                    r.report(EmptyProjects.diagnostic(at: p.value.location))
                }
                if let d = TooManyProjects.check(count: items.count, at: p.value.location) {
                    r.report(d)
                } else {
                    var seen: [String: SourceLocation] = [:]
                    for (i, node) in items.enumerated() {
                        let project = readProject(node, number: i + 1, r, fiscalYear: year, evidenceRoot: evidenceRoot)
                        // From the id as written, so that a copied project is caught even when
                        // one of the two has another error too.
                        if let id = Self.writtenProjectID(node) {
                            if let first = seen[id] {
                                r.report(DuplicateProjectID.diagnostic(id, first: first, at: node.location))
                            } else {
                                seen[id] = node.location
                            }
                        }
                        if let project { projects.append(project) }
                    }
                }
            }
        } else {
            r.report(MissingField.projects(at: top.entry("projects")?.keyLocation ?? root.location))
        }

        var results: [IndicatorResult] = []
        if let v = top.value("indicator_results"), let items = r.list(v, field: "indicator_results") {
            for (i, node) in items.enumerated() {
                let field = "indicator_results[\(i + 1)]"
                guard let f = r.map(node, field: field, known: Self.indicatorResultKeys) else { continue }
                let codeNode = r.required(f, "code")
                let code = codeNode.flatMap { r.text($0, field: "\(field).code") }
                if let code, let codeNode,
                    let d = UnknownIndicatorResult.check(code, at: codeNode.location, field: "\(field).code", among: index.indicatorCodes)
                {
                    r.report(d)
                }
                let indicator = code.flatMap { index.indicators[$0] }
                if let result = readIndicatorResult(f, field: field, indicator: indicator, unitID: unit?.id, r), let code, let codeNode {
                    results.append(
                        IndicatorResult(
                            code: LocatedCode(code, at: codeNode.location), value: result.value, note: r.optionalText(f, "note"),
                            numerator: result.numerator, denominator: result.denominator,
                            asOf: f.value("as_of").flatMap { r.date($0, field: "\(field).as_of") }))
                }
            }
        }

        guard !r.hasErrors, let unit, let year else { return (nil, r.diagnostics) }
        let submission = Submission(
            path: document.path, evidenceRoot: evidenceRoot, isFolderForm: isFolderForm, encoding: document.source?.encoding ?? .utf8,
            fiscalYear: year, unit: unit, submittedOn: submittedOn, approvedBy: approvedBy, summary: summary,
            projects: projects, indicatorResults: results)
        return (submission, r.diagnostics)
    }

    // MARK: Parts

    /// An `indicator_results` entry's figures, by the aggregation of its indicator (unknown when
    /// the code is not one): `value`, or for a `ratio` the unit's own rate from `numerator` and
    /// `denominator`. The entry of a `single` indicator is the reporter's only.
    func readIndicatorResult(
        _ f: FieldReader.Fields, field: String, indicator: StrategicIndicator?, unitID: String?, _ r: FieldReader
    ) -> (value: DecimalNumber, numerator: DecimalNumber?, denominator: DecimalNumber?)? {
        let numeratorNode = f.value("numerator")
        let denominatorNode = f.value("denominator")
        let numerator = numeratorNode.flatMap { r.number($0, field: "\(field).numerator", allowPercent: false) }
        let denominator = denominatorNode.flatMap { r.number($0, field: "\(field).denominator", allowPercent: false) }
        if let indicator, let reporter = indicator.reportedBy, indicator.aggregation == .single, let unitID, unitID != reporter.code,
            let codeNode = f.value("code")
        {
            r.report(NotTheReporter.diagnostic(code: indicator.code, unitID: unitID, reporter: reporter.code, at: codeNode.location))
        }
        guard let indicator, indicator.aggregation == .ratio else {
            if let indicator {
                for (key, node) in [("numerator", numeratorNode), ("denominator", denominatorNode)] {
                    guard let node else { continue }
                    r.report(
                        RatioPartsNotRatio.diagnostic(
                            key, code: indicator.code, aggregation: indicator.aggregation?.rawValue, at: node.location))
                }
            }
            let value = r.required(f, "value").flatMap { r.number($0, field: "\(field).value", allowPercent: true) }
            return value.map { (value: $0, numerator: nil, denominator: nil) }
        }
        let missing = [("numerator", numeratorNode), ("denominator", denominatorNode)].filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            let at = (f.value("value") ?? f.value("code") ?? f.node).location
            r.report(RatioParts.missing(missing, code: indicator.code, per: indicator.ratioPer, at: at))
            return nil
        }
        if let node = f.value("value") {
            r.report(RatioParts.valueBesideParts(code: indicator.code, at: node.location))
            return nil
        }
        guard let numerator, let denominator else { return nil }
        guard let perNumerator = DecimalNumber.Exact(numerator).times(DecimalNumber.Exact(indicator.ratioPer)) else { return nil }
        let own = DecimalNumber.quotient(perNumerator, over: DecimalNumber.Exact(denominator)) ?? DecimalNumber(0)
        return (own, numerator, denominator)
    }

    func checkFiscalYear(_ node: Node, _ r: FieldReader) -> Int? {
        guard let y = r.integer(node, field: "fiscal_year") else { return nil }
        if y < 2500 || y > 2700 {
            if (1957...2157).contains(y) {
                r.report(FiscalYearCE.inReport(y, at: node.location))
            } else {
                r.report(FiscalYearMismatch.outsideRange(y, expected: fiscalYear, at: node.location))
            }
            return nil
        }
        if let expected = fiscalYear, let d = FiscalYearMismatch.check(y, expected: expected, at: node.location) {
            r.report(d)
            return nil
        }
        return y
    }

    /// `[a-z0-9][a-z0-9-]{1,62}`: the form of `unit.id` (also the file name).
    public static func isValidUnitID(_ id: String) -> Bool {
        let b = Array(id.utf8)
        guard (2...63).contains(b.count) else { return false }
        func ok(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) }
        return ok(b[0]) && b.dropFirst().allSatisfy { ok($0) || $0 == UInt8(ascii: "-") }
    }

    /// The status a Thai word most likely means: `เสร็จสิ้น` → completed.
    static func statusInThai(_ text: String) -> ProjectStatus? {
        let words: [(String, ProjectStatus)] = [
            ("ยกเลิก", .cancelled), ("เลื่อน", .postponed), ("ยังไม่เสร็จ", .ongoing), ("ยังไม่", .notStarted), ("ระหว่าง", .ongoing),
            ("กำลัง", .ongoing), ("เสร็จ", .completed), ("ดำเนินการแล้ว", .completed),
        ]
        return words.first { text.contains($0.0) }?.1
    }

    /// A project's `id` as written, when it is a valid id.
    static func writtenProjectID(_ node: Node) -> String? {
        guard case .mapping(let entries) = node.value, let n = entries.first(where: { $0.key == "id" })?.value, !n.isNull,
            let text = n.scalar?.text, isValidProjectID(text)
        else { return nil }
        return text
    }

    /// `SP 03` → `SP-03`: the id with what is not allowed replaced, when that makes a valid id.
    static func suggestedProjectID(_ text: String) -> String? {
        var s = String(text.map { c -> Character in (c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_")) ? c : "-" })
        while s.contains("--") { s = s.replacingOccurrences(of: "--", with: "-") }
        s = s.trimmingCharacters(in: "-")
        return isValidProjectID(s) && s != text ? s : nil
    }

    static func isValidProjectID(_ id: String) -> Bool {
        let b = Array(id.utf8)
        guard (1...32).contains(b.count) else { return false }
        func ok(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) }
        return ok(b[0])
            && b.dropFirst().allSatisfy { ok($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    func readUnit(_ node: Node, _ r: FieldReader, expectedID: String) -> UnitInfo? {
        guard let f = r.map(node, field: "unit", known: Self.unitKeys) else { return nil }
        var id: String?
        if let n = r.required(f, "id"), let text = r.text(n, field: "unit.id") {
            if Self.isValidUnitID(text) {
                id = text
                if let d = FileNameMismatch.check(text, expected: expectedID, at: n.location) { r.report(d) }
            } else {
                r.report(BadUnitID.inReport(text, at: n.location))
            }
        }
        let name = r.requiredText(f, "name")
        let shortName = r.optionalText(f, "short_name")
        var affiliation: String?
        if let n = r.required(f, "affiliation"), let code = r.text(n, field: "unit.affiliation") {
            if let d = UnknownAffiliation.check(
                code, at: n.location, field: "unit.affiliation", list: "affiliations", among: affiliations, sitePath: sitePath)
            {
                r.report(d)
            } else {
                affiliation = code
            }
        }
        var district: String?
        if let n = f.value("district"), let code = r.text(n, field: "unit.district") {
            if let d = UnknownDistrict.check(
                code, at: n.location, field: "unit.district", list: "districts", among: districts, sitePath: sitePath)
            {
                r.report(d)
            } else {
                district = code
            }
        }
        var contact: Contact?
        if let c = f.value("contact"), let cf = r.map(c, field: "unit.contact", known: Self.contactKeys) {
            contact = Contact(
                name: r.optionalText(cf, "name"), position: r.optionalText(cf, "position"),
                phone: r.optionalText(cf, "phone"), email: r.optionalText(cf, "email"))
        }
        guard let id, let name, let affiliation else { return nil }
        return UnitInfo(id: id, name: name, shortName: shortName, affiliation: affiliation, district: district, contact: contact)
    }

    /// A valid unit id close to `text` (`Bad_Unit` → `bad-unit`), if there is one.
    public static func suggestedID(_ text: String) -> String? {
        let lowered = text.lowercased().map { c -> Character in
            (c.isASCII && (c.isLetter || c.isNumber)) ? c : "-"
        }
        var s = String(lowered)
        while s.contains("--") { s = s.replacingOccurrences(of: "--", with: "-") }
        s = s.trimmingCharacters(in: "-")
        return isValidUnitID(s) && s != text ? s : nil
    }

    func readProject(_ node: Node, number: Int, _ r: FieldReader, fiscalYear: Int?, evidenceRoot: URL) -> Project? {
        let field = "projects[\(number)]"
        guard let f = r.map(node, field: field, known: Self.projectKeys) else { return nil }
        let errorsBefore = r.diagnostics.count { $0.severity == .error }
        var id: String?
        if let n = r.required(f, "id"), let text = r.text(n, field: "\(field).id") {
            if Self.isValidProjectID(text) {
                id = text
            } else {
                r.report(BadProjectID.diagnostic(text, number: number, at: n.location))
            }
        }
        let name = r.requiredText(f, "name")
        var strategies: [LocatedCode] = []
        if let n = r.required(f, "strategies") {
            strategies = r.codes(n, field: "\(field).strategies")
            if let d = NoStrategies.check(strategies, node: n, primaryPlanCodes: index.primaryPlanCodes) { r.report(d) }
            for c in strategies {
                if let d = UnknownStrategy.check(c.code, at: c.location, field: "\(field).strategies", among: index.itemCodes) {
                    r.report(d)
                }
            }
        }
        var also: [LocatedCode] = []
        if let n = f.value("also_supports") {
            also = r.codes(n, field: "\(field).also_supports")
            for c in also {
                if let d = UnknownAlsoSupports.check(c.code, at: c.location, field: "\(field).also_supports", among: index.itemCodes) {
                    r.report(d)
                }
            }
        }
        let status = r.required(f, "status").flatMap {
            r.enumeration($0, field: "\(field).status", as: ProjectStatus.self, meaning: Self.statusInThai)
        }
        let period = f.value("period").flatMap { readPeriod($0, field: "\(field).period", r, fiscalYear: fiscalYear) }
        let lead = r.optionalText(f, "lead")
        let budget = f.value("budget").flatMap { readBudget($0, field: "\(field).budget", r) }
        let objectives = r.textList(f, "objectives")
        var indicators: [Indicator] = []
        if let n = f.value("indicators"), let items = r.list(n, field: "\(field).indicators") {
            for (i, item) in items.enumerated() {
                if let ind = readIndicator(item, field: "\(field).indicators[\(i + 1)]", r, status: status) {
                    indicators.append(ind)
                }
            }
            if items.isEmpty { r.report(NoIndicators.diagnostic(project: field, at: n.location)) }
        } else {
            r.report(NoIndicators.diagnostic(project: field, at: f.entry("indicators")?.keyLocation ?? node.location))
        }
        var beneficiaries: [Beneficiary] = []
        if let n = f.value("beneficiaries") {
            if case .mapping(let entries) = n.value {
                for e in entries {
                    if let count = r.integer(e.value, field: "\(field).beneficiaries.\(e.key)") {
                        if count < 0 {
                            r.report(BadNumber.negativeCount(at: e.value.location))
                        } else {
                            beneficiaries.append(Beneficiary(name: e.key, count: count))
                        }
                    }
                }
            } else {
                r.wrongType(n, field: "\(field).beneficiaries", expected: .beneficiaries)
            }
        }
        let results = r.optionalText(f, "results")
        let problems = r.textList(f, "problems")
        let suggestions = r.textList(f, "suggestions")
        var evidence: [Evidence] = []
        if let n = f.value("evidence"), let items = r.list(n, field: "\(field).evidence") {
            for (i, item) in items.enumerated() {
                if let e = readEvidence(item, field: "\(field).evidence[\(i + 1)]", r, root: evidenceRoot) { evidence.append(e) }
            }
        }
        let errorsAfter = r.diagnostics.count { $0.severity == .error }
        guard errorsAfter == errorsBefore, let id, let name, let status else { return nil }
        return Project(
            id: id, name: name, strategies: strategies, alsoSupports: also, status: status, period: period, lead: lead,
            budget: budget, objectives: objectives, indicators: indicators, beneficiaries: beneficiaries, results: results,
            problems: problems, suggestions: suggestions, evidence: evidence, location: node.location)
    }

    func readPeriod(_ node: Node, field: String, _ r: FieldReader, fiscalYear: Int?) -> Period? {
        guard let f = r.map(node, field: field, known: Self.periodKeys) else { return nil }
        let start = f.value("start").flatMap { r.date($0, field: "\(field).start") }
        let end = f.value("end").flatMap { r.date($0, field: "\(field).end") }
        if let start, let end, let n = f.value("end"), let d = PeriodEndBeforeStart.check(start: start, end: end, at: n.location) {
            r.report(d)
        }
        if let year = fiscalYear {
            for (key, date) in [("start", start), ("end", end)] {
                guard let date, let n = f.value(key), let d = PeriodOutsideFiscalYear.check(date, fiscalYear: year, at: n.location) else {
                    continue
                }
                r.report(d)
            }
        }
        return Period(start: start, end: end)
    }

    func readBudget(_ node: Node, field: String, _ r: FieldReader) -> Budget? {
        guard let f = r.map(node, field: field, known: Self.budgetKeys) else { return nil }
        let allocated = r.required(f, "allocated").flatMap { r.money($0, field: "\(field).allocated") }
        let spent = f.value("spent").flatMap { r.money($0, field: "\(field).spent") }
        let source =
            f.value("source").flatMap {
                r.enumeration($0, field: "\(field).source", as: BudgetSource.self) { w in
                    BudgetSource.allCases.first { !w.isEmpty && (w.contains($0.thai) || $0.thai.contains(w)) }
                }
            } ?? .government
        if let allocated, let spent, let n = f.value("spent"),
            let d = SpentOverAllocated.check(spent: spent, allocated: allocated, at: n.location)
        {
            r.report(d)
        }
        guard let allocated else { return nil }
        return Budget(allocated: allocated, spent: spent, source: source)
    }

    static func isPercent(_ unit: String?) -> Bool {
        guard let u = unit?.trimmingCharacters(in: " ") else { return false }
        return u == "ร้อยละ" || u == "%" || u == "เปอร์เซ็นต์" || u.lowercased() == "percent"
    }

    func readIndicator(_ node: Node, field: String, _ r: FieldReader, status: ProjectStatus?) -> Indicator? {
        guard let f = r.map(node, field: field, known: Self.indicatorKeys) else { return nil }
        let before = r.diagnostics.count { $0.severity == .error }
        let name = r.requiredText(f, "name")
        let kind = f.value("kind").flatMap { r.enumeration($0, field: "\(field).kind", as: IndicatorKind.self) } ?? .quantitative
        let unit = r.optionalText(f, "unit")
        let direction = f.value("direction").flatMap { r.enumeration($0, field: "\(field).direction", as: Direction.self) } ?? .increase
        let percent = Self.isPercent(unit)
        func value(_ n: Node, _ key: String) -> IndicatorValue? {
            if kind == .qualitative {
                return r.text(n, field: "\(field).\(key)").map { .text($0) }
            }
            guard let v = r.number(n, field: "\(field).\(key)", allowPercent: percent) else { return nil }
            if percent, let d = PercentOutOfRange.check(v, key: key, at: n.location) {
                r.report(d)
            }
            return .number(v)
        }
        let target = r.required(f, "target").flatMap { value($0, "target") }
        let actualNode = f.value("actual")
        let actual = actualNode.flatMap { value($0, "actual") }
        let achieved = f.value("achieved").flatMap { r.bool($0, field: "\(field).achieved") }
        if let d = QualitativeWithoutAchieved.check(kind: kind, actual: actualNode, achievedWritten: achieved != nil || f.has("achieved")) {
            r.report(d)
        }
        var contributes: LocatedCode?
        if let n = f.value("contributes_to"), let code = r.text(n, field: "\(field).contributes_to") {
            if let d = UnknownContributesTo.check(code, at: n.location, field: "\(field).contributes_to", among: index.indicatorCodes) {
                r.report(d)
            } else {
                contributes = LocatedCode(code, at: n.location)
            }
        }
        if let d = CompletedNotMeasured.check(
            status: status, hasActual: actualNode != nil, name: name ?? field, at: f.entry("target")?.keyLocation ?? node.location)
        {
            r.report(d)
        }
        guard r.diagnostics.count(where: { $0.severity == .error }) == before, let name, let target else { return nil }
        return Indicator(
            name: name, kind: kind, unit: unit, target: target, actual: actual, direction: direction, achieved: achieved,
            contributesTo: contributes)
    }

    func readEvidence(_ node: Node, field: String, _ r: FieldReader, root: URL) -> Evidence? {
        guard let f = r.map(node, field: field, known: Self.evidenceKeys) else { return nil }
        let title = r.requiredText(f, "title")
        let url = r.optionalText(f, "url")
        let file = r.optionalText(f, "file")
        switch (url, file) {
        case (nil, nil), (.some, .some):
            r.report(EvidenceTarget.diagnostic(field, at: node.location))
            return nil
        case (let u?, nil):
            if let d = EvidenceURLScheme.check(u, at: f.value("url")!.location) {
                r.report(d)
                return nil
            }
            guard let title else { return nil }
            return Evidence(title: title, target: .url(u))
        case (nil, let p?):
            let location = f.value("file")!.location
            guard let resolved = EvidencePath.resolve(p, in: root) else {
                r.report(EvidenceFileOutside.diagnostic(p, at: location))
                return nil
            }
            if let d = EvidenceFileMissing.check(p, resolved: resolved, submissionPath: r.path, at: location) {
                r.report(d)
                return nil
            }
            guard let title else { return nil }
            return Evidence(title: title, target: .file(p))
        }
    }
}
