import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `--no-index`, shared by the commands that read a corpus.
struct IndexOptions: ParsableArguments {
    @Flag(name: .customLong("no-index"), help: Help.argument(.indexOptionNoIndex))
    var noIndex = false

    /// False when the user asked to work without the index (the flag or `KIOSQUE_NO_INDEX=1`).
    func useIndex(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !noIndex && !(environment["KIOSQUE_NO_INDEX"].map { !$0.isEmpty && $0 != "0" } ?? false)
    }
}

/// The commands' corpus (`KiosqueCore.Corpus`): the index of the cache folder brought up to date
/// for the inputs, or with `--no-index` (or when that index cannot be used, after a warning) a
/// throw-away index: the same code either way, so the outputs are the same. The update shows its
/// progress on standard error when it is a terminal, and nothing otherwise.
enum CommandCorpus {
    /// Opens the corpus of `paths`; `without` says what the command goes on doing without the
    /// user's index when it cannot be used. Warnings (notes of the index, duplicate JSONL ids,
    /// unreadable input, one line for the files of folders that are not articles) go to standard error. Close the corpus when done.
    static func open(paths: [String], indexing: IndexOptions, without: WithoutIndex) throws -> Corpus {
        let analyser: IndexAnalyser
        let loader: ArticleLoader
        do {
            analyser = try IndexAnalyser.bundled()
            loader = try ArticleLoader.bundled()
        } catch {
            throw CommandFailure(message: Diagnostics.strings.describe(error), exitCode: ExitStatus.failure)
        }
        var corpus: Corpus?
        if indexing.useIndex() {
            do {
                corpus = try withProgress { progress in
                    try Corpus.open(paths: paths, store: .file(CorpusIndex.defaultURL()), analyser: analyser, source: loader,
                                    progress: progress)
                }
            } catch {
                Diagnostics.warning(Diagnostics.strings.format(.cliIndexUnusable, ["reason": Diagnostics.strings.describe(error),
                                                                                "without": Diagnostics.strings[without.key]]))
            }
        }
        if corpus == nil {
            do {
                corpus = try withProgress { progress in
                    try Corpus.open(paths: paths, store: .temporary, analyser: analyser, source: loader, progress: progress)
                }
            } catch {
                throw CommandFailure(message: Diagnostics.strings.format(.cliArticlesUnreadable, ["reason": Diagnostics.strings.describe(error)]),
                                     exitCode: ExitStatus.failure)
            }
        }
        guard let corpus else {
            throw CommandFailure(message: Diagnostics.strings.format(.cliArticlesUnreadable, ["reason": "?"]), exitCode: ExitStatus.failure)
        }
        for note in corpus.notes { Diagnostics.warning(note) }
        Diagnostics.report(corpus.catalogue.duplicateIDs.map(\.issue))
        Diagnostics.report(corpus.catalogue.warnings)
        Diagnostics.report(corpus.issues)
        if let skipped = Diagnostics.strings.skippedFiles(corpus.files.skipped) { Diagnostics.warning(skipped) }
        return corpus
    }

    private static func withProgress<T>(_ body: (((@Sendable (IndexProgress) -> Void)?)) throws -> T) throws -> T {
        let progress = ProgressLine.forStandardError()
        defer { progress?.finish() }
        var report: (@Sendable (IndexProgress) -> Void)?
        if let progress { report = { progress.show($0) } }
        return try body(report)
    }

    /// An index failure met while querying, as the command's failure (exit code 1).
    static func failure(_ error: IndexError) -> CommandFailure {
        CommandFailure(message: Diagnostics.strings.indexError(error), exitCode: ExitStatus.failure)
    }
}

/// What a command goes on doing when the user's index cannot be used, for its warning.
enum WithoutIndex {
    case reading, passages, counting, searching, analysing, listing

    var key: StringKey {
        switch self {
        case .reading: return .cliWithoutReading
        case .passages: return .cliWithoutPassages
        case .counting: return .cliWithoutCounting
        case .searching: return .cliWithoutSearching
        case .analysing: return .cliWithoutAnalysing
        case .listing: return .cliWithoutListing
        }
    }
}
