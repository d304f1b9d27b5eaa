import PlanPressCore
import PlanPressValidate

/// What the item roll-ups need of each aligned project, read once: its unit as a number and what
/// it adds to the figures. An item reached by 40,000 projects then sums plain values instead of
/// copying every project and hashing its unit id.
struct ProjectSummary {
    struct Project {
        var unit: Int
        var allocated: Money
        var spent: Money
        var counts: IndicatorCounts
        var status: ProjectStatus
    }

    /// In the order of the projects summarised.
    var projects: [Project]
    /// Unit ids by number; equal ids share one number.
    var unitIDs: [String]

    static func of(_ all: [AlignedProject]) -> ProjectSummary {
        var numbers: [String: Int] = [:]
        var unitIDs: [String] = []
        var projects: [Project] = []
        projects.reserveCapacity(all.count)
        for p in all {
            let unit: Int
            if let known = numbers[p.unitID] {
                unit = known
            } else {
                unit = unitIDs.count
                numbers[p.unitID] = unit
                unitIDs.append(p.unitID)
            }
            projects.append(
                Project(unit: unit, allocated: p.project.allocated, spent: p.project.spent, counts: p.counts, status: p.project.status))
        }
        return ProjectSummary(projects: projects, unitIDs: unitIDs)
    }

    /// The figures `Aligner.figures` gives for the projects at `positions`, summed in the same
    /// order; `units` is how many different units they belong to.
    func figures(_ positions: [Int], units: Int) -> Figures {
        var f = Figures()
        for i in positions {
            let p = projects[i]
            f.projects += 1
            f.allocated += p.allocated
            f.spent += p.spent
            f.indicators.add(p.counts)
            f.byStatus[p.status, default: 0] += 1
        }
        f.units = units
        return f
    }
}
