import Foundation
import PlanPressCore

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
}
