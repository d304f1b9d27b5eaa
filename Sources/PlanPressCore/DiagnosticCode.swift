/// The stable codes of every rule PlanPress checks. Codes never change meaning once released;
/// the README lists them (a test keeps the list and this catalogue in step).
///
/// Only the codes live here. Each code's severity, summary and messages belong to its rule (a
/// `DiagnosticRule` in a file of its own); `DiagnosticCode.severity` and `.summary` read them
/// through `RuleRegistry` in PlanPressValidate, which Core cannot import.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    // Files, encodings and syntax
    case encodingInvalid = "PP101"
    case encodingConverted = "PP102"
    case syntax = "PP103"
    case aliasNotAllowed = "PP104"
    case nestingTooDeep = "PP105"
    case duplicateKey = "PP106"
    case rootNotMapping = "PP107"
    case fileTooLarge = "PP108"
    case fileUnreadable = "PP109"
    case workbookUnreadable = "PP110"
    case workbookLayout = "PP111"
    case cellWithoutValue = "PP112"
    // Structure and values
    case wrongFormat = "PP201"
    case missingField = "PP202"
    case wrongType = "PP203"
    case unknownKey = "PP204"
    case emptyProjects = "PP205"
    case badNumber = "PP206"
    case badDate = "PP207"
    case badEnum = "PP208"
    case emptyText = "PP209"
    case placeholder = "PP210"
    // Identities
    case badUnitID = "PP301"
    case badProjectID = "PP302"
    case duplicateProjectID = "PP303"
    case duplicateUnitID = "PP304"
    case fileNameMismatch = "PP305"
    case tooManyProjects = "PP306"
    // References to the framework and the site
    case unknownStrategy = "PP401"
    case unknownAlsoSupports = "PP402"
    case unknownContributesTo = "PP403"
    case unknownIndicatorResult = "PP404"
    case unknownAffiliation = "PP405"
    case unknownDistrict = "PP406"
    case alsoSupportsNotReached = "PP407"
    case noStrategies = "PP408"
    // Years, money and indicators
    case fiscalYearMismatch = "PP501"
    case fiscalYearCE = "PP502"
    case negativeMoney = "PP503"
    case moneyPrecision = "PP504"
    case spentOverAllocated = "PP505"
    case percentOutOfRange = "PP506"
    case qualitativeWithoutAchieved = "PP507"
    case completedNotMeasured = "PP508"
    case periodOutsideFiscalYear = "PP509"
    case periodEndBeforeStart = "PP510"
    case noIndicators = "PP511"
    case ratioParts = "PP512"
    case ratioPartsNotRatio = "PP513"
    case notTheReporter = "PP514"
    // Evidence
    case evidenceURLScheme = "PP601"
    case evidenceFileMissing = "PP602"
    case evidenceFileOutside = "PP603"
    case evidenceTarget = "PP604"
    // Framework, site configuration and pages
    case duplicatePlanID = "PP701"
    case duplicateItemCode = "PP702"
    case supportsUnknown = "PP703"
    case supportsRank = "PP704"
    case duplicateIndicatorCode = "PP705"
    case targetYear = "PP706"
    case badPlanID = "PP707"
    case unknownPrimaryPlan = "PP708"
    case missingContent = "PP709"
    case expectedUnitMissing = "PP710"
    case duplicateSiteCode = "PP711"
    case pageFrontMatter = "PP712"
    case badURL = "PP713"
    case aggregationFields = "PP714"
    case unknownReporter = "PP715"
    case zeroDenominator = "PP716"
    case aggregationMissing = "PP717"
    case ratingBandsInvalid = "PP718"
    // History: the reports of earlier years (content/history/<year>/report.json)
    case historyUnreadable = "PP801"
    case historySchema = "PP802"
    case historyYearMismatch = "PP803"
    case historyProvince = "PP804"
    case historyFolder = "PP805"
    case historyStrayFile = "PP806"

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
