import Foundation
import PlanPressCore
import PlanPressParse
import PlanPressValidate

/// The fuzz target: decode + parse + validate one submission, as YAML and as JSON, against a
/// small framework and site. Any crash, hang or sanitizer report is a bug.
enum FuzzTarget {
    static let framework: PlanFramework = {
        let text = """
            format: planpress/plan/1
            id: SPE
            name: แผน
            rank: 1
            items:
              - code: SPE.S1
                name: หนึ่ง
                items: [{ code: SPE.S1.1, name: ย่อย }]
                indicators: [{ code: SPE.S1.K1, name: k, unit: ร้อยละ, targets: { 2569: 5 } }]
              - { code: SPE.S2, name: สอง, supports: [SPE.S1] }
            """
        return FrameworkValidator.validate([DocumentLoader.parse(Array(text.utf8), displayPath: "plan.yaml", json: false)]).0
    }()

    static let site: SiteConfig? = {
        let text = """
            format: planpress/site/1
            province: สตูล
            office: สำนักงาน
            title: รายงาน
            fiscal_year: 2569
            primary_plan: SPE
            affiliations: [{ code: obec, name: สพฐ. }]
            districts: [{ code: mueang, name: เมือง }]
            """
        return SiteValidator.validate(DocumentLoader.parse(Array(text.utf8), displayPath: "site.yaml", json: false)).0
    }()

    static let validator = SubmissionValidator(site: site, index: FrameworkIndex(framework: framework, primaryPlan: "SPE"))
    static let root = URL(fileURLWithPath: "/nonexistent-planpress-fuzz")

    static func run(_ bytes: [UInt8]) {
        for json in [false, true] {
            let document = DocumentLoader.parse(bytes, displayPath: json ? "u.json" : "u.yaml", json: json)
            let (submission, diagnostics) = validator.validate(document, expectedID: "u", evidenceRoot: root, isFolderForm: false)
            // Every diagnostic is located in the file it is about.
            for d in diagnostics where d.location.path != document.path {
                fatalError("diagnostic about another file: \(d.location)")
            }
            if let submission, diagnostics.contains(where: { $0.severity == .error }) {
                fatalError("accepted a submission with errors: \(submission.unit.id)")
            }
        }
    }
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    // The C name libFuzzer exports.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's entry point under this name; libFuzzer's driver takes over.
    @_cdecl("planpress_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
    }
#else
    /// Without the fuzzer: replays files given on the command line (a corpus or a crash).
    @main
    struct Replay {
        static func main() {
            var count = 0
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                FuzzTarget.run([UInt8](data))
                count += 1
            }
            print("replayed \(count) inputs")
        }
    }
#endif
