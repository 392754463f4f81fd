import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque bookmarks import FILE`: reads back a JSON export.
struct BookmarksImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text(.bookmarksImportAbstract),
            discussion: Help.text(.bookmarksImportDiscussion)
        )
    }

    @Argument(help: Help.argument(.bookmarksImportArgumentFile))
    var file: String

    mutating func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksCannotReadFile, ["file": file, "reason": error.localizedDescription]),
                                 exitCode: ExitStatus.failure)
        }
        let bookmarks: [Bookmark]
        do {
            bookmarks = try BookmarkFile.decode(data)
        } catch {
            throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksFileProblem, ["file": file, "reason": Diagnostics.strings.describe(error)]),
                                 exitCode: ExitStatus.failure)
        }
        let store = BookmarkStoreAccess.open()
        do {
            let summary = try store.importBookmarks(bookmarks)
            BookmarkStoreAccess.report(store)
            Output.printLine(Diagnostics.strings.format(.cliBookmarksImported, ["file": file, "added": String(summary.added),
                                                                      "updated": String(summary.updated), "unchanged": String(summary.unchanged)]))
        } catch {
            BookmarkStoreAccess.report(store)
            throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksNothingImported, ["reason": Diagnostics.strings.describe(error)]),
                                 exitCode: ExitStatus.failure)
        }
    }
}
