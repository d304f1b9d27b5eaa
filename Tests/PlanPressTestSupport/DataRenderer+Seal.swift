import PlanPressAlign
import PlanPressAudit
import PlanPressData
import PlanPressPublish

extension DataRenderer {
    /// What a build does through its staging folder, on files in memory: the cross-channel audit
    /// over everything about to be published, then the manifest. Throws when any channel states a
    /// headline figure differently.
    public func seal(_ files: [OutputFile], report: Report) throws -> [OutputFile] {
        try ChannelAudit.verify(report, files: files)
        return files + [Manifest.file(for: files)]
    }
}
