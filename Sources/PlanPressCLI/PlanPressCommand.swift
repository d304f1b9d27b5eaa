import ArgumentParser

/// The `planpress` command: the root of the subcommands.
public struct PlanPressCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Build the provincial education report (รายงานผลการจัดการศึกษาจังหวัด) from the units' submissions.",
        discussion: """
            Staff put the units' files in content/units/, then:

              planpress check     check every file and list what to fix (nothing is written)
              planpress build     check, then write the website, open data and booklet to output/
              planpress serve     build, show it at http://127.0.0.1:1313/, rebuild and reload on every save
              planpress check --report reports/
                                  also write one validation page per unit, to send back
              planpress new unit <unit-id>
                                  write a commented file for a unit to fill in
              planpress schema    print the JSON Schema of the unit file format

            Exit status: 0 success (warnings allowed), 1 the content has errors, 2 wrong usage or
            an internal failure. A build with errors leaves output/ exactly as it was.
            """,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ConvertCommand.self, SchemaCommand.self]
    )

    public init() {}
}
