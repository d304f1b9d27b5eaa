/// An error about one file: the build names it beside the step that failed.
public protocol LocatedError: Error {
    /// The file, as the user knows it (`templates/unit.mustache`, `data/report.xml`).
    var path: String? { get }
}
