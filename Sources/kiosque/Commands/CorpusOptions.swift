import ArgumentParser
import KiosqueCore
import KiosqueResources

/// The files and folders a command reads; the bundled seed articles when none is given.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .md, .jsonl). Default: the bundled seed articles.")
    var paths: [String] = []

    /// Loads the articles; unreadable input is reported on standard error unless the caller
    /// shows it itself (the reader puts it in its status line).
    func load(issuesToStandardError: Bool = true) throws -> LoadResult {
        var inputs = paths
        if inputs.isEmpty {
            guard let seeds = ResourceLocator.seedsDirectory else {
                throw CommandFailure(
                    message: "cannot find the bundled seed articles; pass files or folders to read, or set KIOSQUE_RESOURCES",
                    exitCode: ExitStatus.failure)
            }
            inputs = [seeds.path]
        }
        let result = Library.load(paths: inputs)
        if issuesToStandardError { Diagnostics.report(result.issues) }
        return result
    }
}
