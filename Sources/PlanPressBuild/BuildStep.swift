/// One named step of a build. The steps run in order over one `BuildContext`; each is timed
/// under its name (`build --timings`), and a failure names it.
package struct BuildStep: Sendable {
    package var name: String
    /// Whether the step runs in this build (a step that does not run is neither timed nor shown).
    package var runs: @Sendable (BuildContext) -> Bool
    package var body: @Sendable (inout BuildContext) async throws -> Void

    package init(
        _ name: String, when runs: @escaping @Sendable (BuildContext) -> Bool = { _ in true },
        body: @escaping @Sendable (inout BuildContext) async throws -> Void
    ) {
        self.name = name
        self.runs = runs
        self.body = body
    }
}
