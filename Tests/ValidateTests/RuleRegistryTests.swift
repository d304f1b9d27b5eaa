import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressCore
@testable import PlanPressValidate

/// The registry is the catalogue of rules: every code has exactly one rule, listed in code order,
/// each in a file named after it, and a code's severity and summary are its rule's.
@Suite struct RuleRegistryTests {
    @Test("every diagnostic code has a rule in the registry")
    func everyCodeHasARule() {
        let listed = Set(RuleRegistry.all.map { $0.code })
        for code in DiagnosticCode.allCases {
            #expect(listed.contains(code), "\(code.rawValue) has no rule in RuleRegistry.all")
        }
    }

    @Test("no rule is listed twice, and no code has two rules")
    func noRuleListedTwice() {
        var types = Set<ObjectIdentifier>()
        var codes = Set<DiagnosticCode>()
        for rule in RuleRegistry.all {
            #expect(types.insert(ObjectIdentifier(rule)).inserted, "\(rule) is listed twice")
            #expect(codes.insert(rule.code).inserted, "\(rule.code.rawValue) has a second rule, \(rule)")
        }
    }

    @Test("the registry lists the rules in code order")
    func codeOrder() {
        let codes = RuleRegistry.all.map { $0.code }
        for (before, after) in zip(codes, codes.dropFirst()) {
            #expect(before < after, "\(after.rawValue) is listed after \(before.rawValue)")
        }
    }

    @Test("each rule has a file of its own, named after it")
    func oneFilePerRule() {
        let root = Fixtures.packageRoot
        for rule in RuleRegistry.all {
            let name = "\(rule).swift"
            let files = ["PlanPressParse", "PlanPressValidate"].map {
                root.appendingPathComponent("Sources/\($0)/Rules/\(name)").path
            }
            #expect(files.count { FileManager.default.fileExists(atPath: $0) } == 1, "\(name) is not in a Rules/ folder")
        }
    }

    @Test("a code's severity and summary come from its rule")
    func codeReadsItsRule() {
        for rule in RuleRegistry.all {
            #expect(ObjectIdentifier(rule.code.rule) == ObjectIdentifier(rule))
            #expect(rule.code.severity == rule.severity)
            #expect(rule.code.summary == rule.summary)
        }
    }

    @Test("a diagnostic made through a rule has the rule's code and severity")
    func ruleMakesItsDiagnostics() {
        let at = SourceLocation(path: "x.yaml", line: 2, column: 3)
        let d = SpentOverAllocated.check(spent: Money(satang: 200), allocated: Money(satang: 100), at: at)
        #expect(d?.code == .spentOverAllocated)
        #expect(d?.severity == .warning)
        #expect(d?.location == at)
        #expect(SpentOverAllocated.check(spent: Money(satang: 100), allocated: Money(satang: 100), at: at) == nil)
    }
}
