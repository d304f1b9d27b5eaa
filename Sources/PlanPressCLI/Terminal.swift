import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where output goes and whether it is a terminal (colours only on a terminal, never in CI logs
/// or files, and never when `NO_COLOR` is set).
enum Terminal {
    static var stderrIsTTY: Bool { isatty(2) == 1 }
    static var stdoutIsTTY: Bool { isatty(1) == 1 }

    static var colorsOnStderr: Bool {
        stderrIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }

    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}
