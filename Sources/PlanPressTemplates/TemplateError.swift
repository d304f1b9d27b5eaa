/// Template problems are internal failures: the build stops and names the template.
public struct TemplateError: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}
