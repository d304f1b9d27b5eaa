import ArgumentParser

/// `planpress new`: creates content files from a commented skeleton.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new content file (new unit <unit-id>).",
        subcommands: [NewUnitCommand.self]
    )
}
