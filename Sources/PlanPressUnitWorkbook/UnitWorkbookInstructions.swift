import PlanPressSpreadsheet
import PlanPressValidate

/// The first sheet of the unit workbook: what to fill in, where, and how to send it, in Thai.
enum UnitWorkbookInstructions {
    static let sheetName = "คำแนะนำ"

    static func lines(site: SiteConfig?) -> [String] {
        let office = site?.office ?? "สำนักงานศึกษาธิการจังหวัด"
        let year = site.map { " ปีงบประมาณ พ.ศ. \($0.fiscalYear)" } ?? ""
        let deadline = site?.deadline.map { " ภายในวันที่ \($0.thai())" } ?? ""
        return [
            "แบบรายงานผลการดำเนินงานตามแผนพัฒนาการศึกษาจังหวัด\(year)",
            "",
            "วิธีกรอก",
            "1. แผ่นงาน \"\(UnitWorkbookLayout.unitSheet)\": กรอกข้อมูลหน่วยงานในคอลัมน์ B ตามหัวข้อในคอลัมน์ A (หัวข้อที่มี * ต้องกรอก)",
            "2. แผ่นงาน \"\(UnitWorkbookLayout.projectsSheet)\": หนึ่งแถวต่อหนึ่งโครงการ รหัสโครงการต้องไม่ซ้ำกัน",
            "   • รหัสยุทธศาสตร์: เลือกจากรายการ ได้สูงสุด \(UnitWorkbookLayout.strategyColumns) ช่อง ถ้ามากกว่านั้นพิมพ์หลายรหัสในช่องสุดท้ายโดยคั่นด้วยจุลภาค (,)",
            "   • วัตถุประสงค์ ปัญหาอุปสรรค และข้อเสนอแนะ: หนึ่งข้อต่อหนึ่งบรรทัดในช่องเดียวกัน (ขึ้นบรรทัดใหม่ด้วย Alt+Enter)",
            "   • งบประมาณ: ตัวเลขเป็นบาท ทศนิยมไม่เกิน 2 ตำแหน่ง",
            "3. แผ่นงาน \"\(UnitWorkbookLayout.indicatorsSheet)\": หนึ่งแถวต่อหนึ่งตัวชี้วัด ระบุรหัสโครงการในคอลัมน์แรก",
            "4. แผ่นงาน \"\(UnitWorkbookLayout.evidenceSheet)\": ลิงก์หรือชื่อไฟล์หลักฐานของแต่ละโครงการ ระบุรหัสโครงการในคอลัมน์แรก",
            "5. แผ่นงาน \"\(UnitWorkbookLayout.resultsSheet)\": ค่าตัวชี้วัดของแผนจังหวัดที่หน่วยงานวัดได้ (ถ้ามี)",
            "6. แผ่นงาน \"รายการ\": รหัสและชื่อที่ใช้ในรายการเลือก (แก้ไขไม่ได้)",
            "",
            "ข้อควรระวัง",
            "• อย่าเปลี่ยนชื่อแผ่นงานหรือหัวคอลัมน์ และอย่าผสานเซลล์ (Merge) ในส่วนที่กรอกข้อมูล",
            "• วันที่: ใส่เป็นวันที่ของโปรแกรม หรือพิมพ์ เช่น 20 ต.ค. 2569 หรือ 2569-10-20",
            "• ถ้าใช้สูตร ให้บันทึกไฟล์หลังโปรแกรมคำนวณแล้ว",
            "",
            "การส่ง",
            "บันทึกเป็น Excel Workbook (.xlsx) ชื่อไฟล์ตามรหัสหน่วยงาน แล้วส่งให้\(office)\(deadline)",
            "สำนักงานจะตรวจไฟล์ด้วย planpress check และส่งผลการตรวจกลับ ระบุแผ่นงานและเซลล์ที่ต้องแก้",
        ]
    }

    static func sheet(site: SiteConfig?) -> SheetDraft {
        let rows: [[CellDraft]] = lines(site: site).enumerated().map { i, line in
            [.text(line, style: i == 0 ? .header : .readOnly)]
        }
        return SheetDraft(name: sheetName, rows: rows, columnWidths: [1: 120], protection: SheetProtection())
    }
}
