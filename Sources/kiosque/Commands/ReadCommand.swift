import ArgumentParser
import KiosqueCore
import KiosqueCurses

/// `kiosque [PATH...]`: the interactive reader.
struct ReadCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "read",
            abstract: Help.text(.readAbstract),
            discussion: Help.text(.readDiscussion)
        )
    }

    @OptionGroup var corpus: CorpusOptions

    /// Runs the reader and returns its exit code (the reader owns the terminal until then). The
    /// articles come from the index (`$XDG_CACHE_HOME/kiosque`), brought up to date in the
    /// background while the reader runs; unreadable input is shown in the status line.
    @MainActor mutating func runReader() -> Int32 {
        let inputs: CorpusOptions.Inputs
        do { inputs = try corpus.resolve() } catch let failure as CommandFailure {
            Diagnostics.error(failure.message)
            return failure.exitCode
        } catch {
            Diagnostics.error("\(error)")
            return ExitStatus.failure
        }
        return ReaderLauncher.run(paths: inputs.paths, libraryEmpty: inputs.seeds)
    }

    /// Never called: `Kiosque.main` runs the reader through `runReader` on the main actor.
    mutating func run() throws {
        throw CommandFailure(message: "the reader must be started through Kiosque.main", exitCode: ExitStatus.usage)
    }
}
