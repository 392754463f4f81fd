import ArgumentParser
import Foundation
import Glibc
import KiosqueCore
import KiosqueTUI

/// The `kiosque` command: the reader by default, plus non-interactive commands for scripts.
@main
struct Kiosque: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "kiosque",
            abstract: Help.text(.kiosqueAbstract),
            discussion: Help.text(.kiosqueDiscussion),
            version: KiosqueVersion.current,
            subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, AnalyzeCommand.self, SectorsCommand.self, EntitiesCommand.self,
                          SearchCommand.self, ConvertCommand.self, BookmarksCommand.self, FeedsCommand.self, FetchCommand.self,
                          ImportCommand.self, ManualCommand.self],
            defaultSubcommand: ReadCommand.self
        )
    }

    /// Runs the command and maps errors onto the documented exit codes (ArgumentParser's own
    /// usage errors would exit 64; ours are 2).
    @MainActor static func main() {
        let code: Int32
        do {
            // Arguments decoded as paths: a file name that is not UTF-8 still names its file.
            let arguments = SystemPath.arguments()
            if let message = mistypedCommand(arguments) {
                Diagnostics.error(message)
                Glibc.exit(ExitStatus.usage)
            }
            var command = try parseAsRoot(arguments)
            if var reader = command as? ReadCommand {
                code = reader.runReader()
            } else {
                try command.run()
                try StandardOutput.shared.finish()
                code = 0
            }
        } catch let failure as CommandFailure {
            // What was printed before the failure still goes out (or the write error is said too).
            do { try StandardOutput.shared.finish() } catch { Diagnostics.error(error.message) }
            Diagnostics.error(failure.message)
            code = failure.exitCode
        } catch {
            let argumentCode = exitCode(for: error).rawValue
            if argumentCode == 0 {
                Output.printRaw(Help.localized(fullMessage(for: error)))
                do {
                    try StandardOutput.shared.finish()
                    code = 0
                } catch {
                    Diagnostics.error(error.message)
                    code = ExitStatus.failure
                }
            } else {
                let message = ArgumentErrorText.localized(fullMessage(for: error), Help.texts)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                code = argumentCode == 1 ? 1 : ExitStatus.usage
            }
        }
        Glibc.exit(code)
    }
}

extension Kiosque {
    /// `kiosque lsit`: the first argument is no command, no option and no existing path, but
    /// a command's name mistyped (two edits at most): the message that suggests it, in the
    /// interface's language. Without it the reader would open on a path that does not exist.
    static func mistypedCommand(_ arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("/"),
              !FileManager.default.fileExists(atPath: word) else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard let command = EditDistance.suggestion(for: word, among: names) else { return nil }
        return Diagnostics.strings.format(.cliUnknownCommand, ["word": word, "command": command])
    }
}

/// The exit codes every command documents.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}

/// An error that ends a command with a message for standard error and an exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32
}
