import ArgumentParser
import Foundation
import PlanPressCore

extension Language: ExpressibleByArgument {}

/// Options shared by the commands that read content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder: site.yaml, framework/, units/, pages/.", valueName: "folder"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("Language of messages: th (Thai) or en (English).", valueName: "th|en"))
    var lang: Language = .th

    var workingDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    var contentURL: URL { URL(fileURLWithPath: content, relativeTo: workingDirectory).standardizedFileURL }
}
