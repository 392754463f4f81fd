import ArgumentParser
import Foundation
import Glibc
import KiosqueCore
import KiosqueResources
import KiosqueTUI

/// The files and folders a command reads; the library when none is given, and the bundled seed
/// articles while the library is empty.
struct CorpusOptions: ParsableArguments {
    @Argument(help: Help.argument(.corpusArgumentPaths))
    var paths: [String] = []

    /// What to open: the paths given, else the library's articles, else the seeds (`seeds` true).
    struct Inputs {
        var paths: [String]
        /// True when the library is empty and the bundled seeds stand in for it.
        var seeds: Bool
    }

    /// The paths given, or the library, or the seeds; for the commands, the hint on how to fill
    /// the library goes to standard error when it is a terminal (scripts see clean output).
    func inputs(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        let found = try resolve(environment: environment)
        if found.seeds, isatty(2) == 1 {
            let language = Language.from(environment: environment)
            let strings = Strings.bundledOrEmpty(language: language)
            Diagnostics.info(strings[.libraryEmptyHint])
        }
        return found.paths
    }

    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Inputs {
        guard paths.isEmpty else { return Inputs(paths: paths, seeds: false) }
        if let library = LibraryStore(directories: AppDirectories(environment: environment)).inputPath {
            return Inputs(paths: [library], seeds: false)
        }
        guard let seeds = ResourceLocator.seedsDirectory else {
            throw CommandFailure(message: Diagnostics.strings[.cliSeedsMissing], exitCode: ExitStatus.failure)
        }
        return Inputs(paths: [seeds.path], seeds: true)
    }
}
