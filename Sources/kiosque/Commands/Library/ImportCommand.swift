import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque import PATH...`: files and folders into the library (the formats every command reads).
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text(.importAbstract),
            discussion: Help.text(.importDiscussion))
    }

    @Argument(help: Help.argument(.importArgumentPaths))
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
