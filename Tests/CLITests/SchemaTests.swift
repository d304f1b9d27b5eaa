import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressCLI
@testable import PlanPressCore
@testable import PlanPressParse
@testable import PlanPressValidate

/// `planpress schema`: built from the validator's own key lists, described from the skeleton's
/// catalogue, and checked with a real JSON Schema validator against the checker's verdicts.
@Suite struct SchemaTests {
    typealias Value = SubmissionSchema.Value

    /// Every object schema of the document by the catalogue path of its instances (`projects[]`),
    /// with its property keys. Constraints (`allOf`, `if`, `oneOf`) are not walked: they only
    /// restate properties declared beside them.
    static func objects(_ v: Value, at path: String = "", into out: inout [String: Value]) {
        if v["properties"] != nil { out[path] = v }
        if case .object(let props)? = v["properties"] {
            for p in props { objects(p.value, at: path.isEmpty ? p.key : "\(path).\(p.key)", into: &out) }
        }
        if let items = v["items"] { objects(items, at: path + "[]", into: &out) }
    }

    static var schemaObjects: [String: Value] {
        var out: [String: Value] = [:]
        objects(SubmissionSchema.document(), into: &out)
        return out
    }

    static let expectedKeys: [String: [String]] = [
        "": SubmissionValidator.topKeys, "unit": SubmissionValidator.unitKeys, "unit.contact": SubmissionValidator.contactKeys,
        "approved_by": SubmissionValidator.personKeys, "projects[]": SubmissionValidator.projectKeys,
        "projects[].period": SubmissionValidator.periodKeys, "projects[].budget": SubmissionValidator.budgetKeys,
        "projects[].indicators[]": SubmissionValidator.indicatorKeys, "projects[].evidence[]": SubmissionValidator.evidenceKeys,
        "indicator_results[]": SubmissionValidator.indicatorResultKeys,
    ]

    @Test("every map of the schema has exactly the validator's keys, and refuses others")
    func keysAreTheValidators() {
        let objects = Self.schemaObjects
        #expect(Set(objects.keys) == Set(Self.expectedKeys.keys))
        for (path, keys) in Self.expectedKeys {
            let object = objects[path]
            #expect(object?["properties"]?.keys == keys, "\(path)")
            #expect(object?["additionalProperties"] == .bool(false), "\(path) must refuse unknown keys")
        }
    }

    @Test("every property is described in Thai (English with --lang en) from the catalogue, and the catalogue has nothing else")
    func descriptions() {
        var described: Set<String> = []
        for (path, object) in Self.schemaObjects {
            for key in object["properties"]?.keys ?? [] {
                let full = path.isEmpty ? key : "\(path).\(key)"
                described.insert(full)
                guard case .string(let text)? = object["properties"]?[key]?["description"] else {
                    Issue.record("\(full) has no description")
                    continue
                }
                #expect(text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }, "\(full): \(text)")
                #expect(SkeletonField.named(full) != nil)
            }
        }
        var english: [String: Value] = [:]
        Self.objects(SubmissionSchema.document(language: .en), into: &english)
        for (path, object) in english {
            for key in object["properties"]?.keys ?? [] {
                // The label, before the colon, is English; the help may quote Thai values (ร้อยละ, 20 ตุลาคม 2569).
                if case .string(let text)? = object["properties"]?[key]?["description"] {
                    let label = text.prefix { $0 != ":" }
                    #expect(!label.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }, "\(path).\(key): \(text)")
                }
            }
        }
        // The catalogue's other entries are list items and the skeleton's beneficiary counts.
        for field in SkeletonField.all where !described.contains(field.path) {
            let isItem = field.path.hasSuffix("[]") && described.contains(String(field.path.dropLast(2)))
            #expect(isItem || field.path.hasPrefix("projects[].beneficiaries."), "catalogue entry \(field.path) is in no schema")
        }
    }

    @Test("enums are the validator's")
    func enums() {
        let project = Self.schemaObjects["projects[]"]
        #expect(project?["properties"]?["status"]?["enum"] == .array(ProjectStatus.allCases.map { .string($0.rawValue) }))
        let budget = Self.schemaObjects["projects[].budget"]
        let source = budget?["properties"]?["source"]?["anyOf"]
        #expect(
            source
                == .array([
                    .object([.init(key: "enum", value: .array(BudgetSource.allCases.map { .string($0.rawValue) }))]),
                    .object([.init(key: "type", value: .string("null"))]),
                ]))
        #expect(SubmissionSchema.document()["properties"]?["format"]?["const"] == .string(SubmissionValidator.format))
    }

    // MARK: Required fields agree with the checker

    /// A node with the key at `path` (`projects[].budget`) left out of the first map found there.
    static func removing(_ key: String, at path: [String], from node: Node) -> Node {
        var node = node
        switch node.value {
        case .mapping(var entries):
            if path.isEmpty {
                entries.removeAll { $0.key == key }
            } else if let i = entries.firstIndex(where: { $0.key == path[0] }) {
                entries[i].value = removing(key, at: Array(path.dropFirst()), from: entries[i].value)
            }
            node.value = .mapping(entries)
        case .sequence(var items):
            if path.first == "[]", !items.isEmpty { items[0] = removing(key, at: Array(path.dropFirst()), from: items[0]) }
            node.value = .sequence(items)
        case .scalar: break
        }
        return node
    }

    static func validate(_ root: Node, _ document: LoadedDocument) throws -> [Diagnostic] {
        let base = Fixtures.base
        let site = try #require(
            SiteValidator.validate(DocumentLoader.load(base.appendingPathComponent("site.yaml"), displayPath: "site.yaml")).0)
        let plans = try FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent("framework").path).sorted().map {
            DocumentLoader.load(base.appendingPathComponent("framework/\($0)"), displayPath: $0)
        }
        let framework = FrameworkValidator.validate(plans).0
        var doc = document
        doc.root = root
        let validator = SubmissionValidator(site: site, index: FrameworkIndex(framework: framework, primaryPlan: site.primaryPlan))
        return validator.validate(doc, expectedID: "alpha-school", evidenceRoot: base.appendingPathComponent("units"), isFolderForm: false)
            .1
    }

    @Test("a key the schema requires is one whose absence the checker reports (PP202), and only those")
    func requiredAgreesWithTheChecker() throws {
        let url = Fixtures.base.appendingPathComponent("units/alpha-school.yaml")
        let document = DocumentLoader.load(url, displayPath: "alpha-school.yaml")
        let root = try #require(document.root)
        #expect(try Self.validate(root, document).filter { $0.severity == .error }.isEmpty)
        for (path, object) in Self.schemaObjects {
            var required: Set<String> = []
            if case .array(let list)? = object["required"] {
                for case .string(let k) in list { required.insert(k) }
            }
            // An `anyOf` of required lists (an indicator result's `value`, or `numerator` and
            // `denominator` for a ratio): alpha-school's entry is of an indicator that is not a
            // ratio, so of those it needs `value` alone.
            if case .array(let branches)? = object["anyOf"], let first = branches.first,
                case .array(let list)? = first["required"]
            {
                for case .string(let k) in list { required.insert(k) }
            }
            let steps = path.isEmpty ? [] : path.replacingOccurrences(of: "[]", with: ".[]").split(separator: ".").map(String.init)
            for key in object["properties"]?.keys ?? [] {
                let diagnostics = try Self.validate(Self.removing(key, at: steps, from: root), document)
                let missing = diagnostics.contains { $0.code == .missingField && $0.message.en.contains("\(key)\"") }
                // Leaving out an optional map or list is fine; leaving out a required key is PP202.
                #expect(missing == required.contains(key), "\(path).\(key): schema says required = \(required.contains(key))")
            }
        }
    }

    @Test("the printed schema is deterministic JSON with the 2020-12 dialect")
    func printed() throws {
        let a = SchemaCommand.text(language: .th)
        #expect(a == SchemaCommand.text(language: .th))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test("jsonschema (Python) agrees with the checker on the sample, the fixtures and 200 mutations")
    func realValidator() throws {
        let bin = try #require(BinaryRunner.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/check_schema.py", "--planpress", bin.path]
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/check_schema.py (needs `pip install jsonschema`, see scripts/setup):\n\(output)")
        #expect(output.contains("0 disagreements"), "\(output)")
    }
}
