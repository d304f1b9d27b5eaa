import Foundation
import Testing

/// The rules of the house, read from the sources: each module imports only the modules below it
/// (no channel imports another channel), and nothing below the command line prints or exits.
@Suite struct ModuleRulesTests {
    /// What each module may import of this package and of the libraries it wraps. A module not
    /// listed here fails the test: a new module states its place in the house.
    static let allowed: [String: Set<String>] = {
        let core: Set<String> = ["PlanPressCore"]
        let model = core.union(["PlanPressParse", "PlanPressValidate", "PlanPressAlign"])
        // Channels may show the years before (PlanPressHistory's `Trends`), never read them.
        let channel = core.union(["PlanPressValidate", "PlanPressAlign", "PlanPressHistory", "PlanPressPublish"])
        let channels: Set<String> = ["PlanPressSite", "PlanPressBooklet", "PlanPressData", "PlanPressValidationReport"]
        let build = model.union(channels).union([
            "PlanPressHistory",
            "PlanPressTemplates", "PlanPressXML", "PlanPressPublish", "PlanPressPresentation", "PlanPressAudit", "CPlanPressSys",
        ])
        return [
            "PlanPressCore": [],
            "PlanPressParse": core.union(["Yams", "CYaml", "PlanPressSpreadsheet"]),
            "PlanPressValidate": core.union(["PlanPressParse"]),
            "PlanPressAlign": core.union(["PlanPressValidate"]),
            "PlanPressHistory": model,
            "PlanPressTemplates": core,
            "PlanPressXML": core.union(["CLibXML2"]),
            "PlanPressSpreadsheet": core.union(["PlanPressXML", "ZIPFoundation"]),
            "PlanPressPublish": core.union(["CPlanPressSys", "Crypto"]),
            "PlanPressPresentation": channel.union(["PlanPressTemplates", "CCmarkGFM"]),
            "PlanPressSite": channel.union(["PlanPressTemplates", "PlanPressPresentation", "CPlanPressSys"]),
            "PlanPressBooklet": channel.union(["PlanPressTemplates", "PlanPressPresentation"]),
            "PlanPressData": channel.union(["PlanPressPresentation", "PlanPressXML"]),
            "PlanPressValidationReport": channel,
            // The audit holds the years before to what `Trends` says (`HistoryFigures`).
            "PlanPressAudit": core.union([
                "PlanPressParse", "PlanPressValidate", "PlanPressAlign", "PlanPressHistory", "PlanPressXML", "PlanPressPublish",
            ]),
            "PlanPressBuild": build,
            "PlanPressServe": core.union(["FlyingFox", "FlyingSocks"]),
            "PlanPressUnitWorkbook": model.union(["PlanPressSpreadsheet"]),
            "PlanPressCLI": build.union([
                "PlanPressBuild", "PlanPressServe", "PlanPressUnitWorkbook", "PlanPressSpreadsheet", "ArgumentParser",
            ]),
            "planpress": ["PlanPressCLI"],
            "planpress-fuzz": core.union(["PlanPressParse", "PlanPressValidate"]),
        ]
    }()

    /// The system's own modules, which any module may import.
    static let system: Set<String> = ["Foundation", "CoreFoundation", "Dispatch", "Glibc", "Musl", "Darwin"]

    /// The modules whose code may print or end the process.
    static let mayPrint: Set<String> = ["PlanPressCLI", "planpress", "planpress-fuzz"]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file of every module, as (module, path relative to `Sources/`, text).
    static func files() throws -> [(module: String, path: String, text: String)] {
        var out: [(String, String, String)] = []
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        for module in modules {
            let folder = sources.appendingPathComponent(module)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") {
                out.append((module, "\(module)/\(path)", try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)))
            }
        }
        return out.sorted { $0.1 < $1.1 }
    }

    /// The modules a file imports (`import X`, `@testable import X`, `@preconcurrency import X`,
    /// `import struct X.Y`), conditional imports included.
    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard let i = words.firstIndex(of: "import"), i == 0 || words[..<i].allSatisfy({ $0.isEmpty }) else { return nil }
            let rest = words.dropFirst(i + 1)
            let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
            guard let target = rest.first.flatMap({ kinds.contains($0) ? rest.dropFirst().first : $0 }) else { return nil }
            return String(target.split(separator: ".")[0])
        }
    }

    @Test func everyModuleImportsOnlyWhatTheHouseAllows() throws {
        var wrong: [String] = []
        for (module, path, text) in try Self.files() {
            guard let allowed = Self.allowed[module] else {
                if !module.hasPrefix("C") { wrong.append("\(module): not in the house's table") }
                continue
            }
            for imported in Self.imports(text) where !allowed.contains(imported) && !Self.system.contains(imported) {
                wrong.append("\(path) imports \(imported)")
            }
        }
        #expect(Set(wrong).isEmpty, "\(Set(wrong).sorted())")
    }

    @Test func noChannelImportsAnotherChannel() {
        let channels = ["PlanPressSite", "PlanPressBooklet", "PlanPressData", "PlanPressValidationReport"]
        for channel in channels {
            #expect(Self.allowed[channel]!.isDisjoint(with: channels), "\(channel)")
        }
    }

    /// A call that writes to the terminal or ends the process.
    static var printing: Regex<AnyRegexOutput> {
        try! Regex(#"(^|[^A-Za-z0-9_.])(print|debugPrint|fputs|exit|_exit|abort)\(|FileHandle\.standard(Error|Output)"#)
    }

    @Test func nothingBelowTheCommandLinePrintsOrExits() throws {
        var found: [String] = []
        let printing = Self.printing
        for (module, path, text) in try Self.files() where !Self.mayPrint.contains(module) {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if !code.hasPrefix("//"), code.contains(printing) { found.append("\(path):\(n + 1): \(code)") }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func printingCallsAreSeen() {
        for line in ["print(x)", "if a { print(x) }", "_exit(1)", "exit(2)", "FileHandle.standardError.write(d)"] {
            #expect(line.contains(Self.printing), "\(line)")
        }
        for line in ["printer.print(x)", "let footprint(x)", "onExit(1)"] {
            #expect(!line.contains(Self.printing), "\(line)")
        }
    }

    /// The reader of import lines itself, on the forms it must see.
    @Test func importLinesAreRead() {
        let text = """
            import Foundation
            @testable import PlanPressCore
            @preconcurrency import FlyingFox
            import struct PlanPressXML.XMLEngine
            #if canImport(Glibc)
                import Glibc
            #endif
            // import PlanPressSite
            let important = 1
            """
        #expect(Self.imports(text) == ["Foundation", "PlanPressCore", "FlyingFox", "PlanPressXML", "Glibc"])
    }

    /// Tests by module: every `Sources/PlanPressX/` has its `Tests/XTests/`, and every test
    /// target imports its own module.
    @Test func everyModuleHasItsTestTarget() throws {
        let tests = Self.sources.deletingLastPathComponent().appendingPathComponent("Tests")
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { $0.hasPrefix("PlanPress") }
        #expect(modules.count >= 16)
        for module in modules {
            let folder = tests.appendingPathComponent(String(module.dropFirst("PlanPress".count)) + "Tests")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let texts = try files.filter { $0.hasSuffix(".swift") }.map {
                try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
            }
            #expect(texts.contains { Self.imports($0).contains(module) }, "no tests of \(module) in \(folder.lastPathComponent)/")
        }
    }
}
