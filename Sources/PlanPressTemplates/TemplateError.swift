import PlanPressCore

/// Template problems are internal failures: the build stops and names the template.
public struct TemplateError: LocatedError, CustomStringConvertible {
    public var description: String
    /// The template's file under the templates folder, when one is concerned.
    public var path: String?

    public init(description: String, path: String? = nil) {
        self.description = description
        self.path = path
    }
}
