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
    public static let indicatorResultKeys = ["code", "value", "note"]

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
        guard let root = document.root, let source = document.source else { return (nil, document.diagnostics) }
        let r = FieldReader(path: document.path)
        r.guide = { path in
            SkeletonField.named(path).map { LocalizedText(th: "\($0.label.th): \($0.help.th)", en: "\($0.label.en): \($0.help.en)") }
        }
        for d in document.diagnostics { r.report(d) }
        guard let top = r.map(root, field: "", known: Self.topKeys) else { return (nil, r.diagnostics) }

        if let f = r.required(top, "format") {
            if f.scalar?.text != Self.format {
                r.report(
                    .wrongFormat, at: f.location,
                    th: "format ต้องเป็น \(Self.format) แต่พบ \"\(f.scalar?.text ?? "")\"",
                    en: "format must be \(Self.format), found \"\(f.scalar?.text ?? "")\"",
                    hintTH: "เขียน format: \(Self.format)", hintEN: "write format: \(Self.format)")
            }
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
                    r.report(
                        .emptyProjects, at: p.value.location,
                        th: "ยังไม่มีโครงการในรายงาน (projects: [])", en: "the report lists no projects (projects: [])",
                        hintTH: "เพิ่มโครงการที่ดำเนินการในปีงบประมาณนี้", hintEN: "add the projects of this fiscal year")
                }
                if items.count > Self.maximumProjects {
                    r.report(
                        .tooManyProjects, at: p.value.location,
                        th: "มี \(items.count) โครงการ เกินขีดจำกัด \(Self.maximumProjects) โครงการต่อไฟล์",
                        en: "\(items.count) projects, over the limit of \(Self.maximumProjects) per file")
                } else {
                    var seen: [String: SourceLocation] = [:]
                    for (i, node) in items.enumerated() {
                        let project = readProject(node, number: i + 1, r, fiscalYear: year, evidenceRoot: evidenceRoot)
                        // From the id as written, so that a copied project is caught even when
                        // one of the two has another error too.
                        if let id = Self.writtenProjectID(node) {
                            if let first = seen[id] {
                                r.report(
                                    .duplicateProjectID, at: node.location,
                                    th: "รหัสโครงการ \"\(id)\" ซ้ำกับโครงการที่บรรทัด \(first.line)",
                                    en: "project id \"\(id)\" is already used at line \(first.line)",
                                    hintTH: "ตั้งรหัสใหม่ที่ไม่ซ้ำ เช่น \(id)-2", hintEN: "give it another id, e.g. \(id)-2")
                            } else {
                                seen[id] = node.location
                            }
                        }
                        if let project { projects.append(project) }
                    }
                }
            }
        } else {
            r.report(
                .missingField, at: top.entry("projects")?.keyLocation ?? root.location,
                th: "ขาดฟิลด์ที่ต้องกรอก \"projects\" (รายการโครงการ)", en: "missing required field \"projects\" (the list of projects)",
                hintTH: "เพิ่ม projects: แล้วตามด้วยรายการโครงการ (ถ้าไม่มีโครงการ เขียน projects: [])",
                hintEN: "add projects: followed by the projects (write projects: [] when there are none)")
        }

        var results: [IndicatorResult] = []
        if let v = top.value("indicator_results"), let items = r.list(v, field: "indicator_results") {
            for (i, node) in items.enumerated() {
                let field = "indicator_results[\(i + 1)]"
                guard let f = r.map(node, field: field, known: Self.indicatorResultKeys) else { continue }
                let codeNode = r.required(f, "code")
                let code = codeNode.flatMap { r.text($0, field: "\(field).code") }
                if let code, let codeNode, !index.indicatorCodes.contains(code) {
                    unknownCode(
                        code, at: codeNode.location, field: "\(field).code", among: index.indicatorCodes, kind: .unknownIndicatorResult, r)
                }
                let value = r.required(f, "value").flatMap { r.number($0, field: "\(field).value", allowPercent: true) }
                if let code, let codeNode, let value {
                    results.append(
                        IndicatorResult(code: LocatedCode(code, at: codeNode.location), value: value, note: r.optionalText(f, "note")))
                }
            }
        }

        guard !r.hasErrors, let unit, let year else { return (nil, r.diagnostics) }
        let submission = Submission(
            path: document.path, evidenceRoot: evidenceRoot, isFolderForm: isFolderForm, encoding: source.encoding,
            fiscalYear: year, unit: unit, submittedOn: submittedOn, approvedBy: approvedBy, summary: summary,
            projects: projects, indicatorResults: results)
        return (submission, r.diagnostics)
    }

    // MARK: Parts

    func checkFiscalYear(_ node: Node, _ r: FieldReader) -> Int? {
        guard let y = r.integer(node, field: "fiscal_year") else { return nil }
        if y < 2500 || y > 2700 {
            if (1957...2157).contains(y) {
                r.report(
                    .fiscalYearCE, at: node.location,
                    th: "ปีงบประมาณ \(y) เป็นปี ค.ศ. ต้องเขียนเป็น พ.ศ.",
                    en: "fiscal year \(y) is a Common Era year; write the Buddhist Era year",
                    hintTH: "เขียน fiscal_year: \(y + 543) (พ.ศ. = ค.ศ. + 543)", hintEN: "write fiscal_year: \(y + 543) (BE = CE + 543)")
            } else {
                r.report(
                    .fiscalYearMismatch, at: node.location,
                    th: "ปีงบประมาณ \(y) อยู่นอกช่วง พ.ศ. 2500–2700", en: "fiscal year \(y) is outside BE 2500–2700",
                    hintTH: fiscalYear.map { "เขียน fiscal_year: \($0)" }, hintEN: fiscalYear.map { "write fiscal_year: \($0)" })
            }
            return nil
        }
        if let expected = fiscalYear, y != expected {
            r.report(
                .fiscalYearMismatch, at: node.location,
                th: "ปีงบประมาณ \(y) ไม่ตรงกับปีของรายงาน (\(expected))",
                en: "fiscal year \(y) is not the report's fiscal year (\(expected))",
                hintTH: "ส่งรายงานของปีงบประมาณ \(expected) และเขียน fiscal_year: \(expected)",
                hintEN: "send the report of fiscal year \(expected) with fiscal_year: \(expected)")
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
                if text != expectedID {
                    r.report(
                        .fileNameMismatch, at: n.location,
                        th: "unit.id \"\(text)\" ไม่ตรงกับชื่อไฟล์หรือโฟลเดอร์ \"\(expectedID)\"",
                        en: "unit.id \"\(text)\" differs from the file or folder name \"\(expectedID)\"",
                        hintTH: "เปลี่ยนชื่อไฟล์เป็น \(text) ให้ตรงกับ unit.id", hintEN: "rename the file to \(text)")
                }
            } else {
                let suggested = Self.suggestedID(text)
                r.report(
                    .badUnitID, at: n.location,
                    th: "รหัสหน่วยงาน \"\(text)\" ใช้ได้เฉพาะ a–z 0–9 และ - ยาว 2–63 ตัว ขึ้นต้นด้วยตัวอักษรหรือตัวเลข",
                    en: "unit id \"\(text)\" may use only a–z, 0–9 and -, 2–63 characters, starting with a letter or digit",
                    hintTH: suggested.map { "เช่น \($0)" }, hintEN: suggested.map { "e.g. \($0)" })
            }
        }
        let name = r.requiredText(f, "name")
        let shortName = r.optionalText(f, "short_name")
        var affiliation: String?
        if let n = r.required(f, "affiliation"), let code = r.text(n, field: "unit.affiliation") {
            if affiliations.contains(code) {
                affiliation = code
            } else {
                unknownSiteCode(
                    code, at: n.location, field: "unit.affiliation", list: "affiliations", among: affiliations, kind: .unknownAffiliation, r
                )
            }
        }
        var district: String?
        if let n = f.value("district"), let code = r.text(n, field: "unit.district") {
            if districts.contains(code) {
                district = code
            } else {
                unknownSiteCode(
                    code, at: n.location, field: "unit.district", list: "districts", among: districts, kind: .unknownDistrict, r)
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

    func unknownSiteCode(
        _ code: String, at location: SourceLocation, field: String, list: String, among known: Set<String>, kind: DiagnosticCode,
        _ r: FieldReader
    ) {
        // `mueang` is the start of `mueang-satun`: a code that begins with what was written wins.
        let guess =
            known.sorted().first { $0.hasPrefix(code) || code.hasPrefix($0) } ?? Suggestion.nearest(to: code, in: known.sorted())
        r.report(
            kind, at: location,
            th: "ไม่มีรหัส \"\(code)\" ใน \(list) ของ \(sitePath) (\(field))",
            en: "\"\(code)\" is not listed under \(list) in \(sitePath) (\(field))",
            hintTH: guess.map { "หมายถึง \($0) หรือไม่ (รหัสที่ใช้ได้: \(known.sorted().joined(separator: ", ")))" },
            hintEN: guess.map { "did you mean \($0)? (codes: \(known.sorted().joined(separator: ", ")))" })
    }

    func unknownCode(
        _ code: String, at location: SourceLocation, field: String, among known: Set<String>, kind: DiagnosticCode, _ r: FieldReader
    ) {
        let guess = Suggestion.nearest(to: code, in: known.sorted())
        r.report(
            kind, at: location,
            th: "ไม่มีรหัส \"\(code)\" ในกรอบแผน (\(field))",
            en: "\"\(code)\" is not a code of the plan framework (\(field))",
            hintTH: guess.map { "รหัสที่ใกล้เคียงที่สุดคือ \($0)" }, hintEN: guess.map { "the closest code is \($0)" })
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
                r.report(
                    .badProjectID, at: n.location,
                    th: "รหัสโครงการ \"\(text)\" ใช้ได้เฉพาะ A–Z a–z 0–9 . _ - ยาวไม่เกิน 32 ตัว",
                    en: "project id \"\(text)\" may use only A–Z, a–z, 0–9, '.', '_' and '-', at most 32 characters",
                    hintTH: "เช่น \(Self.suggestedProjectID(text) ?? "P" + String(format: "%02d", number))",
                    hintEN: "e.g. \(Self.suggestedProjectID(text) ?? "P" + String(format: "%02d", number))")
            }
        }
        let name = r.requiredText(f, "name")
        var strategies: [LocatedCode] = []
        if let n = r.required(f, "strategies") {
            strategies = r.codes(n, field: "\(field).strategies")
            if strategies.isEmpty, n.scalar == nil {
                r.report(
                    .noStrategies, at: n.location,
                    th: "โครงการต้องระบุรหัสยุทธศาสตร์อย่างน้อยหนึ่งรหัส", en: "a project must name at least one strategy code",
                    hintTH: index.primaryPlanCodes.prefix(8).isEmpty
                        ? nil
                        : "เช่น [\(index.primaryPlanCodes.prefix(1).joined())] (รหัสที่ใช้ได้: \(index.primaryPlanCodes.prefix(12).joined(separator: ", ")) …)",
                    hintEN: index.primaryPlanCodes.isEmpty ? nil : "e.g. [\(index.primaryPlanCodes.prefix(1).joined())]")
            }
            for c in strategies where !index.itemCodes.contains(c.code) {
                unknownCode(c.code, at: c.location, field: "\(field).strategies", among: index.itemCodes, kind: .unknownStrategy, r)
            }
        }
        var also: [LocatedCode] = []
        if let n = f.value("also_supports") {
            also = r.codes(n, field: "\(field).also_supports")
            for c in also where !index.itemCodes.contains(c.code) {
                unknownCode(c.code, at: c.location, field: "\(field).also_supports", among: index.itemCodes, kind: .unknownAlsoSupports, r)
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
            if items.isEmpty { noIndicators(at: n.location, field: field, r) }
        } else {
            noIndicators(at: f.entry("indicators")?.keyLocation ?? node.location, field: field, r)
        }
        var beneficiaries: [Beneficiary] = []
        if let n = f.value("beneficiaries") {
            if case .mapping(let entries) = n.value {
                for e in entries {
                    if let count = r.integer(e.value, field: "\(field).beneficiaries.\(e.key)") {
                        if count < 0 {
                            r.report(
                                .badNumber, at: e.value.location, th: "จำนวนผู้รับประโยชน์ต้องไม่ติดลบ",
                                en: "beneficiary counts must not be negative")
                        } else {
                            beneficiaries.append(Beneficiary(name: e.key, count: count))
                        }
                    }
                }
            } else {
                r.wrongType(
                    n, field: "\(field).beneficiaries",
                    expected: .init(th: "ชุดฟิลด์ เช่น { students: 120 }", en: "a map such as { students: 120 }"))
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

    func noIndicators(at location: SourceLocation, field: String, _ r: FieldReader) {
        r.report(
            .noIndicators, at: location,
            th: "โครงการ \(field) ไม่มีตัวชี้วัด", en: "project \(field) has no indicators",
            hintTH: "เพิ่ม indicators: พร้อม name, target และ actual", hintEN: "add indicators: with name, target and actual")
    }

    func readPeriod(_ node: Node, field: String, _ r: FieldReader, fiscalYear: Int?) -> Period? {
        guard let f = r.map(node, field: field, known: Self.periodKeys) else { return nil }
        let start = f.value("start").flatMap { r.date($0, field: "\(field).start") }
        let end = f.value("end").flatMap { r.date($0, field: "\(field).end") }
        if let start, let end, end < start, let n = f.value("end") {
            r.report(
                .periodEndBeforeStart, at: n.location,
                th: "วันสิ้นสุด \(end.thai()) อยู่ก่อนวันเริ่ม \(start.thai())",
                en: "the end \(end.iso) is before the start \(start.iso)",
                hintTH: "ตรวจปี พ.ศ. และสลับวันเริ่ม/วันสิ้นสุด", hintEN: "check the years, or swap start and end")
        }
        if let year = fiscalYear {
            let fy = FiscalYear(beYear: year)
            for (key, date) in [("start", start), ("end", end)] {
                guard let date, !fy.contains(date), let n = f.value(key) else { continue }
                r.report(
                    .periodOutsideFiscalYear, at: n.location,
                    th: "วันที่ \(date.thai()) อยู่นอกปีงบประมาณ \(year) (\(fy.start.thai()) – \(fy.end.thai()))",
                    en: "\(date.iso) is outside fiscal year \(year) (\(fy.start.iso) – \(fy.end.iso))",
                    hintTH: "ตรวจว่าเขียนปี พ.ศ. ถูกต้อง", hintEN: "check the year")
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
        if let allocated, let spent, spent > allocated, let n = f.value("spent") {
            r.report(
                .spentOverAllocated, at: n.location,
                th: "ใช้จ่าย \(spent.grouped) บาท มากกว่างบที่ได้รับ \(allocated.grouped) บาท",
                en: "spent \(spent.grouped) baht is more than allocated \(allocated.grouped) baht",
                hintTH: "ตรวจตัวเลข หรือเพิ่มงบที่ได้รับเพิ่มเติมใน allocated", hintEN: "check the figures, or include additional funds in allocated")
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
            if percent, v < DecimalNumber(0) || v > DecimalNumber(100) {
                r.report(
                    .percentOutOfRange, at: n.location,
                    th: "\(key) เป็นร้อยละ แต่มีค่า \(v) ซึ่งอยู่นอกช่วง 0–100",
                    en: "\(key) is a percentage but its value \(v) is outside 0–100",
                    hintTH: "ตรวจตัวเลข (จุดทศนิยมตกหล่นหรือไม่) หรือถ้าเป็นจำนวนนับ ให้เปลี่ยน unit เป็นหน่วยนับ เช่น คน",
                    hintEN: "check the number (a lost decimal point?), or if it is a count, change unit to what is counted")
            }
            return .number(v)
        }
        let target = r.required(f, "target").flatMap { value($0, "target") }
        let actualNode = f.value("actual")
        let actual = actualNode.flatMap { value($0, "actual") }
        let achieved = f.value("achieved").flatMap { r.bool($0, field: "\(field).achieved") }
        if kind == .qualitative, let actualNode, achieved == nil, !f.has("achieved") {
            r.report(
                .qualitativeWithoutAchieved, at: actualNode.location,
                th: "ตัวชี้วัดเชิงคุณภาพที่มีผล (actual) ต้องระบุ achieved: true หรือ false",
                en: "a qualitative indicator with an actual needs achieved: true or false",
                hintTH: "เพิ่มบรรทัด achieved: true (บรรลุ) หรือ achieved: false (ไม่บรรลุ)", hintEN: "add achieved: true or achieved: false")
        }
        var contributes: LocatedCode?
        if let n = f.value("contributes_to"), let code = r.text(n, field: "\(field).contributes_to") {
            if index.indicatorCodes.contains(code) {
                contributes = LocatedCode(code, at: n.location)
            } else {
                unknownCode(
                    code, at: n.location, field: "\(field).contributes_to", among: index.indicatorCodes, kind: .unknownContributesTo, r)
            }
        }
        if status == .completed, actualNode == nil {
            r.report(
                .completedNotMeasured, at: f.entry("target")?.keyLocation ?? node.location,
                th: "โครงการแล้วเสร็จ แต่ตัวชี้วัด \"\(name ?? field)\" ยังไม่มีผล (actual)",
                en: "the project is completed but indicator \"\(name ?? field)\" has no actual",
                hintTH: "เพิ่ม actual: ผลที่วัดได้", hintEN: "add actual: with the measured value")
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
            r.report(
                .evidenceTarget, at: node.location,
                th: "หลักฐานต้องมี url หรือ file อย่างใดอย่างหนึ่ง (\(field))", en: "evidence needs exactly one of url or file (\(field))",
                hintTH: "ใส่ url: https://… หรือ file: evidence/ชื่อไฟล์", hintEN: "give url: https://… or file: evidence/name")
            return nil
        case (let u?, nil):
            let lower = u.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), URL(string: u)?.host != nil else {
                // `www.example.go.th/a.pdf`: a link without its scheme.
                let bare = !u.contains("://") && !u.contains(" ") && u.split(separator: "/").first?.contains(".") == true
                r.report(
                    .evidenceURLScheme, at: f.value("url")!.location,
                    th: "ลิงก์หลักฐาน \"\(u)\" ต้องขึ้นต้นด้วย http:// หรือ https://",
                    en: "evidence url \"\(u)\" must start with http:// or https://",
                    hintTH: (bare ? "เขียนเป็น https://\(u) " : "") + "(คัดลอกลิงก์เต็มจากช่องที่อยู่ของเบราว์เซอร์ หรือแนบไฟล์ด้วย file:)",
                    hintEN: (bare ? "write https://\(u) " : "")
                        + "(copy the full link from the browser's address bar, or attach a file with file:)")
                return nil
            }
            guard let title else { return nil }
            return Evidence(title: title, target: .url(u))
        case (nil, let p?):
            let location = f.value("file")!.location
            guard let resolved = EvidencePath.resolve(p, in: root) else {
                r.report(
                    .evidenceFileOutside, at: location,
                    th: "ไฟล์หลักฐาน \"\(p)\" อยู่นอกโฟลเดอร์ของหน่วยงาน",
                    en: "evidence file \"\(p)\" lies outside the unit's folder",
                    hintTH: "วางไฟล์ไว้ในโฟลเดอร์ evidence ของหน่วยงาน แล้วเขียน file: evidence/ชื่อไฟล์",
                    hintEN: "put the file in the unit's evidence folder and write file: evidence/name")
                return nil
            }
            guard FileManager.default.fileExists(atPath: resolved.path) else {
                // Where the office must put it: beside the submission file, as the path says.
                let folder = (r.path as NSString).deletingLastPathComponent
                let expected = folder.isEmpty ? p : "\(folder)/\(p)"
                r.report(
                    .evidenceFileMissing, at: location,
                    th: "ไม่พบไฟล์หลักฐาน \"\(p)\"", en: "evidence file \"\(p)\" does not exist",
                    hintTH: "ส่งไฟล์นี้มาพร้อมรายงาน โดยชื่อไฟล์ตรงกันทุกตัวอักษร (ตัวพิมพ์เล็ก/ใหญ่) สำนักงานวางไฟล์ไว้ที่ \(expected)",
                    hintEN: "send the file with the report, named exactly so (case matters); the office puts it at \(expected)")
                return nil
            }
            guard let title else { return nil }
            return Evidence(title: title, target: .file(p))
        }
    }
}
