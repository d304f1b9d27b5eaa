import Foundation
import PlanPressBuild
import PlanPressCore
import PlanPressValidationReport

/// The one-line summaries printed at the end of a run.
enum Summary {
    static func seconds(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        return ms < 1000 ? "\(ms) ms" : String(format: "%.2f s", s)
    }

    static func checkLine(language: Language, units: Int, projects: Int, errors: Int, warnings: Int, seconds s: Double, colors: Bool)
        -> String
    {
        let ok = errors == 0
        let mark = colors ? (ok ? "\u{1B}[1;32m✓\u{1B}[0m" : "\u{1B}[1;31m✗\u{1B}[0m") : (ok ? "✓" : "✗")
        switch language {
        case .th:
            return "\(mark) ตรวจ \(units) หน่วยงาน \(projects) โครงการ: ข้อผิดพลาด \(errors) คำเตือน \(warnings) (\(seconds(s)))"
        case .en:
            return "\(mark) checked \(units) units, \(projects) projects: \(errors) errors, \(warnings) warnings (\(seconds(s)))"
        }
    }

    /// The submission status after a check: expected units with no file, late ones, rejected
    /// ones. Empty when every unit sent an accepted file on time.
    static func statusLines(language: Language, units: [ValidationReport.Unit], deadline: CalendarDate?) -> String {
        let th = language == .th
        func date(_ d: CalendarDate) -> String { th ? d.thai() : d.iso }
        var out = ""
        let missing = units.filter { $0.state == .missing }
        if !missing.isEmpty {
            out +=
                (th ? "  ยังไม่ส่งรายงาน (\(missing.count)): " : "  no submission (\(missing.count)): ")
                + capped(missing.map { "\($0.id) \($0.name ?? "")".trimmingCharacters(in: .whitespaces) }, th: th) + "\n"
        }
        let late = units.filter(\.late)
        if !late.isEmpty {
            let due = deadline.map { th ? " \(date($0))" : ", due \(date($0))" } ?? ""
            out +=
                (th ? "  ส่งหลังกำหนด\(due) (\(late.count)): " : "  late\(due) (\(late.count)): ")
                + capped(late.map { u in "\(u.id)" + (u.submittedOn.map { th ? " ส่ง \(date($0))" : " sent \(date($0))" } ?? "") }, th: th)
                + "\n"
        }
        let rejected = units.filter { $0.state == .errors }
        if !rejected.isEmpty {
            out +=
                (th ? "  ไม่ผ่านการตรวจสอบ (\(rejected.count)): " : "  not accepted (\(rejected.count)): ")
                + capped(rejected.map { th ? "\($0.id) ข้อผิดพลาด \($0.errors)" : "\($0.id) \($0.errors) errors" }, th: th) + "\n"
        }
        return out
    }

    static func buildLine(
        language: Language, units: Int, projects: Int, pages: Int, files: Int, bytes: Int, warnings: Int, output: String, seconds s: Double,
        colors: Bool
    ) -> String {
        let mark = colors ? "\u{1B}[1;32m✓\u{1B}[0m" : "✓"
        let kb = (bytes + 512) / 1024
        switch language {
        case .th:
            return
                "\(mark) สร้างรายงาน \(units) หน่วยงาน \(projects) โครงการ \(pages) หน้า (\(files) ไฟล์ \(kb) KB) ลงใน \(output) คำเตือน \(warnings) (\(seconds(s)))"
        case .en:
            return
                "\(mark) built \(units) units, \(projects) projects, \(pages) pages (\(files) files, \(kb) KB) into \(output), \(warnings) warnings (\(seconds(s)))"
        }
    }

    /// `build --timings`: each stage and its time, on one line.
    static func stagesLine(_ stages: [Builder.Stage], language: Language) -> String {
        (language == .th ? "  เวลาแต่ละขั้น: " : "  stages: ") + stages.map { "\($0.name) \(seconds($0.seconds))" }.joined(separator: ", ")
    }

    /// What a build did to the output folder: nothing, or how many files it wrote anew.
    static func writtenLine(_ published: Builder.Published, language: Language) -> String {
        let th = language == .th
        if published.unchanged {
            return th ? "  ไม่มีไฟล์ใดเปลี่ยน: ไม่ได้เขียน output ใหม่" : "  nothing changed: output left as it was"
        }
        let kept = published.files - published.written
        let reused =
            published.reusedPages == 0
            ? ""
            : th
                ? " (\(published.reusedPages) หน้าของ \(published.reusedUnits) หน่วยงานที่ไม่เปลี่ยนไม่ต้องสร้างใหม่)"
                : " (\(published.reusedPages) pages of \(published.reusedUnits) unchanged units not rendered again)"
        return th
            ? "  เขียนใหม่ \(published.written) ไฟล์ คงไฟล์เดิมที่ไม่เปลี่ยน \(kept) ไฟล์" + reused
            : "  wrote \(published.written) files, kept \(kept) unchanged" + reused
    }

    /// A list for one terminal line: the first `limit` items and how many more (the validation
    /// report and `--format json` list them all).
    static func capped(_ items: [String], th: Bool, limit: Int = 12) -> String {
        let shown = items.prefix(limit).joined(separator: "; ")
        guard items.count > limit else { return shown }
        return shown + (th ? " และอีก \(items.count - limit) หน่วยงาน" : " and \(items.count - limit) more")
    }
}
