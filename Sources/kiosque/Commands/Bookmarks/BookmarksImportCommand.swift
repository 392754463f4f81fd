import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque bookmarks import FILE`: reads back a JSON export.
struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import bookmarks from a file written by `kiosque bookmarks export --format json`.",
        discussion: """
            Bookmarks keep their id: one already here is replaced only by a newer version, so \
            importing the same file twice adds nothing. All or nothing: one transaction. Exit \
            code 1 when the file cannot be read or is not a Kiosque bookmark file.
            """
    )

    @Argument(help: "The JSON file.")
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
