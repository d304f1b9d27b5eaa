import ArgumentParser
import Foundation

/// Runs `planpress` with the process arguments and exits with its status: the executable's
/// `main` is this one call.
public enum PlanPressMain {
    public static func run() async {
        do {
            var command = try PlanPressCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as UsageFailure {
            Terminal.err("planpress: \(failure.message)\n")
            Foundation.exit(2)
        } catch {
            let code = PlanPressCommand.exitCode(for: error)
            if code == .success || code.rawValue == 1 {
                if code == .success { PlanPressCommand.exit(withError: error) }
                Foundation.exit(code.rawValue)
            }
            // Usage errors print their help text; every other failure is exit 2.
            let message = PlanPressCommand.fullMessage(for: error)
            if !message.isEmpty { Terminal.err(message + "\n") }
            Foundation.exit(2)
        }
        Foundation.exit(0)
    }
}
