import PlanPressCore

/// A build that failed for a reason other than the content (a template, the disk, a channel
/// disagreeing with another): which step, which file, and why.
package struct BuildError: Error, CustomStringConvertible {
    /// The step that failed (`BuildStep.name`).
    package var step: String
    /// The file the failure concerns, relative to its folder, when one is known.
    package var path: String?
    package var underlying: any Error

    package init(step: String, _ underlying: any Error) {
        self.step = step
        self.path = (underlying as? any LocatedError)?.path
        self.underlying = underlying
    }

    package var description: String {
        "\(step)" + (path.map { " (\($0))" } ?? "") + ": \(underlying)"
    }

    /// What the user is told: the disk refused (`output/` could not be written), or the tool
    /// failed, with the step and the file.
    package var message: LocalizedText {
        if let write = underlying as? Builder.WriteFailure {
            return LocalizedText(
                th: "เขียน \(write.folder)/ ไม่สำเร็จ (ขั้น \(step)): \(write.underlying)",
                en: "could not write \(write.folder)/ (step \(step)): \(write.underlying)")
        }
        return LocalizedText(th: "ข้อผิดพลาดภายใน ขั้น \(self)", en: "internal error in step \(self)")
    }
}
