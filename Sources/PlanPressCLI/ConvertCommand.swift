import ArgumentParser
import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressUnitWorkbook
import PlanPressValidate

/// `planpress convert <file> --to yaml|json|xlsx`: a submission in another syntax, the same
/// document.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a unit's submission between YAML, JSON and the workbook (xlsx), losing nothing.",
        discussion: """
            Reads the file as check reads it and writes the same document in the other
            syntax: every field, in the order of the file. A file that cannot be read (a
            syntax error, a workbook that does not follow the layout) is refused with
            its problems; a file with other errors converts as it is, so that the unit
            can correct it in the form it prefers. The workbook's dropdowns list the
            codes of the content folder's plans and site.yaml.

            Examples:
              planpress convert content/units/spm-satun.yaml --to xlsx
              planpress convert spm-satun.xlsx --to yaml --out content/units/spm-satun.yaml
            """
    )

    @Argument(help: ArgumentHelp("The submission: .yaml, .yml, .json or .xlsx.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The syntax to write.", valueName: "yaml|json|xlsx"))
    var to: Target

    @Option(name: .long, help: ArgumentHelp("The file to write (default: the input's name with the new extension).", valueName: "file"))
    var out: String?

    @OptionGroup var options: ContentOptions

    enum Target: String, ExpressibleByArgument, CaseIterable {
        case yaml, json, xlsx
    }

    func say(_ th: String, _ en: String) -> String { options.lang == .th ? th : en }

    func run() throws {
        let input = URL(fileURLWithPath: file, relativeTo: options.workingDirectory).standardizedFileURL
        let document = DocumentLoader.load(input, displayPath: file, workbookLayout: UnitWorkbookLayout.layout)
        let unreadable = document.diagnostics.filter { $0.severity == .error && $0.code.rawValue < "PP200" }
        guard let root = document.root, unreadable.isEmpty else {
            let lines = unreadable.prefix(5).map { "  \($0.location): \(options.lang == .th ? $0.message.th : $0.message.en)" }
            throw UsageFailure(
                message: say("แปลง \(file) ไม่ได้ เพราะอ่านไฟล์ไม่ได้:", "cannot convert \(file), it cannot be read:") + "\n"
                    + lines.joined(separator: "\n"))
        }
        let outPath = out ?? (file as NSString).deletingPathExtension + "." + to.rawValue
        let output = URL(fileURLWithPath: outPath, relativeTo: options.workingDirectory).standardizedFileURL
        guard output != input else {
            throw UsageFailure(message: say("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ", "the output must not be the input file"))
        }
        let bytes: [UInt8]
        switch to {
        case .yaml: bytes = Array(DocumentWriter.yaml(root).utf8)
        case .json: bytes = Array(DocumentWriter.json(root).utf8)
        case .xlsx:
            let content = options.contentURL
            let (site, framework) = NewUnitCommand.loadSiteAndFramework(content)
            do {
                bytes = try UnitWorkbookWriter(site: site, framework: framework ?? PlanFramework(plans: [])).workbook(root)
            } catch {
                throw UsageFailure(message: say("แปลงเป็น xlsx ไม่ได้: \(error)", "cannot convert to xlsx: \(error)"))
            }
        }
        do {
            try Data(bytes).write(to: output, options: .atomic)
        } catch {
            throw UsageFailure(message: say("เขียน \(outPath) ไม่สำเร็จ: \(error)", "could not write \(outPath): \(error)"))
        }
        Terminal.err(say("✓ แปลง \(file) เป็น \(outPath) แล้ว\n", "✓ converted \(file) to \(outPath)\n"))
    }
}
