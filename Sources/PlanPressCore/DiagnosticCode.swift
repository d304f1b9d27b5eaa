/// The stable codes of every rule PlanPress checks. Codes never change meaning once released;
/// the README lists them (a test keeps the list and this catalogue in step).
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

    /// The severity the rule reports with (`--strict` turns warnings into errors afterwards).
    public var severity: Severity {
        switch self {
        case .encodingConverted, .emptyProjects, .fileNameMismatch, .alsoSupportsNotReached,
            .spentOverAllocated, .completedNotMeasured, .periodOutsideFiscalYear, .noIndicators,
            .expectedUnitMissing:
            return .warning
        default:
            return .error
        }
    }

    /// A one-line description of the rule, for the README table and `--format json`.
    public var summary: LocalizedText {
        switch self {
        case .encodingInvalid: return .init(th: "ไบต์ที่อ่านไม่ได้ในรหัสอักขระที่รองรับ", en: "bytes valid in no supported encoding")
        case .encodingConverted: return .init(th: "ไฟล์ไม่ใช่ UTF-8 แต่อ่านได้", en: "non-UTF-8 file decoded")
        case .syntax: return .init(th: "ไวยากรณ์ YAML/JSON ผิด", en: "YAML/JSON syntax error")
        case .aliasNotAllowed: return .init(th: "ใช้ anchor/alias ซึ่งไม่อยู่ในรูปแบบ", en: "anchor or alias used")
        case .nestingTooDeep: return .init(th: "ซ้อนลึกเกิน 64 ชั้น", en: "nesting deeper than 64 levels")
        case .duplicateKey: return .init(th: "ชื่อฟิลด์ซ้ำใน map เดียวกัน", en: "duplicate key in a map")
        case .rootNotMapping: return .init(th: "ไฟล์ว่างหรือไม่ใช่ map", en: "empty file or root not a map")
        case .fileTooLarge: return .init(th: "ไฟล์ใหญ่เกิน 5 MB", en: "file larger than 5 MB")
        case .fileUnreadable: return .init(th: "อ่านไฟล์ไม่ได้", en: "file cannot be read")
        case .wrongFormat: return .init(th: "ค่า format ไม่ถูกต้อง", en: "wrong format")
        case .missingField: return .init(th: "ขาดฟิลด์ที่ต้องกรอก", en: "missing required field")
        case .wrongType: return .init(th: "ชนิดข้อมูลไม่ถูกต้อง", en: "wrong type")
        case .unknownKey: return .init(th: "ฟิลด์ที่ไม่รู้จัก", en: "unknown key")
        case .emptyProjects: return .init(th: "ไม่มีโครงการ (projects: [])", en: "empty project list")
        case .badNumber: return .init(th: "อ่านตัวเลขไม่ได้", en: "number cannot be read")
        case .badDate: return .init(th: "อ่านวันที่ไม่ได้", en: "date cannot be read")
        case .badEnum: return .init(th: "ค่าไม่อยู่ในรายการที่กำหนด", en: "value not in the allowed list")
        case .emptyText: return .init(th: "ข้อความว่าง", en: "empty text")
        case .placeholder: return .init(th: "ยังเป็นข้อความตัวอย่างจากแบบฟอร์ม", en: "skeleton placeholder not filled in")
        case .badUnitID: return .init(th: "รหัสหน่วยงานไม่ถูกรูปแบบ", en: "bad unit id")
        case .badProjectID: return .init(th: "รหัสโครงการไม่ถูกรูปแบบ", en: "bad project id")
        case .duplicateProjectID: return .init(th: "รหัสโครงการซ้ำในไฟล์", en: "duplicate project id in a file")
        case .duplicateUnitID: return .init(th: "รหัสหน่วยงานซ้ำกับไฟล์อื่น", en: "duplicate unit id across files")
        case .fileNameMismatch: return .init(th: "ชื่อไฟล์ไม่ตรงกับ unit.id", en: "file name differs from unit.id")
        case .tooManyProjects: return .init(th: "โครงการเกิน 2,000 โครงการในไฟล์เดียว", en: "more than 2,000 projects in one file")
        case .unknownStrategy: return .init(th: "รหัสใน strategies ไม่มีในกรอบแผน", en: "unknown code in strategies")
        case .unknownAlsoSupports: return .init(th: "รหัสใน also_supports ไม่มีในกรอบแผน", en: "unknown code in also_supports")
        case .unknownContributesTo: return .init(th: "รหัสใน contributes_to ไม่ใช่ตัวชี้วัดของแผน", en: "unknown code in contributes_to")
        case .unknownIndicatorResult: return .init(th: "รหัสใน indicator_results ไม่ใช่ตัวชี้วัดของแผน", en: "unknown code in indicator_results")
        case .unknownAffiliation: return .init(th: "รหัสสังกัดไม่มีใน site.yaml", en: "unknown affiliation code")
        case .unknownDistrict: return .init(th: "รหัสอำเภอไม่มีใน site.yaml", en: "unknown district code")
        case .alsoSupportsNotReached:
            return .init(th: "also_supports ที่ strategies ของโครงการไม่เชื่อมถึง", en: "also_supports code not reached by the strategies")
        case .noStrategies: return .init(th: "โครงการไม่ระบุยุทธศาสตร์", en: "project names no strategy")
        case .fiscalYearMismatch: return .init(th: "ปีงบประมาณไม่ตรงกับรายงาน", en: "fiscal year is not the report's")
        case .fiscalYearCE: return .init(th: "ปีงบประมาณเป็น ค.ศ.", en: "fiscal year given in CE")
        case .negativeMoney: return .init(th: "จำนวนเงินติดลบ", en: "negative money")
        case .moneyPrecision: return .init(th: "จำนวนเงินมีทศนิยมเกิน 2 ตำแหน่ง", en: "money with more than 2 decimals")
        case .spentOverAllocated: return .init(th: "ใช้จ่ายมากกว่างบที่ได้รับ", en: "spent greater than allocated")
        case .percentOutOfRange: return .init(th: "ร้อยละอยู่นอกช่วง 0–100", en: "percentage outside 0–100")
        case .qualitativeWithoutAchieved: return .init(th: "ตัวชี้วัดเชิงคุณภาพมีผลแต่ไม่ระบุ achieved", en: "qualitative actual without achieved")
        case .completedNotMeasured: return .init(th: "โครงการแล้วเสร็จแต่ตัวชี้วัดไม่มีผล", en: "completed project with an unmeasured indicator")
        case .periodOutsideFiscalYear: return .init(th: "ระยะเวลาอยู่นอกปีงบประมาณ", en: "period outside the fiscal year")
        case .periodEndBeforeStart: return .init(th: "วันสิ้นสุดก่อนวันเริ่ม", en: "period ends before it starts")
        case .noIndicators: return .init(th: "โครงการไม่มีตัวชี้วัด", en: "project without indicators")
        case .evidenceURLScheme: return .init(th: "ลิงก์หลักฐานไม่ใช่ http(s)", en: "evidence url not http(s)")
        case .evidenceFileMissing: return .init(th: "ไม่พบไฟล์หลักฐาน", en: "evidence file missing")
        case .evidenceFileOutside: return .init(th: "ไฟล์หลักฐานอยู่นอกโฟลเดอร์หน่วยงาน", en: "evidence file outside the unit folder")
        case .evidenceTarget: return .init(th: "หลักฐานต้องมี url หรือ file อย่างใดอย่างหนึ่ง", en: "evidence needs exactly one of url or file")
        case .duplicatePlanID: return .init(th: "รหัสแผนซ้ำ", en: "duplicate plan id")
        case .duplicateItemCode: return .init(th: "รหัสรายการในกรอบแผนซ้ำ", en: "duplicate item code")
        case .supportsUnknown: return .init(th: "supports อ้างรหัสที่ไม่มี", en: "supports names an unknown code")
        case .supportsRank: return .init(th: "supports อ้างแผนที่ไม่ได้อยู่ระดับสูงกว่า", en: "supports names a plan of no smaller rank")
        case .duplicateIndicatorCode: return .init(th: "รหัสตัวชี้วัดซ้ำ", en: "duplicate indicator code")
        case .targetYear: return .init(th: "ปีของค่าเป้าหมายไม่ใช่ พ.ศ.", en: "target not keyed by a BE year")
        case .badPlanID: return .init(th: "รหัสแผนไม่ถูกรูปแบบ", en: "bad plan id")
        case .unknownPrimaryPlan: return .init(th: "primary_plan ไม่มีในกรอบแผน", en: "unknown primary_plan")
        case .missingContent: return .init(th: "ไม่พบไฟล์ที่จำเป็นในโฟลเดอร์ content", en: "required content file missing")
        case .expectedUnitMissing: return .init(th: "หน่วยงานที่ต้องส่งยังไม่ส่งรายงาน", en: "expected unit has no submission")
        case .duplicateSiteCode: return .init(th: "รหัสใน site.yaml ซ้ำ", en: "duplicate code in site.yaml")
        case .pageFrontMatter: return .init(th: "ส่วนหัว (front matter) ของหน้าเนื้อหาผิด", en: "bad page front matter")
        case .badURL: return .init(th: "URL ไม่ถูกต้อง", en: "bad URL")
        }
    }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
