import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque import PATH...`: files and folders into the library (the formats every command reads).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the articles of files and folders to the library.",
        discussion: """
            Reads the files and folders as every command does (.txt, .md, .jsonl, RSS and Atom \
            feeds, .html pages) and keeps their articles in the library \
            ($XDG_DATA_HOME/kiosque/library), which kiosque and every command open when given \
            no path. Importing the same article again (same id) updates it when its text \
            changed and adds nothing otherwise; the same article from another outlet (same link \
            or near-identical text) is kept once. Exit codes: 0 success, 1 nothing could be read \
            or the library could not be written, 2 usage error.
            """)

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    mutating func run() throws {
        let access = FeedsAccess()
        let strings = access.strings
        let result = ArticleFiles.load(paths: paths)
        Diagnostics.report(result.issues)
        if let skipped = Diagnostics.strings.skippedFiles(result.skipped) { Diagnostics.warning(skipped) }
        guard !result.articles.isEmpty else {
            throw CommandFailure(message: strings[.importNothing], exitCode: ExitStatus.failure)
        }
        let entries = result.articles.map { article -> LibraryEntry in
            let folder = URL(fileURLWithPath: CorpusFiles.absolute(Self.file(of: article.location))).deletingLastPathComponent().lastPathComponent
            return LibraryEntry(draft: ArticleDraft(article), origin: .file(outlet: article.source ?? (folder.isEmpty ? nil : folder)))
        }
        let store = LibraryStore(directories: access.directories)
        let report: LibraryReport
        do {
            report = try store.withLock(waiting: { Diagnostics.info(strings[.fetchWaiting]) }) { writer in
                for note in writer.notes { Diagnostics.warning(strings.loadReason(note)) }
                return try writer.store(entries)
            }
        } catch let error as LibraryError {
            throw CommandFailure(message: strings.format(.fetchLibraryError, ["reason": error.description]), exitCode: ExitStatus.failure)
        }
        Output.printLine(strings.format(.importDone, ["added": strings.number(report.added.count),
                                                      "updated": strings.number(report.updated.count),
                                                      "unchanged": strings.number(report.unchanged + report.merged)]))
    }

    /// The file of a location (`path`, `path:LINE`, `path#N`).
    static func file(of location: String) -> String {
        if let mark = location.lastIndex(where: { $0 == ":" || $0 == "#" }),
           Int(location[location.index(after: mark)...]) != nil {
            return String(location[..<mark])
        }
        return location
    }
}
