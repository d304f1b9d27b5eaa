import Foundation
import PlanPressCore

/// The folders a build reads and writes, resolved against the working directory and checked
/// once for `build` and `serve`: content and templates exist, and the output folder (which a
/// build replaces as a whole) is not one of them and does not hold them.
struct BuildFolders {
    let content: URL
    let templates: URL
    let output: URL

    /// With `watched`, the output folder may not lie inside content or templates either:
    /// `serve` watches them, and an output inside would rebuild itself forever.
    init(options: ContentOptions, templates: String, output: String, watched: Bool = false) throws {
        let lang = options.lang
        let cwd = options.workingDirectory
        content = options.contentURL
        self.templates = URL(fileURLWithPath: templates, relativeTo: cwd).standardizedFileURL
        self.output = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw UsageFailure(message: lang == .th ? "ไม่พบโฟลเดอร์ content: \(options.content)" : "no content folder at \(options.content)")
        }
        guard FileManager.default.fileExists(atPath: self.templates.path) else {
            throw UsageFailure(message: lang == .th ? "ไม่พบโฟลเดอร์ templates: \(templates)" : "no templates folder at \(templates)")
        }
        let out = self.output.path
        for folder in [content.path, self.templates.path] {
            let clash = folder == out || folder.hasPrefix(out + "/")
            let inside = watched && out.hasPrefix(folder + "/")
            guard clash || inside else { continue }
            throw UsageFailure(
                message: watched
                    ? (lang == .th
                        ? "โฟลเดอร์ output ต้องไม่ใช่ ไม่ครอบ และไม่อยู่ใน content/templates"
                        : "the output folder must not be, contain or be inside content or templates")
                    : (lang == .th
                        ? "โฟลเดอร์ output ต้องไม่ใช่หรือครอบ content/templates"
                        : "the output folder must not be or contain content or templates"))
        }
    }
}
