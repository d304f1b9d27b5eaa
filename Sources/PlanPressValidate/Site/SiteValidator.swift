import PlanPressCore
import PlanPressParse

/// Checks `content/site.yaml` (`planpress/site/1`).
public enum SiteValidator {
    public static let format = "planpress/site/1"
    static let keys = [
        "format", "province", "office", "title", "fiscal_year", "base_url", "primary_plan", "deadline",
        "published_on", "numerals", "affiliations", "districts", "expected_units", "committee",
    ]

    public static func validate(_ document: LoadedDocument) -> (SiteConfig?, [Diagnostic]) {
        guard let root = document.root else { return (nil, document.diagnostics) }
        let r = FieldReader(path: document.path)
        for d in document.diagnostics { r.report(d) }
        guard let f = r.map(root, field: "", known: keys) else { return (nil, r.diagnostics) }
        if let n = r.required(f, "format"), let d = WrongFormat.check(n, expected: format) {
            r.report(d)
        }
        let province = r.requiredText(f, "province")
        let office = r.requiredText(f, "office")
        let title = r.requiredText(f, "title")
        var year: Int?
        if let n = r.required(f, "fiscal_year"), let y = r.integer(n, field: "fiscal_year") {
            if (2500...2700).contains(y) {
                year = y
            } else {
                let ce = (1957...2157).contains(y)
                r.report(ce ? FiscalYearCE.inSite(y, at: n.location) : FiscalYearMismatch.inSite(y, at: n.location))
            }
        }
        var baseURL: String?
        if let u = r.optionalText(f, "base_url") {
            if let d = BadURL.check(baseURL: u, at: f.value("base_url")!.location) {
                r.report(d)
            } else {
                baseURL = u.hasSuffix("/") ? u : u + "/"
            }
        }
        let primary = r.requiredText(f, "primary_plan")
        let deadline = f.value("deadline").flatMap { r.date($0, field: "deadline") }
        let published = f.value("published_on").flatMap { r.date($0, field: "published_on") }
        var siteDigits = NumeralStyle.arabic
        var printDigits = NumeralStyle.thai
        if let n = f.value("numerals"), let nf = r.map(n, field: "numerals", known: ["site", "print"]) {
            if let v = nf.value("site"), let s = r.enumeration(v, field: "numerals.site", as: NumeralStyle.self) { siteDigits = s }
            if let v = nf.value("print"), let s = r.enumeration(v, field: "numerals.print", as: NumeralStyle.self) { printDigits = s }
        }
        let affiliations = codeNames(f, "affiliations", r, required: true)
        let districts = codeNames(f, "districts", r, required: false)
        var expected: [ExpectedUnit] = []
        if let n = f.value("expected_units"), let items = r.list(n, field: "expected_units") {
            var seen = Set<String>()
            for (i, item) in items.enumerated() {
                let field = "expected_units[\(i + 1)]"
                guard let ef = r.map(item, field: field, known: ["id", "name"]) else { continue }
                let idNode = r.required(ef, "id")
                let id = idNode.flatMap { r.text($0, field: "\(field).id") }
                let name = r.requiredText(ef, "name")
                if let id, let idNode {
                    if !SubmissionValidator.isValidUnitID(id) {
                        r.report(BadUnitID.inSite(id, at: idNode.location))
                    } else if !seen.insert(id).inserted {
                        r.report(DuplicateSiteCode.expectedUnit(id, at: idNode.location))
                    } else if let name {
                        expected.append(ExpectedUnit(id: id, name: name, location: item.location))
                    }
                }
            }
        }
        var committee: [CommitteeMember] = []
        if let n = f.value("committee"), let items = r.list(n, field: "committee") {
            for (i, item) in items.enumerated() {
                let field = "committee[\(i + 1)]"
                guard let cf = r.map(item, field: field, known: ["name", "position"]) else { continue }
                if let name = r.requiredText(cf, "name"), let position = r.requiredText(cf, "position") {
                    committee.append(CommitteeMember(name: name, position: position))
                }
            }
        }
        guard !r.hasErrors, let province, let office, let title, let year, let primary else { return (nil, r.diagnostics) }
        let site = SiteConfig(
            province: province, office: office, title: title, fiscalYear: year, baseURL: baseURL, primaryPlan: primary,
            deadline: deadline, publishedOn: published, siteNumerals: siteDigits, printNumerals: printDigits,
            affiliations: affiliations, districts: districts, expectedUnits: expected, committee: committee, path: document.path)
        return (site, r.diagnostics)
    }

    static func codeNames(_ f: FieldReader.Fields, _ key: String, _ r: FieldReader, required: Bool) -> [CodeName] {
        let node = required ? r.required(f, key) : f.value(key)
        guard let node, let items = r.list(node, field: key) else { return [] }
        var out: [CodeName] = []
        var seen = Set<String>()
        for (i, item) in items.enumerated() {
            let field = "\(key)[\(i + 1)]"
            guard let cf = r.map(item, field: field, known: ["code", "name", "short_name"]) else { continue }
            let codeNode = r.required(cf, "code")
            let code = codeNode.flatMap { r.text($0, field: "\(field).code") }
            let name = r.requiredText(cf, "name")
            if let code, let codeNode, !seen.insert(code).inserted {
                r.report(DuplicateSiteCode.code(code, in: key, at: codeNode.location))
                continue
            }
            if let code, let name {
                out.append(CodeName(code: code, name: name, shortName: r.optionalText(cf, "short_name")))
            }
        }
        return out
    }
}
