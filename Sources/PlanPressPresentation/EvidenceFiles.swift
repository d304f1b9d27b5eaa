import Foundation
import PlanPressAlign
import PlanPressCore
import PlanPressPublish
import PlanPressValidate

/// Copies the evidence files units attached into `output/evidence/<unit-id>/`.
public enum EvidenceFiles {
    /// Where an evidence file is published, relative to the output root.
    public static func outputPath(unitID: String, file: String) -> String {
        OutputPath.evidence(unit: unitID, file: file)
    }

    public static func collect(_ report: Report) throws -> [OutputFile] {
        var out: [String: OutputFile] = [:]
        for unit in report.units {
            for p in unit.projects {
                for e in p.project.evidence {
                    guard case .file(let f) = e.target, let url = EvidencePath.resolve(f, in: unit.submission.evidenceRoot) else {
                        continue
                    }
                    let path = outputPath(unitID: unit.submission.unit.id, file: f)
                    if out[path] == nil {
                        out[path] = OutputFile(path: path, bytes: [UInt8](try Data(contentsOf: url)))
                    }
                }
            }
        }
        return out.values.sorted { $0.path < $1.path }
    }
}
