import ArgumentParser
import KiosqueCore
import KiosqueResources

/// The files and folders a command reads; the bundled seed articles when none is given.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .md, .jsonl, feeds, .html pages). Default: the bundled seed articles.")
    var paths: [String] = []

    /// The paths given, or the bundled seed articles' folder when none is.
    func inputs() throws -> [String] {
        guard paths.isEmpty else { return paths }
        guard let seeds = ResourceLocator.seedsDirectory else {
            throw CommandFailure(
                message: "cannot find the bundled seed articles; pass files or folders to read, or set KIOSQUE_RESOURCES",
                exitCode: ExitStatus.failure)
        }
        return [seeds.path]
    }
}
