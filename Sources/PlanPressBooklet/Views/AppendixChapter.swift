import PlanPressTemplates

/// ภาคผนวก: sections lettered ก, ข, ค…: projects by unit, submission status, evidence, the
/// committee, then the office's other narrative pages.
struct AppendixChapter: Encodable, Sendable {
    var id: String
    var title: String
    var sections: [BookletSection<AppendixSection>]
}

/// A section the appendix makes.
enum AppendixSection: Encodable, Sendable {
    case projects(ProjectsByUnit)
    case status(SubmissionStatus)
    case evidence(EvidenceList)
    case committee(CommitteeList)

    /// The section's own fields, as the template reads them.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .projects(let section): try section.encode(to: encoder)
        case .status(let section): try section.encode(to: encoder)
        case .evidence(let section): try section.encode(to: encoder)
        case .committee(let section): try section.encode(to: encoder)
        }
    }
}

/// How each unit reported: on time, late, rejected or missing.
struct SubmissionStatus: Encodable, Sendable {
    let isStatus = true
    var rows: [SubmissionRow]
    var deadline: String
    var onTime: String
    var late: String
    var rejected: String
    var missing: String
}

/// A unit's submission.
struct SubmissionRow: Encodable, Sendable {
    var no: String
    var name: String
    var date: String
    var state: String
    var stateCode: String
    var note: String
}

/// Every evidence item of every project (หลักฐานอ้างอิง), numbered through.
struct EvidenceList: Encodable, Sendable {
    let isEvidence = true
    /// Made as the booklet is written.
    var rows: LazyViews<EvidenceRow>
    var none: Bool
}

/// An evidence item: its project, its title and where to find it.
struct EvidenceRow: Encodable, Sendable {
    var no: String
    var unit: String
    var project: String
    var title: String
    /// The link, empty (so absent) where there is none (a file, in a PDF without `base_url`).
    var href: String
    var address: String
}

/// The provincial education committee (กศจ.).
struct CommitteeList: Encodable, Sendable {
    let isCommittee = true
    var rows: [CommitteeMember]
}

/// A member of the committee.
struct CommitteeMember: Encodable, Sendable {
    var no: String
    var name: String
    var position: String
}
