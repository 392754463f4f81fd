import ArgumentParser
import Foundation
import KiosqueCore

/// `--no-index`, shared by the commands that need articles analysed.
struct IndexOptions: ParsableArguments {
    @Flag(name: .customLong("no-index"), help: "Read and analyse every article without the index (also KIOSQUE_NO_INDEX=1).")
    var noIndex = false

    /// False when the user asked to work without the index (the flag or `KIOSQUE_NO_INDEX=1`).
    func useIndex(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !noIndex && !(environment["KIOSQUE_NO_INDEX"].map { !$0.isEmpty && $0 != "0" } ?? false)
    }
}

/// The index (`$XDG_CACHE_HOME/kiosque`) brought up to date for a command's inputs, so that no
/// command analyses an unchanged article twice (issue 6): `search`, `sectors`, `analyze` and
/// `list --sector/--entity` read the stored analyses. The update shows its progress on standard
/// error when it is a terminal, and nothing otherwise.
struct IndexedCorpus {
    let index: CorpusIndex
    let catalogue: Catalogue
    /// Inputs that could not be read, found by the update or the catalogue.
    let issues: [LoadIssue]

    /// The up-to-date index of `paths`; nil, after a warning saying the command goes on
    /// `without` it, when the index cannot be used (an unwritable cache, a damaged file...).
    static func open(paths: [String], without: String) -> IndexedCorpus? {
        let progress = ProgressLine.forStandardError()
        defer { progress?.finish() }
        var report: (@Sendable (IndexProgress) -> Void)?
        if let progress { report = { progress.show($0) } }
        do {
            let index = try CorpusIndex()
            for note in index.notes { Diagnostics.warning(note.description) }
            let files = CorpusFiles(paths: paths)
            let update = try index.update(files: files, analyser: try IndexAnalyser.bundled(), progress: report)
            progress?.finish()
            let catalogue = try index.catalogue(files: files)
            return IndexedCorpus(index: index, catalogue: catalogue, issues: update.issues + catalogue.issues)
        } catch {
            progress?.finish()
            Diagnostics.warning("the index cannot be used (\(error)); \(without) without it")
            return nil
        }
    }

    /// Every stored analysis, by catalogue position.
    func analyses() throws -> [ArticleAnalysis?] {
        var all = [ArticleAnalysis?](repeating: nil, count: catalogue.count)
        try index.forEachAnalysis(in: catalogue) { position, analysis in all[position] = analysis }
        return all
    }
}
