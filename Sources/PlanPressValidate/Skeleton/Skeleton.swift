import PlanPressCore

/// The commented submission skeleton that `planpress new unit` writes for a unit to fill in.
///
/// Every field of the format is there, each with a comment (from `SkeletonField`) saying what to
/// write; what the office already knows (format, fiscal year, unit id, name, affiliation) is
/// filled in, everything else is a placeholder `<…>` that `check` reports (PP210) until it is
/// replaced. The plan's codes, affiliations and districts are listed in comments.
public struct Skeleton: Sendable {
    public var unitID: String
    public var unitName: String?
    public var affiliation: String?
    public var district: String?
    public var site: SiteConfig?
    public var framework: PlanFramework?
    /// The schema path for the `yaml-language-server` modeline, relative to the skeleton file.
    public var schemaPath: String
    public var language: Language

    public init(
        unitID: String, unitName: String? = nil, affiliation: String? = nil, district: String? = nil, site: SiteConfig? = nil,
        framework: PlanFramework? = nil, schemaPath: String = "../unit-report.schema.json", language: Language = .th
    ) {
        self.unitID = unitID
        self.unitName = unitName
        self.affiliation = affiliation
        self.district = district
        self.site = site
        self.framework = framework
        self.schemaPath = schemaPath
        self.language = language
    }

    /// The name to write: the one given, else the one `site.yaml` expects for this id.
    public var resolvedName: String? {
        unitName ?? site?.expectedUnits.first { $0.id == unitID }?.name
    }

    private func t(_ th: String, _ en: String) -> String { language == .th ? th : en }

    /// The skeleton's YAML text.
    public func text() -> String {
        var w = Writer(language: language)
        w.raw("# yaml-language-server: $schema=\(schemaPath)")
        header(&w)
        w.blank()
        w.field("format", "format", SubmissionValidator.format, indent: 0)
        w.field("fiscal_year", "fiscal_year", site.map { String($0.fiscalYear) }, indent: 0)
        w.blank()
        w.field("unit", "unit", "", indent: 0)
        w.field("unit.id", "id", unitID, indent: 2)
        w.field("unit.name", "name", resolvedName.map(quoteIfNeeded), indent: 2)
        w.field("unit.short_name", "short_name", nil, indent: 2)
        w.listing(affiliationLines(), indent: 2)
        w.field("unit.affiliation", "affiliation", affiliation, indent: 2)
        w.listing(districtLines(), indent: 2)
        w.field("unit.district", "district", district, indent: 2)
        w.field("unit.contact", "contact", "", indent: 2)
        for key in SubmissionValidator.contactKeys { w.field("unit.contact.\(key)", key, nil, indent: 4) }
        w.blank()
        w.field("submitted_on", "submitted_on", nil, indent: 0)
        w.field("approved_by", "approved_by", "", indent: 0)
        for key in SubmissionValidator.personKeys { w.field("approved_by.\(key)", key, nil, indent: 2) }
        w.field("summary", "summary", "|", indent: 0)
        w.raw("  " + w.placeholder("summary"))
        w.blank()
        project(&w)
        w.blank()
        w.field("indicator_results", "indicator_results", "", indent: 0)
        w.comment(
            t("(รหัสตัวชี้วัดของแผน ดูรายการที่ contributes_to ด้านบน)", "(plan indicator codes: see the list at contributes_to above)"), indent: 2)
        w.field("indicator_results[].code", "code", nil, indent: 2, dash: true)
        w.field("indicator_results[].value", "value", nil, indent: 4)
        // A ratio indicator's entry takes these two instead of value: explained, left commented out.
        w.commentedOut("indicator_results[].numerator", "numerator", indent: 4)
        w.commentedOut("indicator_results[].denominator", "denominator", indent: 4)
        w.field("indicator_results[].note", "note", nil, indent: 4)
        w.field("indicator_results[].as_of", "as_of", nil, indent: 4)
        return w.lines.joined(separator: "\n") + "\n"
    }

    func header(_ w: inout Writer) {
        let year = site.map { String($0.fiscalYear) } ?? "…"
        w.raw(
            t(
                "# แบบรายงานผลการดำเนินงานตามแผนพัฒนาการศึกษาจังหวัด ปีงบประมาณ พ.ศ. \(year)",
                "# Yearly results report of an education unit, fiscal year \(year) (BE)"))
        if let site {
            var line = "# \(site.office)"
            if let d = site.deadline { line += t(" · กำหนดส่ง \(d.thai())", " · due \(d.thai())") }
            w.raw(line)
        }
        w.raw("#")
        let steps =
            language == .th
            ? [
                "วิธีกรอก",
                "  1. แทนที่ข้อความในวงเล็บ < > ทุกแห่งด้วยข้อมูลจริง โดยลบเครื่องหมาย < > ออกด้วย",
                "  2. บรรทัดที่ขึ้นต้นด้วย # เป็นคำอธิบาย ไม่มีผลกับข้อมูล จะลบหรือเก็บไว้ก็ได้",
                "  3. ฟิลด์ที่เขียนว่า (ไม่บังคับ) ถ้าไม่มีข้อมูล ให้ลบทั้งบรรทัด",
                "  4. เว้นวรรคหน้าบรรทัดให้เท่าเดิม ใช้ปุ่มเว้นวรรค ห้ามใช้ปุ่ม Tab",
                "  5. ข้อความที่มี \": \" (ทวิภาคตามด้วยเว้นวรรค) หรือ \" #\" ให้ครอบด้วยเครื่องหมายคำพูด เช่น \"ระยะที่ 1: อบรมครู\"",
                "  6. บันทึกเป็น UTF-8 และส่งกลับโดยใช้ชื่อไฟล์เดิม \(unitID).yaml",
            ]
            : [
                "How to fill it in",
                "  1. Replace every text in < > with the real value, removing the < > too",
                "  2. Lines starting with # are explanations; keep or delete them",
                "  3. Fields marked (optional): delete the whole line when there is nothing to say",
                "  4. Keep the indentation; use spaces, never Tab",
                "  5. Put text holding \": \" or \" #\" in double quotes, e.g. \"phase 1: training\"",
                "  6. Save as UTF-8 and send it back under the same name \(unitID).yaml",
            ]
        for s in steps { w.raw("# " + s) }
    }

    func project(_ w: inout Writer) {
        w.field("projects", "projects", "", indent: 0)
        w.comment(
            t(
                "── โครงการที่ 1 ── เพิ่มโครงการโดยคัดลอกตั้งแต่บรรทัด \"- id:\" ถึงก่อน indicator_results แล้วเปลี่ยน id เป็น P02, P03 …",
                "── project 1 ── add projects by copying from the line \"- id:\" down to before indicator_results, with id P02, P03 …"),
            indent: 2)
        w.field("projects[].id", "id", "P01", indent: 2, dash: true)
        w.field("projects[].name", "name", nil, indent: 4)
        w.listing(strategyLines(), indent: 4)
        w.field("projects[].strategies", "strategies", "[\(w.placeholder("projects[].strategies[]"))]", indent: 4)
        w.listing(otherPlanLines(), indent: 4)
        w.field("projects[].also_supports", "also_supports", "[\(w.placeholder("projects[].also_supports[]"))]", indent: 4)
        w.field("projects[].status", "status", nil, indent: 4)
        w.field("projects[].period", "period", "", indent: 4)
        for key in SubmissionValidator.periodKeys { w.field("projects[].period.\(key)", key, nil, indent: 6) }
        w.field("projects[].lead", "lead", nil, indent: 4)
        w.field("projects[].budget", "budget", "", indent: 4)
        w.field("projects[].budget.allocated", "allocated", nil, indent: 6)
        w.field("projects[].budget.spent", "spent", nil, indent: 6)
        w.field("projects[].budget.source", "source", BudgetSource.government.rawValue, indent: 6)
        w.field("projects[].objectives", "objectives", "", indent: 4)
        w.item("projects[].objectives[]", indent: 6)
        w.field("projects[].indicators", "indicators", "", indent: 4)
        w.comment(t("── ตัวชี้วัดเชิงปริมาณ (ตัวเลข) ──", "── a quantitative indicator (numbers) ──"), indent: 6)
        w.field("projects[].indicators[].name", "name", nil, indent: 6, dash: true)
        w.field("projects[].indicators[].kind", "kind", IndicatorKind.quantitative.rawValue, indent: 8)
        w.field("projects[].indicators[].unit", "unit", nil, indent: 8)
        w.field("projects[].indicators[].target", "target", nil, indent: 8)
        w.field("projects[].indicators[].actual", "actual", nil, indent: 8)
        w.field("projects[].indicators[].direction", "direction", Direction.increase.rawValue, indent: 8)
        w.listing(indicatorLines(), indent: 8)
        w.field("projects[].indicators[].contributes_to", "contributes_to", nil, indent: 8)
        w.comment(
            t("── ตัวชี้วัดเชิงคุณภาพ (ข้อความ) ลบทั้งชุดถ้าไม่มี ──", "── a qualitative indicator (text); delete the block if there is none ──"),
            indent: 6)
        w.field("projects[].indicators[].name", "name", nil, indent: 6, dash: true, explain: false)
        w.field("projects[].indicators[].kind", "kind", IndicatorKind.qualitative.rawValue, indent: 8, explain: false)
        w.field("projects[].indicators[].target", "target", nil, indent: 8, explain: false)
        w.field("projects[].indicators[].actual", "actual", nil, indent: 8, explain: false)
        w.field("projects[].indicators[].achieved", "achieved", nil, indent: 8)
        let counts = ["students", "teachers", "schools"].map { "\($0): \(w.placeholder("projects[].beneficiaries.\($0)"))" }
        w.field("projects[].beneficiaries", "beneficiaries", "{ \(counts.joined(separator: ", ")) }", indent: 4)
        w.field("projects[].results", "results", "|", indent: 4)
        w.raw("      " + w.placeholder("projects[].results"))
        w.field("projects[].problems", "problems", "", indent: 4)
        w.item("projects[].problems[]", indent: 6)
        w.field("projects[].suggestions", "suggestions", "", indent: 4)
        w.item("projects[].suggestions[]", indent: 6)
        w.field("projects[].evidence", "evidence", "", indent: 4)
        w.field("projects[].evidence[].title", "title", nil, indent: 6, dash: true)
        w.comment(
            t(
                "แนบไฟล์แทนลิงก์ได้: เปลี่ยนบรรทัด url เป็น file: evidence/ชื่อไฟล์ แล้วส่งไฟล์มาพร้อมรายงาน",
                "to attach a file instead of a link, replace the url line with file: evidence/name and send the file with the report"),
            indent: 8)
        w.field("projects[].evidence[].url", "url", nil, indent: 8)
    }

    // MARK: Listings from the site configuration and the framework

    func affiliationLines() -> [String] {
        guard let site, !site.affiliations.isEmpty else { return [] }
        return [t("รหัสสังกัดที่ใช้ได้:", "affiliation codes:")] + site.affiliations.map { "  \($0.code.padded(8)) \($0.name)" }
    }

    func districtLines() -> [String] {
        guard let site, !site.districts.isEmpty else { return [] }
        return [t("รหัสอำเภอที่ใช้ได้:", "district codes:")] + site.districts.map { "  \($0.code.padded(14)) \($0.name)" }
    }

    var primaryPlan: Plan? {
        guard let site, let framework else { return nil }
        return framework.plan(site.primaryPlan)
    }

    func strategyLines() -> [String] {
        guard let plan = primaryPlan else { return [] }
        let width = plan.flattenedItems.map { $0.code.count + 2 * $0.depth }.max() ?? 0
        return [t("รหัสยุทธศาสตร์ของ\(plan.name) (\(plan.id)):", "strategy codes of \(plan.name) (\(plan.id)):")]
            + plan.flattenedItems.map { item in
                let code = String(repeating: "  ", count: item.depth) + item.code
                return "\(code.padded(width + 1)) \(item.name)"
            }
    }

    func otherPlanLines() -> [String] {
        guard let framework, let site else { return [] }
        let others = framework.plans.filter { $0.id != site.primaryPlan }
        guard !others.isEmpty else { return [] }
        return [t("รหัสหลักของแผนอื่น (รหัสย่อยดูได้ในกรอบแผน):", "top codes of the other plans (sub-codes are in the framework):")]
            + others.map { plan in
                let codes = plan.items.map(\.code)
                let shown = codes.count > 8 ? codes.prefix(8).joined(separator: " ") + " … " + codes.last! : codes.joined(separator: " ")
                return "  \(plan.id.padded(4)) \(plan.name): \(shown)"
            }
    }

    func indicatorLines() -> [String] {
        guard let plan = primaryPlan else { return [] }
        let indicators = plan.flattenedItems.flatMap(\.indicators)
        guard !indicators.isEmpty else { return [] }
        let width = indicators.map(\.code.count).max() ?? 0
        return [t("รหัสตัวชี้วัดของ\(plan.name):", "indicator codes of \(plan.name):")]
            + indicators.map { "  \($0.code.padded(width)) \($0.name)" }
    }

    /// Quotes a value that YAML would not read back as the same plain text.
    func quoteIfNeeded(_ s: String) -> String {
        let risky =
            s.contains(": ") || s.contains(" #") || s.hasPrefix("#") || s.hasPrefix("-") || s.hasPrefix("[") || s.hasPrefix("{")
            || s.hasPrefix("\"") || s.hasPrefix("'") || s.hasPrefix("&") || s.hasPrefix("*") || s.hasPrefix("!") || s.hasPrefix("|")
            || s.hasPrefix(">") || s.hasPrefix("%") || s.hasPrefix("@") || s.hasPrefix("`") || s.hasSuffix(":")
            || s != s.trimmingCharacters(in: " ")
        guard risky || s.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.value < 0x20 }) else { return s }
        // By scalars: a quote followed by a combining mark is one `Character`, but still a quote to YAML.
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Builds the skeleton's lines.
    struct Writer {
        var language: Language
        var lines: [String] = []

        func placeholder(_ path: String) -> String {
            SkeletonField.named(path)?.placeholder(language) ?? "<\(path)>"
        }

        mutating func raw(_ s: String) { lines.append(s) }
        mutating func blank() { lines.append("") }

        mutating func comment(_ s: String, indent: Int) {
            lines.append(String(repeating: " ", count: indent) + "# " + s)
        }

        mutating func listing(_ list: [String], indent: Int) {
            for s in list { comment(s, indent: indent) }
        }

        /// `# label (required): help` then `key: value`, the value a placeholder when nil and
        /// nothing when empty (a map or list follows).
        mutating func field(_ path: String, _ key: String, _ value: String?, indent: Int, dash: Bool = false, explain: Bool = true) {
            if explain, let f = SkeletonField.named(path) {
                let mark =
                    f.required
                    ? (language == .th ? "ต้องกรอก" : "required") : f.condition?[language] ?? (language == .th ? "ไม่บังคับ" : "optional")
                comment("\(f.label[language]) (\(mark)): \(f.help[language])", indent: indent)
            }
            let shown = value ?? placeholder(path)
            let lead = dash ? String(repeating: " ", count: indent) + "- " : String(repeating: " ", count: indent)
            lines.append(lead + key + ":" + (shown.isEmpty ? "" : " " + shown))
        }

        /// A field explained and written as a comment with its example, for a unit to uncomment
        /// where it applies.
        mutating func commentedOut(_ path: String, _ key: String, indent: Int) {
            guard let f = SkeletonField.named(path) else { return }
            comment("\(f.label[language]) (\(language == .th ? "ไม่บังคับ" : "optional")): \(f.help[language])", indent: indent)
            comment("\(key): \(f.example ?? "")", indent: indent)
        }

        /// A list item holding a placeholder, with its comment.
        mutating func item(_ path: String, indent: Int) {
            lines.append(String(repeating: " ", count: indent) + "- " + placeholder(path))
        }
    }
}

extension String {
    /// The text followed by spaces up to `width` characters, for aligned listings.
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
