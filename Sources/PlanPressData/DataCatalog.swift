import PlanPressAlign
import PlanPressCore
import PlanPressPublish
import PlanPressValidate

/// `data/catalog.json`: the dataset's metadata in the fields Thai open-data portals (CKAN,
/// data.go.th) ask for, so the office can register the data set without retyping.
public enum DataCatalog {
    /// data.go.th's default licence for government data sets.
    public static let licence = "Open Data Common"

    public static func file(_ report: Report) -> OutputFile {
        let site = report.site
        let base = site.baseURL ?? ""
        func resource(_ name: String, _ file: String, _ format: String, _ mime: String, _ description: String) -> JSONValue {
            .object([
                ("name", .string(name)), ("description", .string(description)), ("format", .string(format)),
                ("mimetype", .string(mime)), ("url", .string(base + OutputPath.dataFolder + file)),
            ])
        }
        let doc = JSONValue.object([
            ("format", .string("planpress/catalog/1")),
            ("name", .string("education-report-\(site.fiscalYear)")),
            ("title", .string(site.title)),
            (
                "notes",
                .string(
                    "ผลการดำเนินงานตามแผนพัฒนาการศึกษาจังหวัด\(site.province) ปีงบประมาณ พ.ศ. \(site.fiscalYear) ของหน่วยงานทางการศึกษา \(report.units.count) หน่วยงาน \(report.totals.projects) โครงการ พร้อมการวิเคราะห์ความสอดคล้องกับยุทธศาสตร์ชาติ แผนแม่บท และแผนระดับต่าง ๆ"
                )
            ),
            ("publisher", .string(site.office)),
            ("owner_org", .string(site.office)),
            ("maintainer", .string(site.office)),
            ("license_id", .string(licence)),
            ("update_frequency", .string("yearly")),
            ("update_frequency_th", .string("รายปี")),
            ("geo_coverage", .string("จังหวัด\(site.province)")),
            ("language", .string("th")),
            ("fiscal_year", .number(String(site.fiscalYear))),
            ("issued", .string(report.reportDate?.iso)),
            ("url", .string(site.baseURL)),
            ("tags", .array(["การศึกษา", "แผนพัฒนาการศึกษา", "ยุทธศาสตร์ชาติ", site.province].map { .string($0) })),
            (
                "resources",
                .array([
                    resource("โครงการ", "projects.csv", "CSV", "text/csv", "หนึ่งแถวต่อหนึ่งโครงการ"),
                    resource("ตัวชี้วัดโครงการ", "indicators.csv", "CSV", "text/csv", "หนึ่งแถวต่อหนึ่งตัวชี้วัดของโครงการ"),
                    resource("ความสอดคล้องกับแผน", "alignment.csv", "CSV", "text/csv", "หนึ่งแถวต่อหนึ่งรายการของกรอบแผน"),
                    resource(
                        "ตัวชี้วัดของแผน", "strategic_indicators.csv", "CSV", "text/csv",
                        "หนึ่งแถวต่อหนึ่งตัวชี้วัดของแผน ปีงบประมาณนี้ ค่าที่ได้ ค่าเป้าหมาย และระดับผล"),
                    resource(
                        "ผลการดำเนินงานรายปี", "trends.csv", "CSV", "text/csv",
                        "หนึ่งแถวต่อหนึ่งปีและขอบเขต (ทั้งจังหวัด รายการของแผน หรือหน่วยงาน) ของปีนี้และปีก่อนหน้าที่เก็บไว้"),
                    resource("รายงานฉบับข้อมูล (JSON)", "report.json", "JSON", "application/json", "ข้อมูลทั้งรายงาน"),
                    resource(
                        "โครงสร้าง report.json", "report.schema.json", "JSON", "application/schema+json", "JSON Schema ของ report.json"),
                    resource("รายงานฉบับข้อมูล (XML)", "report.xml", "XML", "application/xml", "ข้อมูลทั้งรายงาน ตาม report.xsd"),
                    resource("โครงสร้าง report.xml", "report.xsd", "XSD", "application/xml", "XML Schema ของ report.xml"),
                ])
            ),
        ])
        return OutputFile(path: OutputPath.catalog, bytes: doc.serialized())
    }
}
