import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressUnitWorkbook
import PlanPressValidate

/// `new unit --format xlsx` and `--all`: the workbooks (or skeletons) to send to the units.
struct UnitWorkbookFiles {
    let command: NewUnitCommand

    func say(_ th: String, _ en: String) -> String { command.options.lang == .th ? th : en }

    func run() throws {
        let content = command.options.contentURL
        let (site, framework) = NewUnitCommand.loadSiteAndFramework(content)
        var units: [(id: String, name: String?)]
        if command.all {
            guard let site, !site.expectedUnits.isEmpty else {
                throw UsageFailure(
                    message: say(
                        "ไม่มีรายชื่อหน่วยงาน (expected_units) ใน \(command.options.content)/site.yaml",
                        "\(command.options.content)/site.yaml lists no expected_units"))
            }
            units = site.expectedUnits.map { ($0.id, $0.name) }
        } else {
            let id = command.unitID ?? ""
            try command.checkUnitID(id)
            units = [(id, command.name ?? site?.expectedUnits.first { $0.id == id }?.name)]
        }
        if command.format == .yaml {
            // --all with YAML: a skeleton per expected unit that has none yet.
            for unit in units { try? command.writeSkeleton(unit.id) }
            return
        }
        let outURL = URL(fileURLWithPath: command.out ?? ".", relativeTo: command.options.workingDirectory).standardizedFileURL
        let writer = UnitWorkbookWriter(site: site, framework: framework ?? PlanFramework(plans: []))
        let carried = try command.from.map(lastYear)
        var written: [String] = []
        for unit in units {
            let target = outURL.appendingPathComponent("\(unit.id).xlsx")
            let shown = (command.out.map { $0 + "/" } ?? "") + "\(unit.id).xlsx"
            if FileManager.default.fileExists(atPath: target.path) {
                Terminal.err(say("ข้าม \(shown): มีไฟล์อยู่แล้ว จะไม่เขียนทับ\n", "skipped \(shown): it exists and is never overwritten\n"))
                continue
            }
            let document =
                carried.map { UnitCarryOver.nextYear($0, fiscalYear: site?.fiscalYear) }
                ?? UnitWorkbookWriter.prefilled(
                    unitID: unit.id, name: unit.name, affiliation: command.affiliation, district: command.district,
                    fiscalYear: site?.fiscalYear)
            do {
                let bytes = try writer.workbook(document)
                try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
                try Data(bytes).write(to: target, options: .withoutOverwriting)
                written.append(shown)
            } catch {
                throw UsageFailure(message: say("เขียน \(shown) ไม่สำเร็จ: \(error)", "could not write \(shown): \(error)"))
            }
        }
        let list = written.count <= 3 ? written.joined(separator: ", ") : "\(written.prefix(2).joined(separator: ", ")) …"
        Terminal.err(
            say(
                """
                ✓ เขียนแบบรายงาน Excel \(written.count) ไฟล์: \(list)
                  ส่งให้หน่วยงานกรอก แล้ววางไฟล์ที่ได้รับคืนไว้ใน \(command.options.content)/units/ และตรวจด้วย planpress check --report <โฟลเดอร์>

                """,
                """
                ✓ wrote \(written.count) workbook(s): \(list)
                  send them to the units; put the returned files in \(command.options.content)/units/ and check with planpress check --report <folder>

                """))
    }

    /// Last year's file of the unit, read as `check` reads it.
    func lastYear(_ path: String) throws -> Node {
        let url = URL(fileURLWithPath: path, relativeTo: command.options.workingDirectory)
        let document = DocumentLoader.load(url, displayPath: path, workbookLayout: UnitWorkbookLayout.layout)
        guard let root = document.root, !document.diagnostics.contains(where: { $0.severity == .error }) else {
            let first = document.diagnostics.first { $0.severity == .error }
            throw UsageFailure(
                message: say("อ่าน \(path) ไม่ได้", "cannot read \(path)")
                    + (first.map { ": \($0.location): \(command.options.lang == .th ? $0.message.th : $0.message.en)" } ?? ""))
        }
        return root
    }
}
