import PlanPressCore

/// What one field of the submission format means, in the words that the skeleton's comments, the
/// JSON Schema's descriptions and the placeholder messages all use: one catalogue, so the three
/// never tell a unit different things.
public struct SkeletonField: Sendable {
    /// The field's path with list items written `[]`: `projects[].budget.allocated`.
    public var path: String
    /// A short noun phrase (`ชื่อโครงการ`); the skeleton's placeholder is `<label>`.
    public var label: LocalizedText
    /// What to write and the rules, for the skeleton's comments and the schema's descriptions.
    public var help: LocalizedText
    /// A value as a unit would write it (without YAML quoting); for a list, one item.
    public var example: String?
    /// Whether the format requires the field (when its enclosing map is there).
    public var required: Bool
    /// When an optional field is needed after all (`achieved` for a measured qualitative indicator).
    public var condition: LocalizedText?

    init(
        _ path: String, _ label: LocalizedText, _ help: LocalizedText, example: String? = nil, required: Bool = false,
        condition: LocalizedText? = nil
    ) {
        self.path = path
        self.label = label
        self.help = help
        self.example = example
        self.required = required
        self.condition = condition
    }

    /// The placeholder the skeleton writes for this field: `<ชื่อโครงการ>`.
    public func placeholder(_ language: Language) -> String { "<\(label[language])>" }

    /// The field with this path (`projects[].name`), if the catalogue has it.
    public static func named(_ path: String) -> SkeletonField? { byPath[path] }

    static let byPath: [String: SkeletonField] = Dictionary(all.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

    static func t(_ th: String, _ en: String) -> LocalizedText { LocalizedText(th: th, en: en) }

    static func choices<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ thai: (E) -> String, _ english: (E) -> String)
        -> LocalizedText where E.RawValue == String
    {
        t(
            E.allCases.map { "\($0.rawValue) = \(thai($0))" }.joined(separator: ", "),
            E.allCases.map { "\($0.rawValue) = \(english($0))" }.joined(separator: ", "))
    }

    static let statusChoices = choices(ProjectStatus.self, \.thai, \.english)
    static let sourceChoices = choices(
        BudgetSource.self, \.thai,
        {
            switch $0 {
            case .government: return "government budget"
            case .nonGovernment: return "non-budget funds"
            case .local: return "local government"
            case .other: return "other"
            }
        })

    /// Every field of `planpress/unit-report/1`, in the order of the format's table.
    public static let all: [SkeletonField] = [
        SkeletonField(
            "format", t("รูปแบบไฟล์", "file format"),
            t("ต้องเป็น planpress/unit-report/1 เสมอ ห้ามแก้", "always planpress/unit-report/1; do not change it"),
            example: "planpress/unit-report/1", required: true),
        SkeletonField(
            "fiscal_year", t("ปีงบประมาณ พ.ศ.", "fiscal year in the Buddhist Era"),
            t("ปีงบประมาณเป็น พ.ศ. 4 หลัก ตรงกับปีของรายงาน", "the four-digit Buddhist Era fiscal year of the report (CE + 543)"),
            example: "2569", required: true),
        SkeletonField("unit", t("หน่วยงาน", "the unit"), t("ข้อมูลของหน่วยงานที่รายงาน", "who reports"), required: true),
        SkeletonField(
            "unit.id", t("รหัสหน่วยงาน", "unit id"),
            t(
                "รหัสที่สำนักงานศึกษาธิการจังหวัดกำหนดให้ ตรงกับชื่อไฟล์ ใช้ a–z 0–9 และ - ยาว 2–63 ตัว ห้ามแก้",
                "the id the provincial office gave the unit, the same as the file name: a–z, 0–9 and -, 2–63 characters; do not change it"),
            example: "spm-satun", required: true),
        SkeletonField(
            "unit.name", t("ชื่อเต็มของหน่วยงาน", "the unit's full name"),
            t("ชื่อทางราชการแบบเต็ม ไม่ใช้ชื่อย่อ", "the full official name, not an abbreviation"),
            example: "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสตูล", required: true),
        SkeletonField(
            "unit.short_name", t("ชื่อย่อของหน่วยงาน", "the unit's short name"),
            t("ชื่อย่อที่ใช้ในตารางและแผนภูมิ", "the abbreviation used in tables and charts"), example: "สพม.สตูล"),
        SkeletonField(
            "unit.affiliation", t("รหัสสังกัด", "affiliation code"),
            t(
                "รหัสสังกัดจากรายการที่สำนักงานศึกษาธิการจังหวัดกำหนด (ดูรายการในคำอธิบายด้านบน)",
                "a code from the provincial office's list of affiliations (see the list in the comment above)"),
            example: "obec", required: true),
        SkeletonField(
            "unit.district", t("รหัสอำเภอ", "district code"),
            t(
                "รหัสอำเภอที่ตั้งจากรายการที่สำนักงานศึกษาธิการจังหวัดกำหนด (ดูรายการในคำอธิบายด้านบน)",
                "a code from the provincial office's list of districts (see the list in the comment above)"),
            example: "mueang-satun"),
        SkeletonField(
            "unit.contact", t("ผู้ประสานงาน", "contact person"), t("ผู้ที่สำนักงานติดต่อได้เรื่องรายงานนี้", "whom the office can ask about this report")),
        SkeletonField(
            "unit.contact.name", t("ชื่อผู้ประสานงาน", "contact's name"), t("ชื่อและนามสกุล พร้อมคำนำหน้า", "name and surname with title"),
            example: "นางสาวอารีย์ ใจดี"),
        SkeletonField(
            "unit.contact.position", t("ตำแหน่งผู้ประสานงาน", "contact's position"), t("ตำแหน่งทางราชการ", "official position"),
            example: "นักวิเคราะห์นโยบายและแผน"),
        SkeletonField(
            "unit.contact.phone", t("หมายเลขโทรศัพท์", "phone number"), t("หมายเลขที่ติดต่อได้ในเวลาราชการ", "a number reachable in office hours"),
            example: "074 000 000"),
        SkeletonField(
            "unit.contact.email", t("อีเมล", "email"), t("อีเมลของผู้ประสานงาน", "the contact's email"), example: "plan@example.go.th"),
        SkeletonField(
            "submitted_on", t("วันที่ส่งรายงาน", "date of submission"),
            t("วันที่ส่ง เช่น 20 ตุลาคม 2569 หรือ 2569-10-20 (ปี พ.ศ.)", "the date sent, such as 20 ตุลาคม 2569 or 2569-10-20 (BE year)"),
            example: "20 ตุลาคม 2569"),
        SkeletonField(
            "approved_by", t("ผู้รับรองข้อมูล", "who certifies the data"),
            t("ผู้บริหารที่รับรองความถูกต้องของข้อมูล", "the head who certifies the data")),
        SkeletonField(
            "approved_by.name", t("ชื่อผู้รับรองข้อมูล", "certifier's name"), t("ชื่อและนามสกุล พร้อมคำนำหน้า", "name and surname with title"),
            example: "นายสมชาย ตัวอย่าง"),
        SkeletonField(
            "approved_by.position", t("ตำแหน่งผู้รับรองข้อมูล", "certifier's position"), t("ตำแหน่งทางราชการ", "official position"),
            example: "ผู้อำนวยการ"),
        SkeletonField(
            "summary", t("ภาพรวมผลการดำเนินงานของหน่วยงาน", "the unit's overview"),
            t(
                "สรุปผลการดำเนินงานของทั้งปีในย่อหน้าสั้น ๆ เขียนต่อจากบรรทัด summary: | โดยย่อหน้าทุกบรรทัด 2 ช่อง",
                "a short overview of the year, written below summary: | with every line indented by 2 spaces (Markdown)"),
            example: "ดำเนินโครงการตามแผนพัฒนาการศึกษาจังหวัด 11 โครงการ"),
        SkeletonField(
            "projects", t("โครงการ", "projects"),
            t(
                "รายการโครงการ แต่ละโครงการเริ่มด้วยบรรทัด - id: ถ้ามีหลายโครงการ ให้คัดลอกทั้งชุดต่อท้าย",
                "the list of projects; each starts with a line - id:. Copy the whole block for each further project"),
            required: true),
        SkeletonField(
            "projects[].id", t("รหัสโครงการ", "project id"),
            t(
                "ตั้งเองได้ ไม่ซ้ำกันในไฟล์ ใช้ A–Z a–z 0–9 . _ - ไม่เกิน 32 ตัว",
                "your own id, unique in the file: A–Z a–z 0–9 . _ -, at most 32 characters"),
            example: "P01", required: true),
        SkeletonField(
            "projects[].name", t("ชื่อโครงการ", "project name"), t("ชื่อโครงการตามที่ได้รับอนุมัติ", "the project's approved name"),
            example: "โครงการยกระดับผลสัมฤทธิ์ทางการเรียน", required: true),
        SkeletonField(
            "projects[].strategies", t("รหัสยุทธศาสตร์", "strategy codes"),
            t(
                "รหัสประเด็นยุทธศาสตร์หรือกลยุทธ์ของแผนพัฒนาการศึกษาจังหวัดที่โครงการดำเนินการ อย่างน้อย 1 รหัส เขียนในวงเล็บ [ ] คั่นด้วย ,",
                "codes of the provincial education plan's strategies the project serves, at least one, written in [ ] separated by ,"),
            example: "SPE.S3.2", required: true),
        SkeletonField(
            "projects[].strategies[]", t("รหัสยุทธศาสตร์", "strategy code"),
            t("รหัสจากรายการในคำอธิบายด้านบน", "a code from the list in the comment above"), example: "SPE.S3.2"),
        SkeletonField(
            "projects[].also_supports", t("รหัสแผนอื่นที่โครงการสนับสนุน", "codes of other plans"),
            t(
                "รหัสของแผนระดับอื่น (ยุทธศาสตร์ชาติ แผนแม่บท แผนการปฏิรูป ฯลฯ) ที่โครงการสนับสนุนเพิ่มเติม",
                "codes of other plans (National Strategy, master plans, reform plan …) the project also serves"),
            example: "MP12.1"),
        SkeletonField(
            "projects[].also_supports[]", t("รหัสแผนอื่น", "code of another plan"),
            t("รหัสรายการจากกรอบแผน", "a code of the plan framework"), example: "MP12.1"),
        SkeletonField(
            "projects[].status", t("สถานะโครงการ", "project status"),
            t("เลือกหนึ่งค่า: \(statusChoices.th)", "one of: \(statusChoices.en)"), example: "completed", required: true),
        SkeletonField(
            "projects[].period", t("ระยะเวลาดำเนินงาน", "period"), t("วันเริ่มและวันสิ้นสุดโครงการ", "when the project started and ended")),
        SkeletonField(
            "projects[].period.start", t("วันเริ่มโครงการ", "start date"),
            t("เช่น 1 ตุลาคม 2568 หรือ 2568-10-01", "such as 1 ตุลาคม 2568 or 2568-10-01"),
            example: "1 ตุลาคม 2568"),
        SkeletonField(
            "projects[].period.end", t("วันสิ้นสุดโครงการ", "end date"),
            t("ไม่ก่อนวันเริ่ม เช่น 30 กันยายน 2569", "not before the start, such as 30 กันยายน 2569"), example: "30 กันยายน 2569"),
        SkeletonField(
            "projects[].lead", t("ผู้รับผิดชอบโครงการ", "who leads the project"), t("ชื่อบุคคลหรือกลุ่มงาน", "a person or a group"),
            example: "กลุ่มนิเทศ ติดตามและประเมินผล"),
        SkeletonField("projects[].budget", t("งบประมาณ", "budget"), t("งบประมาณของโครงการเป็นบาท", "the project's money in baht")),
        SkeletonField(
            "projects[].budget.allocated", t("งบประมาณที่ได้รับจัดสรร (บาท)", "allocated (baht)"),
            t(
                "ตัวเลขเป็นบาท ไม่ต้องเขียนคำว่าบาท ใช้ , คั่นหลักพันได้ ทศนิยมไม่เกิน 2 ตำแหน่ง ถ้าไม่ได้รับงบประมาณเขียน 0",
                "a number of baht without the word baht; , between thousands allowed; at most 2 decimals; 0 when there was no budget"),
            example: "350000", required: true),
        SkeletonField(
            "projects[].budget.spent", t("งบประมาณที่ใช้จริง (บาท)", "spent (baht)"),
            t("ตัวเลขเป็นบาท เขียนแบบเดียวกับงบที่ได้รับ", "a number of baht, written like allocated"), example: "348,250.50"),
        SkeletonField(
            "projects[].budget.source", t("แหล่งงบประมาณ", "source of funds"),
            t("เลือกหนึ่งค่า: \(sourceChoices.th) (ถ้าไม่เขียนถือเป็น government)", "one of: \(sourceChoices.en) (government when left out)"),
            example: "government"),
        SkeletonField(
            "projects[].objectives", t("วัตถุประสงค์", "objectives"),
            t("วัตถุประสงค์ของโครงการ ข้อละบรรทัด", "the project's objectives, one per line")),
        SkeletonField(
            "projects[].objectives[]", t("วัตถุประสงค์ของโครงการ", "an objective"), t("วัตถุประสงค์หนึ่งข้อ", "one objective"),
            example: "เพื่อพัฒนาทักษะการอ่านของนักเรียน"),
        SkeletonField(
            "projects[].indicators", t("ตัวชี้วัดโครงการ", "project indicators"),
            t("ตัวชี้วัดของโครงการ แต่ละตัวเริ่มด้วยบรรทัด - name:", "the project's indicators, each starting with a line - name:")),
        SkeletonField(
            "projects[].indicators[].name", t("ชื่อตัวชี้วัด", "indicator name"), t("ข้อความของตัวชี้วัด", "the indicator's text"),
            example: "ร้อยละของนักเรียนที่มีผลการทดสอบผ่านเกณฑ์", required: true),
        SkeletonField(
            "projects[].indicators[].kind", t("ชนิดตัวชี้วัด", "kind"),
            t(
                "quantitative = เชิงปริมาณ (เป้าหมายและผลเป็นตัวเลข), qualitative = เชิงคุณภาพ (เป็นข้อความ) ถ้าไม่เขียนถือเป็น quantitative",
                "quantitative (target and actual are numbers) or qualitative (text); quantitative when left out"),
            example: "quantitative"),
        SkeletonField(
            "projects[].indicators[].unit", t("หน่วยนับ", "unit of measure"),
            t("เช่น ร้อยละ คน โรงเรียน ครั้ง (ร้อยละต้องอยู่ระหว่าง 0–100)", "such as ร้อยละ (percent, 0–100), คน (people), โรงเรียน (schools)"),
            example: "ร้อยละ"),
        SkeletonField(
            "projects[].indicators[].target", t("ค่าเป้าหมาย", "target"),
            t("เชิงปริมาณเขียนเป็นตัวเลข เชิงคุณภาพเขียนเป็นข้อความ", "a number for a quantitative indicator, text for a qualitative one"),
            example: "70", required: true),
        SkeletonField(
            "projects[].indicators[].actual", t("ผลที่ได้", "actual result"),
            t(
                "ผลที่วัดได้ เขียนแบบเดียวกับค่าเป้าหมาย ถ้ายังไม่ได้วัดผลให้ลบบรรทัดนี้",
                "the measured result, written like the target; remove the line when it is not measured yet"),
            example: "72.5"),
        SkeletonField(
            "projects[].indicators[].direction", t("ทิศทางของตัวชี้วัด", "direction"),
            t(
                "increase = ยิ่งมากยิ่งดี, decrease = ยิ่งน้อยยิ่งดี ถ้าไม่เขียนถือเป็น increase",
                "increase (higher is better) or decrease (lower is better); increase when left out"),
            example: "increase"),
        SkeletonField(
            "projects[].indicators[].achieved", t("ผลว่าบรรลุหรือไม่", "whether it was achieved"),
            t("true = บรรลุ, false = ไม่บรรลุ (ไม่ใส่เครื่องหมายคำพูด)", "true or false, without quotes"),
            example: "true", condition: t("ต้องกรอกเมื่อตัวชี้วัดเชิงคุณภาพมีผล (actual)", "required when a qualitative indicator has an actual")),
        SkeletonField(
            "projects[].indicators[].contributes_to", t("รหัสตัวชี้วัดของแผนที่ส่งผลถึง", "plan indicator code"),
            t("รหัสตัวชี้วัดของแผน (ลงท้ายด้วย .K…) ที่ตัวชี้วัดนี้ส่งผล", "the code of the plan's indicator (ending in .K…) this one feeds"),
            example: "SPE.S3.K1"),
        SkeletonField(
            "projects[].beneficiaries", t("ผู้ได้รับประโยชน์", "beneficiaries"),
            t(
                "จำนวนผู้ได้รับประโยชน์ เป็นจำนวนเต็มไม่ติดลบ เช่น students (นักเรียน), teachers (ครู), schools (โรงเรียน), people (ประชาชน)",
                "counts of who benefited, whole numbers: students, teachers, schools, people …"),
            example: nil),
        SkeletonField(
            "projects[].beneficiaries.students", t("จำนวนนักเรียน", "number of students"), t("จำนวนเต็ม", "a whole number"), example: "1200"),
        SkeletonField(
            "projects[].beneficiaries.teachers", t("จำนวนครู", "number of teachers"), t("จำนวนเต็ม", "a whole number"), example: "45"),
        SkeletonField(
            "projects[].beneficiaries.schools", t("จำนวนโรงเรียน", "number of schools"), t("จำนวนเต็ม", "a whole number"), example: "12"),
        SkeletonField(
            "projects[].results", t("ผลการดำเนินงาน", "results"),
            t(
                "ผลการดำเนินงานของโครงการ เขียนต่อจากบรรทัด results: | โดยย่อหน้าเท่ากันทุกบรรทัด",
                "what the project achieved, below results: | (Markdown)"),
            example: "จัดอบรมครู 4 ครั้ง ครูนำไปใช้ในชั้นเรียนร้อยละ 90"),
        SkeletonField("projects[].problems", t("ปัญหาอุปสรรค", "problems"), t("ปัญหาอุปสรรค ข้อละบรรทัด", "problems met, one per line")),
        SkeletonField(
            "projects[].problems[]", t("ปัญหาอุปสรรค", "a problem"), t("ปัญหาหนึ่งข้อ", "one problem"), example: "งบประมาณได้รับล่าช้า"),
        SkeletonField(
            "projects[].suggestions", t("ข้อเสนอแนะ", "suggestions"), t("ข้อเสนอแนะ ข้อละบรรทัด", "suggestions, one per line")),
        SkeletonField(
            "projects[].suggestions[]", t("ข้อเสนอแนะ", "a suggestion"), t("ข้อเสนอแนะหนึ่งข้อ", "one suggestion"),
            example: "ควรจัดสรรงบประมาณให้ทันภาคเรียนที่ 1"),
        SkeletonField(
            "projects[].evidence", t("หลักฐาน", "evidence"),
            t(
                "เอกสารหรือภาพประกอบ แต่ละรายการมี title และ url (ลิงก์เว็บ) หรือ file (ไฟล์ที่ส่งมาพร้อมรายงาน) อย่างใดอย่างหนึ่ง",
                "documents or pictures: each has a title and either url (a web link) or file (a file sent with the report)")),
        SkeletonField(
            "projects[].evidence[].title", t("ชื่อหลักฐาน", "evidence title"), t("ชื่อเอกสารหรือภาพ", "what the document or picture is"),
            example: "รายงานสรุปโครงการ", required: true),
        SkeletonField(
            "projects[].evidence[].url", t("ลิงก์หลักฐาน", "evidence link"),
            t("ลิงก์เต็มที่ขึ้นต้นด้วย https:// หรือ http://", "a full link starting with https:// or http://"),
            example: "https://example.go.th/p01.pdf"),
        SkeletonField(
            "projects[].evidence[].file", t("ไฟล์หลักฐาน", "evidence file"),
            t("ชื่อไฟล์ในโฟลเดอร์ evidence ที่ส่งมาพร้อมรายงาน", "a file in the evidence folder sent with the report"),
            example: "evidence/p01-1.jpg"),
        SkeletonField(
            "indicator_results", t("ผลตัวชี้วัดของแผน", "plan indicator results"),
            t(
                "ค่าที่หน่วยงานวัดได้ของตัวชี้วัดระดับแผน (ถ้ามี) แต่ละรายการมี code และ value หรือ numerator และ denominator สำหรับตัวชี้วัดที่คิดเป็นอัตราส่วน",
                "values the unit measured for the plan's own indicators (if any): code and value, or numerator and denominator for a ratio indicator"
            )),
        SkeletonField(
            "indicator_results[].code", t("รหัสตัวชี้วัดของแผน", "plan indicator code"),
            t("รหัสตัวชี้วัดของแผน (ลงท้ายด้วย .K…)", "a plan indicator code (ending in .K…)"), example: "SPE.S3.K1", required: true),
        SkeletonField(
            "indicator_results[].value", t("ค่าที่วัดได้", "measured value"),
            t(
                "ตัวเลข (ตัวชี้วัดที่คิดเป็นอัตราส่วนให้ระบุ numerator และ denominator แทน)",
                "a number (a ratio indicator takes numerator and denominator instead)"), example: "36.2", required: true,
            condition: t("ยกเว้นตัวชี้วัดที่คิดเป็นอัตราส่วน (aggregation: ratio)", "except for a ratio indicator (aggregation: ratio)")),
        SkeletonField(
            "indicator_results[].numerator", t("ตัวตั้ง", "numerator"),
            t(
                "ตัวเลขที่นับได้ของตัวชี้วัดที่คิดเป็นอัตราส่วน เช่น จำนวนนักเรียนที่ออกกลางคัน",
                "the count of a ratio indicator, such as the students who dropped out"), example: "61"),
        SkeletonField(
            "indicator_results[].denominator", t("ตัวหาร", "denominator"),
            t(
                "จำนวนทั้งหมดของตัวชี้วัดที่คิดเป็นอัตราส่วน เช่น จำนวนนักเรียนทั้งหมด",
                "the whole of a ratio indicator, such as all students"), example: "10000"),
        SkeletonField(
            "indicator_results[].note", t("หมายเหตุ", "note"), t("คำอธิบายสั้น ๆ เช่น ที่มาของข้อมูล", "a short note such as the data source"),
            example: "ค่าเฉลี่ยระดับจังหวัด"),
        SkeletonField(
            "indicator_results[].as_of", t("ข้อมูล ณ วันที่", "figure as of"),
            t("วันที่ของข้อมูล เช่น 2569-06-10 หรือ 10 มิ.ย. 2569", "the date the figure stands at, such as 2569-06-10"),
            example: "2569-06-10"),
    ]
}
