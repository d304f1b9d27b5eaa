import ArgumentParser
import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressUnitWorkbook
import PlanPressValidate

/// `planpress new unit <unit-id>`: writes `content/units/<unit-id>.yaml`, a skeleton with every
/// field, a Thai comment on each, the plan's codes listed, and placeholders that `check` reports
/// until the unit has filled them in; with `--format xlsx`, the unit workbook to send out.
struct NewUnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "Write a commented submission file for a unit to fill in.",
        discussion: """
            Writes content/units/<unit-id>.yaml with every field of the format, a
            comment on each saying what to write, the strategy codes of the primary
            plan, and the affiliation and district codes of content/site.yaml. Values in
            < > are placeholders: planpress check reports each one (PP210) until it is
            replaced. An existing file is never overwritten. Also writes
            content/unit-report.schema.json, which the file's yaml-language-server line
            points to, so that editors such as VS Code complete and check while typing.

            With --format xlsx, writes <unit-id>.xlsx (into --out, default the current
            folder): the reporting workbook a unit fills in Excel, LibreOffice Calc or
            Google Sheets, with instructions in Thai, a sheet per part of the report,
            dropdowns of the plan's codes and site.yaml's lists, the unit's block
            prefilled, and headers that cannot be edited. Put the filled workbook back
            as content/units/<unit-id>.xlsx; check reads it like YAML. --all writes one
            file for every expected unit of site.yaml. --from takes last year's file of
            the unit and carries over the unit's block and the projects that continue
            (not completed or cancelled), with this year's results cleared.

            Examples:
              planpress new unit pao-satun
              planpress new unit satun-pattana --name "โรงเรียนสตูลพัฒนศึกษา" --affiliation opec
              planpress new unit pao-satun --format xlsx
              planpress new unit --all --format xlsx --out workbooks
              planpress new unit spm-satun --format xlsx --from old/spm-satun.yaml
            """
    )

    @Argument(help: ArgumentHelp("The unit's id: a–z, 0–9 and -, 2–63 characters; the file is named after it.", valueName: "unit-id"))
    var unitID: String?

    @Option(name: .long, help: ArgumentHelp("yaml (a commented file to edit) or xlsx (a workbook).", valueName: "yaml|xlsx"))
    var format: UnitFileFormat = .yaml

    @Flag(name: .long, help: "One file for every expected unit of site.yaml.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Where workbooks go (default: the current folder).", valueName: "folder"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Last year's file of the unit (YAML, JSON or xlsx), to carry over.", valueName: "file"))
    var from: String?

    enum UnitFileFormat: String, ExpressibleByArgument, CaseIterable {
        case yaml, xlsx
    }

    mutating func validate() throws {
        if all, unitID != nil { throw ValidationError("give a unit id or --all, not both") }
        if !all, unitID == nil { throw ValidationError("give the unit's id, or --all for every expected unit") }
        if all, from != nil { throw ValidationError("--from carries over one unit's file: give its unit id instead of --all") }
        if format == .yaml, from != nil { throw ValidationError("--from makes a workbook: add --format xlsx") }
        if format == .yaml, out != nil { throw ValidationError("--out is for workbooks; a YAML skeleton goes to content/units/") }
    }

    @Option(name: .long, help: ArgumentHelp("The unit's full name (default: its name in site.yaml's expected_units).", valueName: "text"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The unit's affiliation code, from site.yaml's affiliations.", valueName: "code"))
    var affiliation: String?

    @Option(name: .long, help: ArgumentHelp("The unit's district code, from site.yaml's districts.", valueName: "code"))
    var district: String?

    @OptionGroup var options: ContentOptions

    func run() throws {
        if format == .xlsx || all {
            return try UnitWorkbookFiles(command: self).run()
        }
        try writeSkeleton(unitID ?? "")
    }

    func writeSkeleton(_ unitID: String) throws {
        let lang = options.lang
        func say(_ th: String, _ en: String) -> String { lang == .th ? th : en }
        try checkUnitID(unitID)
        let fm = FileManager.default
        let content = options.contentURL
        let unitsURL = content.appendingPathComponent("units")
        let shownUnits = options.content + "/units"
        for existing in ["\(unitID).yaml", "\(unitID).yml", "\(unitID).json", unitID]
        where fm.fileExists(atPath: unitsURL.appendingPathComponent(existing).path) {
            throw UsageFailure(
                message: say(
                    "มี \(shownUnits)/\(existing) อยู่แล้ว จะไม่เขียนทับ (ลบหรือย้ายไฟล์เดิมก่อน ถ้าต้องการแบบฟอร์มใหม่)",
                    "\(shownUnits)/\(existing) already exists and is never overwritten (move it away first for a fresh skeleton)"))
        }

        let (site, framework) = Self.loadSiteAndFramework(content)
        if let site {
            if let affiliation, site.affiliation(affiliation) == nil {
                throw UsageFailure(
                    message: say("ไม่มีรหัสสังกัด \"\(affiliation)\" ใน site.yaml", "\"\(affiliation)\" is not an affiliation of site.yaml")
                        + say(" (รหัสที่ใช้ได้: ", " (codes: ") + site.affiliations.map(\.code).joined(separator: ", ") + ")")
            }
            if let district, site.district(district) == nil {
                throw UsageFailure(
                    message: say("ไม่มีรหัสอำเภอ \"\(district)\" ใน site.yaml", "\"\(district)\" is not a district of site.yaml")
                        + say(" (รหัสที่ใช้ได้: ", " (codes: ") + site.districts.map(\.code).joined(separator: ", ") + ")")
            }
        }

        let skeleton = Skeleton(
            unitID: unitID, unitName: name, affiliation: affiliation, district: district, site: site, framework: framework,
            schemaPath: "../\(Self.schemaFileName)", language: lang)
        let text = skeleton.text()
        let shown = "\(shownUnits)/\(unitID).yaml"
        // The skeleton must read back as YAML with placeholders only; anything else is our bug.
        let document = DocumentLoader.parse(Array(text.utf8), displayPath: shown, json: false)
        guard let root = document.root, !document.diagnostics.contains(where: { $0.severity == .error }) else {
            throw UsageFailure(message: say("ข้อผิดพลาดภายใน: แบบฟอร์มอ่านกลับไม่ได้", "internal error: the skeleton does not read back"))
        }
        let placeholders = SkeletonPlaceholder.find(in: root).count

        do {
            try fm.createDirectory(at: unitsURL, withIntermediateDirectories: true)
            let url = unitsURL.appendingPathComponent("\(unitID).yaml")
            // `withoutOverwriting`: a file that appeared since the check above is still kept.
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            let schemaURL = content.appendingPathComponent(Self.schemaFileName)
            let schema = Data(SchemaCommand.text(language: lang).utf8)
            if fm.contents(atPath: schemaURL.path) != schema { try schema.write(to: schemaURL, options: .atomic) }
        } catch {
            throw UsageFailure(
                message: say("เขียนไฟล์ไม่สำเร็จ: \(error.localizedDescription)", "could not write: \(error.localizedDescription)"))
        }

        let nameNote = skeleton.resolvedName == nil ? say(" ยังไม่มีชื่อหน่วยงาน (ใช้ --name)", "; no unit name yet (use --name)") : ""
        Terminal.err(
            say(
                """
                ✓ เขียนแบบฟอร์ม \(shown) แล้ว: ช่องที่ต้องกรอก \(placeholders) ช่อง (ข้อความใน < >)\(nameNote)
                  ส่งไฟล์นี้ให้หน่วยงานกรอก แล้วตรวจด้วย planpress check --report <โฟลเดอร์>
                  VS Code ที่ติดตั้งส่วนขยาย YAML จะแนะนำและตรวจขณะพิมพ์ (ใช้ \(options.content)/\(Self.schemaFileName))

                """,
                """
                ✓ wrote \(shown): \(placeholders) places to fill in (the texts in < >)\(nameNote)
                  send it to the unit to fill in, then check with planpress check --report <folder>
                  VS Code with the YAML extension completes and checks while typing (with \(options.content)/\(Self.schemaFileName))

                """))
    }

    /// Refuses an id the format does not allow, with the nearest one that it does.
    func checkUnitID(_ unitID: String) throws {
        func say(_ th: String, _ en: String) -> String { options.lang == .th ? th : en }
        guard SubmissionValidator.isValidUnitID(unitID) else {
            let suggestion = SubmissionValidator.suggestedID(unitID).map { say(" เช่น \($0)", ", e.g. \($0)") } ?? ""
            throw UsageFailure(
                message: say(
                    "รหัสหน่วยงาน \"\(unitID)\" ใช้ได้เฉพาะ a–z 0–9 และ - ยาว 2–63 ตัว\(suggestion)",
                    "unit id \"\(unitID)\" may use only a–z, 0–9 and -, 2–63 characters\(suggestion)"))
        }
    }

    /// Where the schema goes, beside `units/` so that the content reader never takes it for a unit.
    static let schemaFileName = "unit-report.schema.json"

    /// The site configuration and framework when the content folder has them (the skeleton is
    /// still written without: with placeholders for the year and no code lists).
    static func loadSiteAndFramework(_ content: URL) -> (SiteConfig?, PlanFramework?) {
        let fm = FileManager.default
        let siteURL = content.appendingPathComponent("site.yaml")
        var site: SiteConfig?
        if fm.fileExists(atPath: siteURL.path) {
            site = SiteValidator.validate(DocumentLoader.load(siteURL, displayPath: "site.yaml")).0
        }
        let frameworkURL = content.appendingPathComponent("framework")
        let names = ((try? fm.contentsOfDirectory(atPath: frameworkURL.path)) ?? [])
            .filter { !$0.hasPrefix(".") && ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        guard !names.isEmpty else { return (site, nil) }
        let documents = names.map { DocumentLoader.load(frameworkURL.appendingPathComponent($0), displayPath: "framework/\($0)") }
        return (site, FrameworkValidator.validate(documents).0)
    }
}
