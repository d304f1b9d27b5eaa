import PlanPressCore
import PlanPressParse

/// Every rule PlanPress checks, in code order: the catalogue the README's table, `--format json`
/// and the validation report read codes' severities and summaries from.
///
/// Each rule keeps its own severity, summary and messages in its file (`Rules/`, in PlanPressParse
/// for the syntax and encoding rules, here for the others); this list only names them. Core cannot
/// import the modules the rules live in, so `DiagnosticCode.severity` and `.summary` are defined
/// below, read from this list: there is one source of truth, the rule. A test fails when a code
/// has no rule, when a rule is listed twice, or when the list is out of code order.
public enum RuleRegistry {
    /// The rules, in code order.
    public static let all: [any DiagnosticRule.Type] = [
        // Files, encodings and syntax (PlanPressParse)
        EncodingInvalid.self,
        EncodingConverted.self,
        Syntax.self,
        AliasNotAllowed.self,
        NestingTooDeep.self,
        DuplicateKey.self,
        RootNotMapping.self,
        FileTooLarge.self,
        FileUnreadable.self,
        WorkbookUnreadable.self,
        WorkbookLayoutMismatch.self,
        CellWithoutValue.self,
        // Structure and values
        WrongFormat.self,
        MissingField.self,
        WrongType.self,
        UnknownKey.self,
        EmptyProjects.self,
        BadNumber.self,
        BadDate.self,
        BadEnum.self,
        EmptyText.self,
        Placeholder.self,
        // Identities
        BadUnitID.self,
        BadProjectID.self,
        DuplicateProjectID.self,
        DuplicateUnitID.self,
        FileNameMismatch.self,
        TooManyProjects.self,
        // References to the framework and the site
        UnknownStrategy.self,
        UnknownAlsoSupports.self,
        UnknownContributesTo.self,
        UnknownIndicatorResult.self,
        UnknownAffiliation.self,
        UnknownDistrict.self,
        AlsoSupportsNotReached.self,
        NoStrategies.self,
        // Years, money and indicators
        FiscalYearMismatch.self,
        FiscalYearCE.self,
        NegativeMoney.self,
        MoneyPrecision.self,
        SpentOverAllocated.self,
        PercentOutOfRange.self,
        QualitativeWithoutAchieved.self,
        CompletedNotMeasured.self,
        PeriodOutsideFiscalYear.self,
        PeriodEndBeforeStart.self,
        NoIndicators.self,
        RatioParts.self,
        RatioPartsNotRatio.self,
        NotTheReporter.self,
        // Evidence
        EvidenceURLScheme.self,
        EvidenceFileMissing.self,
        EvidenceFileOutside.self,
        EvidenceTarget.self,
        // Framework, site configuration and pages
        DuplicatePlanID.self,
        DuplicateItemCode.self,
        SupportsUnknown.self,
        SupportsRank.self,
        DuplicateIndicatorCode.self,
        TargetYear.self,
        BadPlanID.self,
        UnknownPrimaryPlan.self,
        MissingContent.self,
        ExpectedUnitMissing.self,
        DuplicateSiteCode.self,
        PageFrontMatter.self,
        BadURL.self,
        AggregationFields.self,
        UnknownReporter.self,
        ZeroDenominator.self,
        AggregationMissing.self,
        RatingBandsInvalid.self,
        // History: the reports of earlier years
        HistoryUnreadable.self,
        HistorySchema.self,
        HistoryYearMismatch.self,
        HistoryProvince.self,
        HistoryFolder.self,
        HistoryStrayFile.self,
    ]

    /// The rules by code, for `rule(for:)`. A code listed twice keeps its first rule (the test
    /// reports the second).
    private static let byCode: [DiagnosticCode: any DiagnosticRule.Type] = Dictionary(
        all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The rule that reports with `code`.
    public static func rule(for code: DiagnosticCode) -> any DiagnosticRule.Type {
        guard let rule = byCode[code] else { preconditionFailure("\(code.rawValue) has no rule in RuleRegistry.all") }
        return rule
    }
}

extension DiagnosticCode {
    /// The rule that reports with this code.
    public var rule: any DiagnosticRule.Type { RuleRegistry.rule(for: self) }

    /// The severity the rule reports with (`--strict` turns warnings into errors afterwards).
    public var severity: Severity { rule.severity }

    /// A one-line description of the rule, for the README table and the validation report.
    public var summary: LocalizedText { rule.summary }
}

extension Diagnostic {
    /// A diagnostic of `code` with its rule's severity, for tests and tools that have a code at
    /// hand; the checks make theirs through the rule (`DiagnosticRule.make`).
    public init(_ code: DiagnosticCode, at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.init(code, at: location, message, hint: hint, severity: code.severity)
    }

    /// A diagnostic of `code` from Thai and English literals, with its rule's severity; the hint
    /// is kept only when its Thai is given.
    public init(
        _ code: DiagnosticCode, at location: SourceLocation, th: String, en: String, hintTH: String? = nil, hintEN: String? = nil
    ) {
        self.init(code, at: location, LocalizedText(th: th, en: en), hint: hintTH.map { LocalizedText(th: $0, en: hintEN ?? $0) })
    }
}
